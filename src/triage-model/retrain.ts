/**
 * Retraining with agents' corrections: the committed corpus plus every corrected complaint
 * as a training row, scored before (the active model) and after (the new one) on one held-out
 * split that never changes for a row, so two retrains and the shipped model are comparable.
 *
 * - Corpus rows: held out as `npm run train:triage` holds them out (15 %, by text hash), so
 *   the shipped model never trained on them either.
 * - Corrections: 20 % held out by a hash of the complaint id (a complaint stays on its side
 *   in every retrain); the rest train with weight 3 (`correctionWeight`): a correction is a
 *   real complaint a person relabelled because the model was wrong, worth more than one
 *   written example, but 3 keeps a few careless ones from outweighing the corpus.
 * - Only the labels a person changed are trained on; an untouched field is the model's guess.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTriage, detectLanguage, type TrainingOptions } from '../domain/triage/index.js';
import type { Category, Emotion, Risk } from '../domain/vocabulary.js';
import { splitCorpus, type CorpusRow } from './corpus.js';
import type { AxisScore } from './metrics.js';
import { evaluateTriage, trainTriage } from './train-triage.js';

/** corpus/triage in the repo, whatever the working directory. */
export const committedCorpusDirectory = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'corpus',
  'triage',
);

export const retrainDefaults = {
  /** The corpus share held out: the same as scripts/train-triage.ts. */
  heldOutShare: 0.15,
  correctionHeldOutShare: 0.2,
  correctionWeight: 3,
} as const;

/** A corrected complaint: its text and the labels a person set (absent: not corrected). */
export interface CorrectionExample {
  complaintId: string;
  text: string;
  category?: Category | undefined;
  emotion?: Emotion | undefined;
  /** The risks a person settled on ([] when they removed every risk); undefined if not corrected. */
  risks?: readonly Risk[] | undefined;
}

/** FNV-1a of the complaint id, in [0, 1): which side of the split a correction is on. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0) / 4_294_967_296;
}

/** True when this complaint's correction is held out for scoring (never trained on). */
export function isHeldOutCorrection(complaintId: string, share: number): boolean {
  return idHash(complaintId) < share;
}

/** Corrections as corpus rows (source 'correction'), each counting `weight` times. */
export function correctionRows(examples: readonly CorrectionExample[], weight: number): CorpusRow[] {
  return examples
    .filter(
      (example) =>
        example.category !== undefined || example.emotion !== undefined || example.risks !== undefined,
    )
    .map((example) => ({
      text: example.text,
      language: detectLanguage(example.text),
      ...(example.category !== undefined ? { category: example.category } : {}),
      ...(example.emotion !== undefined ? { emotion: example.emotion } : {}),
      ...(example.risks !== undefined ? { risks: [...example.risks] } : {}),
      source: 'correction' as const,
      weight,
    }));
}

/** Splits corrections by complaint id into training rows (weighted) and held-out rows (weight 1). */
export function splitCorrections(
  examples: readonly CorrectionExample[],
  share: number,
  weight: number,
): { training: CorpusRow[]; heldOut: CorpusRow[] } {
  const heldOut = examples.filter((example) => isHeldOutCorrection(example.complaintId, share));
  const training = examples.filter((example) => !isHeldOutCorrection(example.complaintId, share));
  return { training: correctionRows(training, weight), heldOut: correctionRows(heldOut, 1) };
}

export interface ModelScores {
  /** The whole held-out split: corpus rows and held-out corrections. */
  category: AxisScore;
  emotion: AxisScore;
  negative: AxisScore;
  /** Share of the held-out rows telling of a safety risk that are flagged (lexicon or model). */
  safetyRecall: number;
  /** The held-out corrections alone: does the model now say what people said? */
  corrections: { category: AxisScore; emotion: AxisScore };
}

export interface RetrainReport {
  trainedOn: string;
  trainingRows: number;
  corrections: { total: number; training: number; heldOut: number; weight: number };
  heldOut: { corpusRows: number; correctionRows: number };
  before: { version: string; scores: ModelScores };
  after: { version: string; scores: ModelScores };
  /** After's mean macro-F1 over category and emotion, on the whole held-out split, is higher,
   * and its safety recall is not lower. */
  beatsActive: boolean;
  milliseconds: number;
}

export interface RetrainedTriage {
  version: string;
  /** The model file's bytes. */
  file: Buffer;
  report: RetrainReport;
}

export interface RetrainInput {
  corpus: readonly CorpusRow[];
  corrections: readonly CorrectionExample[];
  /** The model in use now, scored on the same split as the new one. */
  active: { version: string; triage: ReturnType<typeof createTriage> };
  trainedOn: string;
  options?: Partial<typeof retrainDefaults>;
  training?: Partial<TrainingOptions>;
}

function scoresOf(
  triage: ReturnType<typeof createTriage>,
  heldOut: readonly CorpusRow[],
  correctionsHeldOut: readonly CorpusRow[],
): ModelScores {
  const all = evaluateTriage(triage, heldOut);
  const corrections = evaluateTriage(triage, correctionsHeldOut);
  return {
    category: all.category,
    emotion: all.emotion,
    negative: all.negative,
    safetyRecall: all.risks.safety.recall,
    corrections: { category: corrections.category, emotion: corrections.emotion },
  };
}

const meanMacroF1 = (scores: ModelScores) => (scores.category.macroF1 + scores.emotion.macroF1) / 2;

/** Better: a higher mean macro-F1 of category and emotion, and no safety complaint missed that was caught. */
const beats = (after: ModelScores, before: ModelScores): boolean =>
  meanMacroF1(after) > meanMacroF1(before) && after.safetyRecall >= before.safetyRecall;

/** Trains a new model on the corpus and the corrections; scores it and the active one. */
export function retrainTriage(input: RetrainInput): RetrainedTriage {
  const started = performance.now();
  const options = { ...retrainDefaults, ...input.options };
  const corpus = splitCorpus(input.corpus, options.heldOutShare);
  const corrections = splitCorrections(
    input.corrections,
    options.correctionHeldOutShare,
    options.correctionWeight,
  );
  // Split here, so trainTriage holds nothing out (share 0) and trains on exactly these rows.
  const trained = trainTriage([...corpus.training, ...corrections.training], {
    trainedOn: input.trainedOn,
    heldOutShare: 0,
    ...(input.training ? { training: input.training } : {}),
  });
  const heldOut = [...corpus.heldOut, ...corrections.heldOut];
  const before = scoresOf(input.active.triage, heldOut, corrections.heldOut);
  const after = scoresOf(createTriage({ model: trained.model }), heldOut, corrections.heldOut);
  return {
    version: trained.model.version,
    file: trained.file,
    report: {
      trainedOn: input.trainedOn,
      trainingRows: trained.trainingRows,
      corrections: {
        total: corrections.training.length + corrections.heldOut.length,
        training: corrections.training.length,
        heldOut: corrections.heldOut.length,
        weight: options.correctionWeight,
      },
      heldOut: { corpusRows: corpus.heldOut.length, correctionRows: corrections.heldOut.length },
      before: { version: input.active.version, scores: before },
      after: { version: trained.model.version, scores: after },
      beatsActive: beats(after, before),
      milliseconds: Math.round(performance.now() - started),
    },
  };
}
