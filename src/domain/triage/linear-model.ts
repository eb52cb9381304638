/**
 * The trained triage model: one linear layer over hashed features (features.ts) with softmax
 * heads: category (CONTRACT §4), emotion, whether the text voices dissatisfaction (sentiment),
 * and one present/absent head per risk, which classify.ts adds to the risk lexicon's reading
 * (a danger told in ordinary words: "插头烧焦变黑", "差点吞下去"). Scores are probabilities;
 * the features behind a decision quote the text.
 *
 * Training (train-linear.ts) and the model file (src/triage-model) produce and carry this
 * shape; classify.ts uses it through `createTriage({ model })`.
 */
import { categories, emotions, risks, type Category, type Emotion, type Risk } from '../vocabulary.js';
import type { SparseFeatures } from './features.js';

export const sentiments = ['negative', 'not_negative'] as const;
export type Sentiment = (typeof sentiments)[number];

/** The labels of a risk's head: column 0 is the probability that the text tells of the risk. */
export const riskPresence = ['present', 'absent'] as const;

/**
 * How far "absent" leads "present" in a risk head that nothing trained (no row labelled risks,
 * or a file from before the risk heads): such a head never flags, the lexicon alone does.
 */
export const untrainedRiskAbsentLogit = 30;

export const modelHeads = ['category', 'emotion', 'sentiment', ...risks] as const;
export type ModelHead = (typeof modelHeads)[number];

/** Labels of each head, in column order. */
export const headLabels = {
  category: categories,
  emotion: emotions,
  sentiment: sentiments,
  ...(Object.fromEntries(risks.map((risk) => [risk, riskPresence])) as Record<Risk, typeof riskPresence>),
} as const satisfies Record<ModelHead, readonly string[]>;

/** Where each head's columns start in a weight row (heads in `modelHeads` order). */
export const headOffset: Readonly<Record<ModelHead, number>> = (() => {
  const offsets = {} as Record<ModelHead, number>; // filled for every head just below
  let offset = 0;
  for (const head of modelHeads) {
    offsets[head] = offset;
    offset += headLabels[head].length;
  }
  return offsets;
})();

/** Columns per weight row: every label of every head. */
export const modelWidth = modelHeads.reduce((width, head) => width + headLabels[head].length, 0);

export interface LinearTriageModel {
  /** Stored with every triage result, e.g. 'linear-20261124-1a2b3c4d'. */
  version: string;
  featureBits: number;
  /** Bucket → row of `weights`, or -1 when the bucket carries no weight (2^featureBits entries). */
  rowOfBucket: Int32Array;
  /** rows × modelWidth weights. */
  weights: Float32Array;
  /** modelWidth biases. */
  bias: Float32Array;
}

export interface ModelScores {
  category: Record<Category, number>;
  emotion: Record<Emotion, number>;
  /** Probability that the text voices dissatisfaction (a complaint's tone). */
  negative: number;
  /** Per risk, the probability that the text tells of it. */
  risks: Record<Risk, number>;
}

function softmaxInto<L extends string>(
  logits: Float64Array,
  offset: number,
  labels: readonly L[],
): Record<L, number> {
  let max = -Infinity;
  for (let k = 0; k < labels.length; k++) {
    max = Math.max(max, logits[offset + k] ?? 0);
  }
  let sum = 0;
  const exps: number[] = [];
  for (let k = 0; k < labels.length; k++) {
    const e = Math.exp((logits[offset + k] ?? 0) - max);
    exps.push(e);
    sum += e;
  }
  const scores = {} as Record<L, number>; // filled for every label just below
  labels.forEach((label, k) => {
    scores[label] = (exps[k] ?? 0) / sum;
  });
  return scores;
}

/** The raw logits (before softmax) of every column for one text's features. */
export function modelLogits(model: LinearTriageModel, features: SparseFeatures): Float64Array {
  const logits = new Float64Array(modelWidth);
  for (let k = 0; k < modelWidth; k++) {
    logits[k] = model.bias[k] ?? 0;
  }
  const { buckets, values } = features;
  const { rowOfBucket, weights } = model;
  for (let at = 0; at < buckets.length; at++) {
    const row = rowOfBucket[buckets[at] ?? 0] ?? -1;
    if (row < 0) {
      continue;
    }
    const value = values[at] ?? 0;
    const base = row * modelWidth;
    for (let k = 0; k < modelWidth; k++) {
      logits[k] = (logits[k] ?? 0) + (weights[base + k] ?? 0) * value;
    }
  }
  return logits;
}

/** Probabilities of every head for one text's features. */
export function scoreFeatures(model: LinearTriageModel, features: SparseFeatures): ModelScores {
  const logits = modelLogits(model, features);
  const sentiment = softmaxInto(logits, headOffset.sentiment, sentiments);
  const riskScores = {} as Record<Risk, number>; // filled for every risk just below
  for (const risk of risks) {
    riskScores[risk] = softmaxInto(logits, headOffset[risk], riskPresence).present;
  }
  return {
    category: softmaxInto(logits, headOffset.category, categories),
    emotion: softmaxInto(logits, headOffset.emotion, emotions),
    negative: sentiment.negative,
    risks: riskScores,
  };
}

export interface FeatureContribution {
  start: number;
  end: number;
  /** How much this feature moved the label above the head's other labels. */
  weight: number;
}

/**
 * The text features that pushed `label` of `head` up the most (weight minus the head's mean,
 * times the value), strongest first. Lexicon features are left out: their cues are quoted
 * by classify.ts already.
 */
export function topContributions(
  model: LinearTriageModel,
  features: SparseFeatures,
  head: ModelHead,
  label: string,
  limit: number,
): FeatureContribution[] {
  const labels: readonly string[] = headLabels[head];
  const column = labels.indexOf(label);
  if (column < 0) {
    return [];
  }
  const offset = headOffset[head];
  const found: FeatureContribution[] = [];
  for (let at = 0; at < features.buckets.length; at++) {
    const start = features.starts[at] ?? -1;
    const row = model.rowOfBucket[features.buckets[at] ?? 0] ?? -1;
    if (start < 0 || row < 0) {
      continue;
    }
    const base = row * modelWidth + offset;
    let mean = 0;
    for (let k = 0; k < labels.length; k++) {
      mean += model.weights[base + k] ?? 0;
    }
    mean /= labels.length;
    const weight = ((model.weights[base + column] ?? 0) - mean) * (features.values[at] ?? 0);
    if (weight > 0) {
      found.push({ start, end: features.ends[at] ?? start, weight });
    }
  }
  found.sort((a, b) => b.weight - a.weight || a.start - b.start);
  return found.slice(0, limit);
}
