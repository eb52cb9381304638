/**
 * Trains the linear triage model (linear-model.ts) from labelled feature vectors: multinomial
 * logistic regression with AdaGrad and L2, or complement naive Bayes, per head, on one shared
 * set of hashed features. A row may label only some heads (a CFPB narrative has a category
 * but no emotion); the heads it does not label ignore it.
 *
 * Pure: the seed is an input, the same examples and options give the same bytes. The
 * training script (src/triage-model) and a later retrain with agents' corrections call it.
 */
import { categories, emotions, risks, type Category, type Emotion, type Risk } from '../vocabulary.js';
import type { SparseFeatures } from './features.js';
import {
  headLabels,
  headOffset,
  modelHeads,
  modelWidth,
  untrainedRiskAbsentLogit,
  type ModelHead,
} from './linear-model.js';

export interface TrainingExample {
  features: SparseFeatures;
  category?: Category | undefined;
  emotion?: Emotion | undefined;
  /** True when the text voices dissatisfaction, false for praise or a neutral question. */
  negative?: boolean | undefined;
  /** The risks the text tells of ([] for none); undefined when the row does not label risks. */
  risks?: readonly Risk[] | undefined;
  /** How much this example counts (a correction may count more); default 1. */
  weight?: number | undefined;
}

export type TrainingMethod = 'logistic' | 'complement_nb';

export interface TrainingOptions {
  seed: number;
  method: TrainingMethod;
  featureBits: number;
  /** Features seen in fewer documents get no weight (and no bytes in the model file). */
  minDocumentFrequency: number;
  epochs: number;
  /**
   * Logistic regression is trained this many times, each with its own epoch shuffles (seed,
   * seed + 1, ...), and the weights are averaged: for a linear model that is the same as
   * averaging the runs' logits, so it costs nothing at inference and one run's shuffle order
   * decides less.
   */
  shuffles: number;
  learningRate: number;
  l2: number;
  /** Naive Bayes smoothing. */
  alpha: number;
}

export const defaultTrainingOptions: TrainingOptions = {
  seed: 20261124,
  method: 'logistic',
  featureBits: 18,
  minDocumentFrequency: 5,
  epochs: 12,
  shuffles: 3,
  learningRate: 0.5,
  l2: 1e-5,
  alpha: 0.3,
};

export interface TrainedWeights {
  featureBits: number;
  rowOfBucket: Int32Array;
  weights: Float32Array;
  bias: Float32Array;
}

/** mulberry32: the seeded generator behind the epoch shuffles. */
function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The column of an example's label in a head, or -1 when the example does not label it. */
function targetColumn(example: TrainingExample, head: ModelHead): number {
  switch (head) {
    case 'category':
      return example.category === undefined ? -1 : categories.indexOf(example.category);
    case 'emotion':
      return example.emotion === undefined ? -1 : emotions.indexOf(example.emotion);
    case 'sentiment':
      return example.negative === undefined ? -1 : example.negative ? 0 : 1;
    case 'safety':
    case 'fraud':
    case 'data_leak':
    case 'legal':
    case 'media':
      return example.risks === undefined ? -1 : example.risks.includes(head) ? 0 : 1;
  }
}

/** Per head and label: a weight that makes every label count as much as the others (capped). */
function balancedClassWeights(examples: readonly TrainingExample[]): Float64Array {
  const counts = new Float64Array(modelWidth);
  const labelled = Object.fromEntries(modelHeads.map((head) => [head, 0])) as Record<ModelHead, number>;
  for (const example of examples) {
    for (const head of modelHeads) {
      const column = targetColumn(example, head);
      if (column >= 0) {
        counts[headOffset[head] + column] = (counts[headOffset[head] + column] ?? 0) + 1;
        labelled[head]++;
      }
    }
  }
  const weights = new Float64Array(modelWidth);
  for (const head of modelHeads) {
    const size = headLabels[head].length;
    for (let k = 0; k < size; k++) {
      const count = counts[headOffset[head] + k] ?? 0;
      weights[headOffset[head] + k] = count === 0 ? 0 : Math.min(labelled[head] / (size * count), 4);
    }
  }
  return weights;
}

/** Buckets seen in at least `minimum` documents, numbered as rows in bucket order. */
function keptRows(examples: readonly TrainingExample[], featureBits: number, minimum: number): Int32Array {
  const documentFrequency = new Int32Array(1 << featureBits);
  for (const { features } of examples) {
    for (const bucket of features.buckets) {
      documentFrequency[bucket] = (documentFrequency[bucket] ?? 0) + 1;
    }
  }
  const rowOfBucket = new Int32Array(1 << featureBits).fill(-1);
  let rows = 0;
  for (let bucket = 0; bucket < documentFrequency.length; bucket++) {
    if ((documentFrequency[bucket] ?? 0) >= minimum) {
      rowOfBucket[bucket] = rows++;
    }
  }
  return rowOfBucket;
}

function countRows(rowOfBucket: Int32Array): number {
  let rows = 0;
  for (const row of rowOfBucket) {
    if (row >= 0) {
      rows++;
    }
  }
  return rows;
}

/**
 * A risk head's bias is not learned: it is set to the head's prior (the class-weighted share of
 * rows that tell of the risk) and kept there, so the text's features must carry the evidence.
 * Learned, it drifted to favour "present" (most texts' many features sum against a risk), and
 * a text with few features, "😡" or "ok", was flagged with every risk. Returns which columns
 * are frozen.
 */
function riskPriors(
  examples: readonly TrainingExample[],
  classWeights: Float64Array,
  bias: Float64Array,
): boolean[] {
  const frozen = new Array<boolean>(modelWidth).fill(false);
  for (const risk of risks) {
    const offset = headOffset[risk];
    let present = 0;
    let absent = 0;
    for (const example of examples) {
      const column = targetColumn(example, risk);
      if (column === 0) present++;
      else if (column === 1) absent++;
    }
    if (present === 0 || absent === 0) continue;
    const logOdds = Math.log(
      (present * (classWeights[offset] ?? 1)) / (absent * (classWeights[offset + 1] ?? 1)),
    );
    bias[offset] = logOdds / 2;
    bias[offset + 1] = -logOdds / 2;
    frozen[offset] = true;
    frozen[offset + 1] = true;
  }
  return frozen;
}

function trainLogistic(
  examples: readonly TrainingExample[],
  options: TrainingOptions,
  rowOfBucket: Int32Array,
): { weights: Float32Array; bias: Float32Array } {
  const rows = countRows(rowOfBucket);
  const weights = new Float64Array(rows * modelWidth);
  const squaredGradients = new Float64Array(rows * modelWidth);
  const bias = new Float64Array(modelWidth);
  const biasSquaredGradients = new Float64Array(modelWidth);
  const classWeights = balancedClassWeights(examples);
  const frozenBias = riskPriors(examples, classWeights, bias);
  const random = seededRandom(options.seed);
  const order = examples.map((_, index) => index);
  const logits = new Float64Array(modelWidth);
  const gradient = new Float64Array(modelWidth);
  const epsilon = 1e-8;
  // The model returned is the mean of the weights after each of the last half of the epochs
  // (averaged SGD), so one shuffle's last steps decide less. Trained with three seeds, the
  // Chinese social-post dev set read 0.844-0.894 from the last epoch's weights, 0.849-0.884
  // averaged; the English one 0.815-0.850 and 0.830-0.850.
  const firstAveragedEpoch = Math.floor(options.epochs / 2);
  const weightSums = new Float64Array(weights.length);
  const biasSums = new Float64Array(modelWidth);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      const swap = order[index] ?? 0;
      order[index] = order[other] ?? 0;
      order[other] = swap;
    }
    for (const exampleIndex of order) {
      const example = examples[exampleIndex];
      if (example === undefined) {
        continue;
      }
      const { buckets, values } = example.features;
      logits.set(bias);
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
      gradient.fill(0);
      let anyHead = false;
      for (const head of modelHeads) {
        const target = targetColumn(example, head);
        if (target < 0) {
          continue;
        }
        anyHead = true;
        const offset = headOffset[head];
        const size = headLabels[head].length;
        let max = -Infinity;
        for (let k = 0; k < size; k++) {
          max = Math.max(max, logits[offset + k] ?? 0);
        }
        let sum = 0;
        for (let k = 0; k < size; k++) {
          sum += Math.exp((logits[offset + k] ?? 0) - max);
        }
        const scale = (classWeights[offset + target] ?? 1) * (example.weight ?? 1);
        for (let k = 0; k < size; k++) {
          const probability = Math.exp((logits[offset + k] ?? 0) - max) / sum;
          gradient[offset + k] = (probability - (k === target ? 1 : 0)) * scale;
        }
      }
      if (!anyHead) {
        continue;
      }
      for (let k = 0; k < modelWidth; k++) {
        const g = gradient[k] ?? 0;
        if (g !== 0 && !frozenBias[k]) {
          biasSquaredGradients[k] = (biasSquaredGradients[k] ?? 0) + g * g;
          bias[k] =
            (bias[k] ?? 0) - (options.learningRate * g) / Math.sqrt((biasSquaredGradients[k] ?? 0) + epsilon);
        }
      }
      for (let at = 0; at < buckets.length; at++) {
        const row = rowOfBucket[buckets[at] ?? 0] ?? -1;
        if (row < 0) {
          continue;
        }
        const value = values[at] ?? 0;
        const base = row * modelWidth;
        for (let k = 0; k < modelWidth; k++) {
          const g = gradient[k] ?? 0;
          if (g === 0) {
            continue;
          }
          const w = weights[base + k] ?? 0;
          const step = g * value + options.l2 * w;
          const accumulated = (squaredGradients[base + k] ?? 0) + step * step;
          squaredGradients[base + k] = accumulated;
          weights[base + k] = w - (options.learningRate * step) / Math.sqrt(accumulated + epsilon);
        }
      }
    }
    if (epoch >= firstAveragedEpoch) {
      for (let index = 0; index < weights.length; index++) {
        weightSums[index] = (weightSums[index] ?? 0) + (weights[index] ?? 0);
      }
      for (let k = 0; k < modelWidth; k++) {
        biasSums[k] = (biasSums[k] ?? 0) + (bias[k] ?? 0);
      }
    }
  }
  const averaged = options.epochs - firstAveragedEpoch;
  return {
    weights: Float32Array.from(weightSums, (sum) => sum / averaged),
    bias: Float32Array.from(biasSums, (sum) => sum / averaged),
  };
}

/**
 * Complement naive Bayes (Rennie et al. 2003): a label's weight for a feature is minus the
 * log of how often the feature occurs in the *other* labels' documents, normalised per label.
 */
function trainComplementNaiveBayes(
  examples: readonly TrainingExample[],
  options: TrainingOptions,
  rowOfBucket: Int32Array,
): { weights: Float32Array; bias: Float32Array } {
  const rows = countRows(rowOfBucket);
  const weights = new Float32Array(rows * modelWidth);
  const bias = new Float32Array(modelWidth);
  for (const head of modelHeads) {
    const offset = headOffset[head];
    const size = headLabels[head].length;
    const perLabel = new Float64Array(rows * size);
    const totalOfLabel = new Float64Array(size);
    const documents = new Float64Array(size);
    for (const example of examples) {
      const target = targetColumn(example, head);
      if (target < 0) {
        continue;
      }
      documents[target] = (documents[target] ?? 0) + 1;
      const { buckets, values } = example.features;
      for (let at = 0; at < buckets.length; at++) {
        const row = rowOfBucket[buckets[at] ?? 0] ?? -1;
        if (row >= 0) {
          const value = (values[at] ?? 0) * (example.weight ?? 1);
          perLabel[row * size + target] = (perLabel[row * size + target] ?? 0) + value;
          totalOfLabel[target] = (totalOfLabel[target] ?? 0) + value;
        }
      }
    }
    let grandTotal = 0;
    for (const total of totalOfLabel) {
      grandTotal += total;
    }
    for (let k = 0; k < size; k++) {
      if ((documents[k] ?? 0) === 0) {
        bias[offset + k] = -1e3;
        continue;
      }
      const complementTotal = grandTotal - (totalOfLabel[k] ?? 0) + options.alpha * rows;
      let normaliser = 0;
      const column = new Float64Array(rows);
      for (let row = 0; row < rows; row++) {
        let complement = 0;
        for (let other = 0; other < size; other++) {
          if (other !== k) {
            complement += perLabel[row * size + other] ?? 0;
          }
        }
        const logTheta = Math.log((complement + options.alpha) / complementTotal);
        column[row] = logTheta;
        normaliser += Math.abs(logTheta);
      }
      for (let row = 0; row < rows; row++) {
        // Weight-normalised CNB: the label with the least complement mass scores highest.
        weights[row * modelWidth + offset + k] = -((column[row] ?? 0) / normaliser) * 100;
      }
    }
  }
  return { weights, bias };
}

/** The element-wise mean of several runs' weights and biases (all of one shape). */
function averageRuns(runs: readonly { weights: Float32Array; bias: Float32Array }[]): {
  weights: Float32Array;
  bias: Float32Array;
} {
  const [first, ...rest] = runs;
  if (first === undefined) {
    throw new Error('averageRuns needs at least one run');
  }
  if (rest.length === 0) {
    return first;
  }
  const weights = new Float32Array(first.weights.length);
  const bias = new Float32Array(first.bias.length);
  for (const run of runs) {
    for (let index = 0; index < weights.length; index++) {
      weights[index] = (weights[index] ?? 0) + (run.weights[index] ?? 0) / runs.length;
    }
    for (let k = 0; k < bias.length; k++) {
      bias[k] = (bias[k] ?? 0) + (run.bias[k] ?? 0) / runs.length;
    }
  }
  return { weights, bias };
}

/** Trains every head on the examples that label it. */
export function trainLinearModel(
  examples: readonly TrainingExample[],
  options: TrainingOptions = defaultTrainingOptions,
): TrainedWeights {
  const rowOfBucket = keptRows(examples, options.featureBits, options.minDocumentFrequency);
  const { weights, bias } =
    options.method === 'logistic'
      ? averageRuns(
          Array.from({ length: Math.max(1, options.shuffles) }, (_, run) =>
            trainLogistic(examples, { ...options, seed: options.seed + run }, rowOfBucket),
          ),
        )
      : trainComplementNaiveBayes(examples, options, rowOfBucket);
  // A risk head learns only by logistic regression from rows of both sides. Naive Bayes has no
  // prior for it (every text came out near 0.5, above the safety point), and a head that saw
  // one side only would flag every text or none by its bias: such a head is left untrained.
  for (const risk of risks) {
    const sides = new Set(examples.map((example) => targetColumn(example, risk)));
    if (options.method !== 'logistic' || !sides.has(0) || !sides.has(1)) {
      const offset = headOffset[risk];
      bias[offset] = 0;
      bias[offset + 1] = untrainedRiskAbsentLogit;
      for (let index = offset; index < weights.length; index += modelWidth) {
        weights[index] = 0;
        weights[index + 1] = 0;
      }
    }
  }
  return { featureBits: options.featureBits, rowOfBucket, weights, bias };
}
