/**
 * Reads a normalised complaint text once and returns every lexicon cue it contains,
 * with negation applied: a negated fault or emotion does not count ("not rude", "没有问题"),
 * a negated satisfaction becomes disappointment ("不太满意", "not happy"). Topics and risks
 * count even when negated: "没有发货" is about logistics, and risks favour recall. A negated
 * fault or emotion is kept apart (`negated`): "一点都不后悔", "没有让人失望" are praise said
 * with a complaint word, which the trained model should be able to tell.
 *
 * The lexicons compile into one scanner when this module loads.
 */
import type { Risk } from '../vocabulary.js';
import { compileCueScanner, type ScannerTerm } from './cue-scanner.js';
import {
  categoryCues,
  emotionCues,
  intensifierCues,
  lostTimeCues,
  polarityCues,
  riskCues,
  satisfactionCues,
  type CueCategory,
  type CueEmotion,
  type CueWeights,
} from './lexicons.js';
import { negationBefore } from './negation.js';

type CueValue =
  | { kind: 'category'; label: CueCategory; weight: number; negatable: boolean }
  | { kind: 'emotion'; label: CueEmotion; weight: number }
  | { kind: 'satisfaction'; weight: number }
  | { kind: 'risk'; label: Risk; weight: number }
  | { kind: 'intensifier'; weight: number }
  | { kind: 'lostTime'; weight: number }
  | { kind: 'polarity'; positive: boolean; weight: number };

/** One cue found in the normalised text: [start, end) are offsets in it. */
export interface FoundCue<L> {
  label: L;
  weight: number;
  start: number;
  end: number;
}

export interface CueReading {
  categories: FoundCue<CueCategory>[];
  emotions: FoundCue<CueEmotion>[];
  risks: FoundCue<Risk>[];
  intensifiers: FoundCue<'intensifier'>[];
  lostTime: FoundCue<'lostTime'>[];
  /** Satisfaction that is not negated ("很满意", "happy"): evidence against a complaint's tone. */
  satisfied: FoundCue<'satisfied'>[];
  /** Faults and emotions that are negated ("不后悔", "not rude"): they count for nothing else. */
  negated: FoundCue<'negated'>[];
  /** Evaluative words by polarity, negation applied ("不方便" is negative, "不贵" positive). */
  positive: FoundCue<'positive'>[];
  negative: FoundCue<'negative'>[];
}

/** A negated negative word ("不难吃", "不贵") is praise, but faint praise: half its weight. */
const negatedNegativeShare = 0.5;

const groupOf = {
  category: 0,
  emotion: 1,
  satisfaction: 1,
  risk: 2,
  intensifier: 3,
  lostTime: 4,
  polarity: 5,
} as const satisfies Record<CueValue['kind'], number>;
const groupCount = 6;

function termsOf(weights: CueWeights, value: (weight: number) => CueValue): ScannerTerm<CueValue>[] {
  return Object.entries(weights).map(([term, weight]) => {
    const cue = value(weight);
    return { term, group: groupOf[cue.kind], value: weight === 0 ? null : cue };
  });
}

function entriesOf<K extends string, V>(table: Readonly<Record<K, V>>): [K, V][] {
  // Object.entries loses the key type; the keys are exactly K by construction.
  return Object.entries(table) as [K, V][];
}

function allTerms(): ScannerTerm<CueValue>[] {
  const terms: ScannerTerm<CueValue>[] = [];
  for (const [label, lexicon] of entriesOf(categoryCues)) {
    terms.push(
      ...termsOf(lexicon.topics, (weight) => ({ kind: 'category', label, weight, negatable: false })),
    );
    terms.push(
      ...termsOf(lexicon.faults, (weight) => ({ kind: 'category', label, weight, negatable: true })),
    );
  }
  for (const [label, weights] of entriesOf(emotionCues)) {
    terms.push(...termsOf(weights, (weight) => ({ kind: 'emotion', label, weight })));
  }
  terms.push(...termsOf(satisfactionCues, (weight) => ({ kind: 'satisfaction', weight })));
  for (const [label, weights] of entriesOf(riskCues)) {
    terms.push(...termsOf(weights, (weight) => ({ kind: 'risk', label, weight })));
  }
  terms.push(...termsOf(intensifierCues, (weight) => ({ kind: 'intensifier', weight })));
  terms.push(...termsOf(lostTimeCues, (weight) => ({ kind: 'lostTime', weight })));
  terms.push(...termsOf(polarityCues.positive, (weight) => ({ kind: 'polarity', positive: true, weight })));
  terms.push(...termsOf(polarityCues.negative, (weight) => ({ kind: 'polarity', positive: false, weight })));
  return terms;
}

const scanner = compileCueScanner(allTerms(), groupCount);

/** Every cue in a normalised text, negation applied. */
export function readCues(text: string): CueReading {
  const reading: CueReading = {
    categories: [],
    emotions: [],
    risks: [],
    intensifiers: [],
    lostTime: [],
    satisfied: [],
    negated: [],
    positive: [],
    negative: [],
  };
  for (const { start, end, value } of scanner.scan(text)) {
    switch (value.kind) {
      case 'category': {
        const negation = value.negatable ? negationBefore(text, start) : 0;
        if (negation === 0) {
          reading.categories.push({ label: value.label, weight: value.weight, start, end });
        } else {
          reading.negated.push({ label: 'negated', weight: value.weight, start: start - negation, end });
        }
        break;
      }
      case 'emotion': {
        const negation = negationBefore(text, start);
        if (negation === 0) {
          reading.emotions.push({ label: value.label, weight: value.weight, start, end });
        } else {
          reading.negated.push({ label: 'negated', weight: value.weight, start: start - negation, end });
        }
        break;
      }
      case 'satisfaction': {
        const negation = negationBefore(text, start);
        if (negation > 0) {
          reading.emotions.push({
            label: 'disappointed',
            weight: value.weight,
            start: start - negation,
            end,
          });
        } else {
          reading.satisfied.push({ label: 'satisfied', weight: value.weight, start, end });
        }
        break;
      }
      case 'risk':
        reading.risks.push({ label: value.label, weight: value.weight, start, end });
        break;
      case 'intensifier':
        reading.intensifiers.push({ label: 'intensifier', weight: value.weight, start, end });
        break;
      case 'lostTime':
        reading.lostTime.push({ label: 'lostTime', weight: value.weight, start, end });
        break;
      case 'polarity': {
        const negation = negationBefore(text, start);
        if (negation === 0) {
          if (value.positive) {
            reading.positive.push({ label: 'positive', weight: value.weight, start, end });
          } else {
            reading.negative.push({ label: 'negative', weight: value.weight, start, end });
          }
        } else if (value.positive) {
          reading.negative.push({ label: 'negative', weight: value.weight, start: start - negation, end });
        } else {
          reading.positive.push({
            label: 'positive',
            weight: value.weight * negatedNegativeShare,
            start: start - negation,
            end,
          });
        }
        break;
      }
    }
  }
  return reading;
}
