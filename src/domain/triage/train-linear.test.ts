import { describe, expect, it } from 'vitest';
import type { Category, Emotion, Risk } from '../vocabulary.js';
import { readEmotionSignals } from './assess-emotion.js';
import { createTriage } from './classify.js';
import { createFeatureExtractor } from './features.js';
import type { LinearTriageModel } from './linear-model.js';
import { normalizeText } from './normalize.js';
import { readCues } from './read-cues.js';
import { defaultTrainingOptions, trainLinearModel, type TrainingExample } from './train-linear.js';

const extractor = createFeatureExtractor(16);
function example(
  text: string,
  category: Category,
  emotion: Emotion,
  negative: boolean,
  risks?: Risk[],
): TrainingExample {
  const normalized = normalizeText(text);
  const reading = readCues(normalized.text);
  const features = extractor.extract(normalized, reading, readEmotionSignals(normalized, reading));
  return {
    features: {
      buckets: features.buckets.slice(),
      values: features.values.slice(),
      starts: features.starts.slice(),
      ends: features.ends.slice(),
    },
    category,
    emotion,
    negative,
    risks,
  };
}

// A made-up vocabulary the lexicons do not know, so only training can teach it.
const tiny: TrainingExample[] = [
  example('zorp blick zorp', 'logistics', 'anxious', true),
  example('my zorp is blick again', 'logistics', 'anxious', true),
  example('blick zorp today', 'logistics', 'anxious', true),
  example('quindle frap frap', 'policy', 'calm', false),
  example('the quindle was frap', 'policy', 'calm', false),
  example('frap quindle again', 'policy', 'calm', false),
];
const options = { ...defaultTrainingOptions, featureBits: 16, minDocumentFrequency: 1, epochs: 20 };

describe('trainLinearModel', () => {
  it('learns a tiny corpus and generalises to unseen sentences of it', () => {
    const weights = trainLinearModel(tiny, options);
    const model: LinearTriageModel = { version: 'linear-test', ...weights };
    const triage = createTriage({ model });
    const zorp = triage({ text: 'where is my zorp blick' });
    expect(zorp.category.label).toBe('logistics');
    expect(zorp.emotion.label).toBe('anxious');
    expect(zorp.modelVersion).toBe('linear-test');
    const frap = triage({ text: 'a frap quindle' });
    expect(frap.category.label).toBe('policy');
    expect(frap.negative).toBeLessThan(0.5);
  });

  it('explains with words, never with a lone Chinese character the model weighs', () => {
    const chinese: TrainingExample[] = [
      example('嗯嗯呐呐咕咕', 'logistics', 'anxious', true),
      example('咕咕呐呐嗯嗯', 'logistics', 'anxious', true),
      example('呐呐嗯嗯咕咕', 'logistics', 'anxious', true),
      example('哒哒叽叽喵喵', 'policy', 'calm', false),
      example('喵喵哒哒叽叽', 'policy', 'calm', false),
      example('叽叽喵喵哒哒', 'policy', 'calm', false),
    ];
    const model: LinearTriageModel = { version: 'linear-zh', ...trainLinearModel(chinese, options) };
    const result = createTriage({ model })({ text: '嗯，咕咕，呐呐呐' });
    const cues = result.explanation.find((e) => e.field === 'category')?.cues ?? [];
    expect(cues.length).toBeGreaterThan(0);
    expect(cues.filter((cue) => /^\p{Script=Han}$/u.test(cue))).toEqual([]);
  });

  it('explains with words, never with a lone English function word the model weighs', () => {
    const english: TrainingExample[] = [
      example('the zorp was the blick', 'logistics', 'anxious', true),
      example('the blick and the zorp', 'logistics', 'anxious', true),
      example('the zorp the blick', 'logistics', 'anxious', true),
      example('quindle frap', 'policy', 'calm', false),
      example('frap quindle', 'policy', 'calm', false),
      example('quindle quindle frap', 'policy', 'calm', false),
    ];
    const model: LinearTriageModel = { version: 'linear-en', ...trainLinearModel(english, options) };
    const result = createTriage({ model })({ text: 'The zorp was the blick' });
    expect(result.category.label).toBe('logistics');
    const cues = result.explanation.find((e) => e.field === 'category')?.cues ?? [];
    expect(cues.length).toBeGreaterThan(0);
    expect(cues.map((cue) => cue.toLowerCase()).filter((cue) => ['the', 'was'].includes(cue))).toEqual([]);
  });

  it('gives the same weights for the same examples and seed, other weights for another seed', () => {
    const first = trainLinearModel(tiny, options);
    const second = trainLinearModel(tiny, options);
    expect(Buffer.from(second.weights.buffer).equals(Buffer.from(first.weights.buffer))).toBe(true);
    const reseeded = trainLinearModel(tiny, { ...options, seed: 7 });
    expect(Buffer.from(reseeded.weights.buffer).equals(Buffer.from(first.weights.buffer))).toBe(false);
  });

  it('averages the weights of its shuffles: seed, seed + 1, ...', () => {
    const single = { ...options, shuffles: 1 };
    const runs = [0, 1, 2].map((offset) =>
      trainLinearModel(tiny, { ...single, seed: options.seed + offset }),
    );
    const averaged = trainLinearModel(tiny, { ...options, shuffles: 3 });
    expect(averaged.weights.length).toBe(runs[0]?.weights.length);
    let largest = 0;
    for (let index = 0; index < averaged.weights.length; index++) {
      const mean = runs.reduce((sum, run) => sum + (run.weights[index] ?? 0), 0) / runs.length;
      expect(averaged.weights[index]).toBeCloseTo(mean, 5);
      largest = Math.max(largest, Math.abs(mean - (runs[0]?.weights[index] ?? 0)));
    }
    // The runs differ, so the mean is not just one of them.
    expect(largest).toBeGreaterThan(1e-4);
    averaged.bias.forEach((value, k) =>
      expect(value).toBeCloseTo(runs.reduce((sum, run) => sum + (run.bias[k] ?? 0), 0) / runs.length, 5),
    );
  });

  it('lets a head ignore rows that do not label it', () => {
    const onlyCategory = tiny.map((row) => ({ ...row, emotion: undefined, negative: undefined }));
    const weights = trainLinearModel(onlyCategory, options);
    const triage = createTriage({ model: { version: 'x', ...weights } });
    expect(triage({ text: 'zorp blick' }).category.label).toBe('logistics');
  });

  it('learns a risk told in words no lexicon lists, and quotes them', () => {
    const withRisks = [
      example('the glorb sparked and went snerk', 'product_quality', 'anxious', true, ['safety']),
      example('my glorb went snerk last night', 'product_quality', 'anxious', true, ['safety']),
      example('snerk from the glorb again', 'product_quality', 'angry', true, ['safety']),
      example('the plonk is a bit slow', 'product_quality', 'calm', true, []),
      example('plonk arrived late', 'timeliness', 'calm', true, []),
      example('slow plonk, late plonk', 'timeliness', 'calm', true, []),
    ];
    const model: LinearTriageModel = { version: 'linear-risk', ...trainLinearModel(withRisks, options) };
    const triage = createTriage({ model });
    const told = triage({ text: 'yesterday the new glorb went snerk in our small kitchen' });
    expect(told.risks).toContain('safety');
    const cues = told.explanation.find((e) => e.field === 'risk:safety')?.cues ?? [];
    // Quoted from the text: words only the safety rows had.
    expect(cues.some((cue) => /glorb|snerk/.test(cue))).toBe(true);
    expect(triage({ text: 'slow plonk, late plonk, the plonk arrived late and slow' }).risks).toEqual([]);
    // A few words are left to the lexicon: one n-gram would carry the whole weight.
    expect(triage({ text: 'snerk again' }).risks).toEqual([]);
  });

  it('leaves the risk heads untrained by rows that do not label risks', () => {
    const unlabelled = tiny.map((row) => ({ ...row, risks: undefined }));
    const labelled = tiny.map((row) => ({
      ...row,
      risks: row.category === 'logistics' ? (['fraud'] as Risk[]) : [],
    }));
    const fraudOf = (examples: TrainingExample[]): string[] =>
      createTriage({ model: { version: 'x', ...trainLinearModel(examples, options) } })({
        text: 'my zorp is blick again, zorp blick zorp blick zorp',
      }).risks;
    expect(fraudOf(unlabelled)).toEqual([]);
    expect(fraudOf(labelled)).toEqual(['fraud']);
  });

  it('leaves a risk head untrained under naive Bayes, or when its rows are all of one side', () => {
    const text = 'my zorp is blick again, zorp blick zorp blick zorp';
    const riskOf = (examples: TrainingExample[], method: 'logistic' | 'complement_nb'): string[] =>
      createTriage({ model: { version: 'x', ...trainLinearModel(examples, { ...options, method }) } })({
        text,
      }).risks;
    const twoSided = tiny.map((row) => ({
      ...row,
      risks: row.category === 'logistics' ? (['fraud'] as Risk[]) : [],
    }));
    const oneSided = tiny.map((row) => ({ ...row, risks: ['fraud'] as Risk[] }));
    expect(riskOf(twoSided, 'logistic')).toEqual(['fraud']);
    expect(riskOf(twoSided, 'complement_nb')).toEqual([]);
    expect(riskOf(oneSided, 'logistic')).toEqual([]);
    expect(
      createTriage({
        model: { version: 'x', ...trainLinearModel(twoSided, { ...options, method: 'complement_nb' }) },
      })({ text: 'an ordinary question about my order and its delivery date' }).risks,
    ).toEqual([]);
  });

  it('keeps rows only for features seen in enough documents', () => {
    const rowsOf = (minimum: number): number =>
      trainLinearModel(tiny, { ...options, minDocumentFrequency: minimum }).weights.length;
    expect(rowsOf(3)).toBeLessThan(rowsOf(1));
  });
});
