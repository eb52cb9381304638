/**
 * Trains the shipped triage model from corpus rows: features (domain/triage/features.ts),
 * the linear heads (domain/triage/train-linear.ts), int8 quantisation as in the model file,
 * and scores on a held-out split, measured on what ships (the quantised model inside the
 * full triage). `npm run train:triage` runs it on corpus/triage; a retrain adds correction
 * rows to the same rows and calls the same function.
 */
import { createHash } from 'node:crypto';
import {
  createFeatureExtractor,
  createTriage,
  defaultTrainingOptions,
  isNegative,
  normalizeText,
  readCues,
  readEmotionSignals,
  trainLinearModel,
  type LinearTriageModel,
  type TrainingExample,
  type TrainingOptions,
} from '../domain/triage/index.js';
import { risks as riskKeys, type Risk } from '../domain/vocabulary.js';
import { splitCorpus, type CorpusRow } from './corpus.js';
import { scoreAxis, type AxisScore } from './metrics.js';
import { decodeModel, encodeModel, quantize } from './model-file.js';

export interface TrainTriageOptions {
  /** The calendar day of the training, in the version ('2026-11-24'). */
  trainedOn: string;
  /** Share of rows held out for scoring (by text hash); 0 trains on everything. */
  heldOutShare: number;
  training?: Partial<TrainingOptions>;
}

/** One risk on the rows that label risks: how many told of it, how many of those were flagged. */
export interface RiskScore {
  labelled: number;
  flagged: number;
  recall: number;
  /** Flagged on rows that do not tell of it. */
  falseFlags: number;
}

export interface TriageEvaluation {
  category: AxisScore;
  emotion: AxisScore;
  negative: AxisScore;
  categoryByLanguage: Record<'zh' | 'en', AxisScore>;
  risks: Record<Risk, RiskScore>;
}

export interface TrainedTriage {
  model: LinearTriageModel;
  /** The model file's bytes. */
  file: Buffer;
  heldOut: TriageEvaluation;
  trainingRows: number;
  heldOutRows: number;
  milliseconds: number;
}

/** One training example per row: the same normalisation and cue reading as triage. */
export function examplesOf(rows: readonly CorpusRow[], featureBits: number): TrainingExample[] {
  const extractor = createFeatureExtractor(featureBits);
  return rows.map((row) => {
    const normalized = normalizeText(row.text);
    const reading = readCues(normalized.text);
    const features = extractor.extract(normalized, reading, readEmotionSignals(normalized, reading));
    // The extractor reuses nothing it returns, but copy to keep each example independent.
    return {
      features: {
        buckets: features.buckets.slice(),
        values: features.values.slice(),
        starts: features.starts.slice(),
        ends: features.ends.slice(),
      },
      category: row.category,
      emotion: row.emotion,
      negative: row.negative,
      risks: row.risks,
      weight: row.weight,
    };
  });
}

/** Scores a triage function on labelled rows, each axis on the rows that label it. */
export function evaluateTriage(
  triage: ReturnType<typeof createTriage>,
  rows: readonly CorpusRow[],
): TriageEvaluation {
  const gold = { category: [] as string[], emotion: [] as string[], negative: [] as string[] };
  const predicted = { category: [] as string[], emotion: [] as string[], negative: [] as string[] };
  const byLanguage = {
    zh: { gold: [] as string[], predicted: [] as string[] },
    en: { gold: [] as string[], predicted: [] as string[] },
  };
  const riskScores = Object.fromEntries(
    riskKeys.map((risk) => [risk, { labelled: 0, flagged: 0, recall: 0, falseFlags: 0 }]),
  ) as Record<Risk, RiskScore>;
  for (const row of rows) {
    const result = triage({ text: row.text });
    for (const risk of row.risks === undefined ? [] : riskKeys) {
      const told = row.risks?.includes(risk) ?? false;
      const flagged = result.risks.includes(risk);
      if (told) {
        riskScores[risk].labelled++;
        if (flagged) riskScores[risk].flagged++;
      } else if (flagged) {
        riskScores[risk].falseFlags++;
      }
    }
    if (row.category !== undefined) {
      gold.category.push(row.category);
      predicted.category.push(result.category.label);
      byLanguage[row.language].gold.push(row.category);
      byLanguage[row.language].predicted.push(result.category.label);
    }
    if (row.emotion !== undefined) {
      gold.emotion.push(row.emotion);
      predicted.emotion.push(result.emotion.label);
    }
    if (row.negative !== undefined) {
      gold.negative.push(String(row.negative));
      predicted.negative.push(String(isNegative(result)));
    }
  }
  return {
    category: scoreAxis(gold.category, predicted.category),
    emotion: scoreAxis(gold.emotion, predicted.emotion),
    negative: scoreAxis(gold.negative, predicted.negative),
    categoryByLanguage: {
      zh: scoreAxis(byLanguage.zh.gold, byLanguage.zh.predicted),
      en: scoreAxis(byLanguage.en.gold, byLanguage.en.predicted),
    },
    risks: Object.fromEntries(
      riskKeys.map((risk) => {
        const score = riskScores[risk];
        return [risk, { ...score, recall: score.labelled === 0 ? 0 : score.flagged / score.labelled }];
      }),
    ) as Record<Risk, RiskScore>,
  };
}

/** 'linear-20261124-<first 8 hex of the SHA-256 of what the file stores>'. */
function versionOf(model: LinearTriageModel, trainedOn: string): string {
  const { buckets, bytes, scales } = quantize(model);
  const hash = createHash('sha256')
    .update(Buffer.from(buckets.buffer, buckets.byteOffset, buckets.byteLength))
    .update(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    .update(JSON.stringify({ scales, bias: [...model.bias] }))
    .digest('hex');
  return `linear-${trainedOn.replaceAll('-', '')}-${hash.slice(0, 8)}`;
}

/** Trains on the rows outside the held-out split and scores the shipped (quantised) model on it. */
export function trainTriage(rows: readonly CorpusRow[], options: TrainTriageOptions): TrainedTriage {
  const started = performance.now();
  const trainingOptions: TrainingOptions = { ...defaultTrainingOptions, ...options.training };
  const { training, heldOut } = splitCorpus(rows, options.heldOutShare);
  const weights = trainLinearModel(examplesOf(training, trainingOptions.featureBits), trainingOptions);
  const unversioned: LinearTriageModel = { version: '', ...weights };
  const version = versionOf(unversioned, options.trainedOn);
  const count = (key: 'source' | 'language') =>
    Object.fromEntries(
      [...new Set(training.map((row) => row[key]))]
        .sort()
        .map((value) => [value, training.filter((row) => row[key] === value).length]),
    );
  const file = encodeModel(
    { ...unversioned, version },
    {
      trainedOn: options.trainedOn,
      method: trainingOptions.method,
      seed: trainingOptions.seed,
      epochs: trainingOptions.epochs,
      shuffles: trainingOptions.shuffles,
      minDocumentFrequency: trainingOptions.minDocumentFrequency,
      rows: training.length,
      bySource: count('source'),
      byLanguage: count('language'),
    },
  );
  const { model } = decodeModel(file);
  const evaluation = evaluateTriage(createTriage({ model }), heldOut);
  return {
    model,
    file,
    heldOut: evaluation,
    trainingRows: training.length,
    heldOutRows: heldOut.length,
    milliseconds: performance.now() - started,
  };
}
