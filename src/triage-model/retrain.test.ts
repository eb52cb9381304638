import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTriage } from '../domain/triage/index.js';
import type { CorpusRow } from './corpus.js';
import {
  correctionRows,
  isHeldOutCorrection,
  retrainDefaults,
  retrainTriage,
  splitCorrections,
  type CorrectionExample,
} from './retrain.js';

const ids = Array.from({ length: 2000 }, () => randomUUID());

describe('the held-out split of corrections', () => {
  it('holds out about the share asked for, by complaint id', () => {
    const heldOut = ids.filter((id) => isHeldOutCorrection(id, 0.2)).length / ids.length;
    expect(heldOut).toBeGreaterThan(0.16);
    expect(heldOut).toBeLessThan(0.24);
    expect(ids.filter((id) => isHeldOutCorrection(id, 0))).toEqual([]);
    expect(ids.filter((id) => isHeldOutCorrection(id, 1))).toEqual(ids);
  });

  it('keeps a complaint on its side whatever else is corrected, in every retrain', () => {
    const examples: CorrectionExample[] = ids.map((id, index) => ({
      complaintId: id,
      text: `complaint ${index}`,
      category: 'logistics',
    }));
    const all = splitCorrections(examples, 0.2, 3);
    const some = splitCorrections(examples.slice(0, 700).reverse(), 0.2, 3);
    const heldOutTexts = new Set(all.heldOut.map((row) => row.text));
    expect(some.heldOut.every((row) => heldOutTexts.has(row.text))).toBe(true);
    expect(some.training.some((row) => heldOutTexts.has(row.text))).toBe(false);
    expect(all.training.length + all.heldOut.length).toBe(ids.length);
  });
});

describe('corrections as training rows', () => {
  it('weights training rows, not held-out ones, and carries only the corrected labels', () => {
    const examples: CorrectionExample[] = ids.slice(0, 200).map((id, index) => ({
      complaintId: id,
      text: index % 2 ? '停车场收费太贵了' : 'The parking garage charged me too much',
      category: index % 3 ? 'logistics' : undefined,
      emotion: index % 3 ? undefined : 'angry',
    }));
    const { training, heldOut } = splitCorrections(examples, 0.2, retrainDefaults.correctionWeight);
    expect(training.length).toBeGreaterThan(0);
    expect(heldOut.length).toBeGreaterThan(0);
    expect(training.every((row) => row.weight === 3 && row.source === 'correction')).toBe(true);
    expect(heldOut.every((row) => row.weight === 1)).toBe(true);
    for (const row of [...training, ...heldOut]) {
      expect(row.language).toBe(row.text.startsWith('停') ? 'zh' : 'en');
      // A field a person left alone is not a label: the row labels one head only.
      expect((row.category === undefined) !== (row.emotion === undefined)).toBe(true);
      expect(row.negative).toBeUndefined();
    }
  });

  it('drops a correction that changed neither category, emotion nor risks', () => {
    expect(correctionRows([{ complaintId: ids[0]!, text: 'x' }], 3)).toEqual([]);
  });

  it('carries corrected risks, an emptied list too, for the risk heads', () => {
    const rows = correctionRows(
      [
        { complaintId: ids[0]!, text: '插头烧焦了', risks: ['safety'] },
        { complaintId: ids[1]!, text: '吓死我了这价格', risks: [] },
      ],
      3,
    );
    expect(rows.map((row) => row.risks)).toEqual([['safety'], []]);
    expect(rows.every((row) => row.category === undefined && row.emotion === undefined)).toBe(true);
  });
});

describe('retraining', () => {
  // A tiny corpus: two categories the words decide; the corrections move one word to a third.
  const corpus: CorpusRow[] = Array.from({ length: 240 }, (_, index) => ({
    text:
      index % 2
        ? `The courier lost parcel number ${index} and delivery failed`
        : `The staff were rude to me at visit ${index} and shouted`,
    language: 'en',
    category: index % 2 ? 'logistics' : 'service_attitude',
    source: 'written',
  }));
  const corrections: CorrectionExample[] = ids.slice(0, 120).map((id, index) => ({
    complaintId: id,
    text: `The refund rule ${index} says no refund after seven days, unfair rule`,
    category: 'policy',
  }));
  const before = createTriage();

  it('scores the active and the new model on the same held-out rows', () => {
    const result = retrainTriage({
      corpus,
      corrections,
      active: { version: 'lexicon-1', triage: before },
      trainedOn: '2026-11-25',
      training: { epochs: 4 },
    });
    const { report } = result;
    expect(result.version).toMatch(/^linear-20261125-[0-9a-f]{8}$/);
    expect(report.after.version).toBe(result.version);
    expect(report.before.version).toBe('lexicon-1');
    expect(report.corrections.training + report.corrections.heldOut).toBe(120);
    expect(report.trainingRows).toBe(corpus.length - report.heldOut.corpusRows + report.corrections.training);
    expect(report.before.scores.category.count).toBe(report.after.scores.category.count);
    expect(report.after.scores.category.count).toBe(
      report.heldOut.corpusRows + report.heldOut.correctionRows,
    );
    expect(report.after.scores.corrections.category.count).toBe(report.corrections.heldOut);
    expect(report.after.scores.corrections.category.accuracy).toBe(1);
  });

  it('gives the same model for the same rows', () => {
    const run = () =>
      retrainTriage({
        corpus,
        corrections,
        active: { version: 'lexicon-1', triage: before },
        trainedOn: '2026-11-25',
        training: { epochs: 2 },
      }).version;
    expect(run()).toBe(run());
  });
});
