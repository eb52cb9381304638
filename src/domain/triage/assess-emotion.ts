/**
 * Decides the customer's emotion (angry, disappointed, anxious; calm when nothing points
 * elsewhere) and its intensity 0..1 (PRODUCT R3, seed 001 "客户情绪评估").
 *
 * Evidence is the weight of the emotion cues (negation applied in read-cues.ts). Intensifier
 * words ("非常", "extremely"), "!!!", repeated "！" and ALL CAPS words raise the intensity;
 * shouting in a complaint is also evidence of anger. `EmotionScorer` is where a trained
 * model plugs in: it returns a distribution and the intensity still comes from the signals.
 */
import { emotions, type Emotion } from '../vocabulary.js';
import { acronyms, type CueEmotion } from './lexicons.js';
import type { NormalizedText } from './normalize.js';
import type { CueReading, FoundCue } from './read-cues.js';

export type EmotionScores = Record<Emotion, number>;

/** The seam for a trained model: a distribution over the emotions of a normalised text. */
export type EmotionScorer = (text: string) => EmotionScores;

export interface Span {
  start: number;
  end: number;
}

export interface EmotionSignals {
  /** Summed cue weight per negative emotion, shouting included in `angry`. */
  evidence: Record<CueEmotion, number>;
  /** Summed intensifier weight, capped. */
  intensifier: number;
  cues: FoundCue<CueEmotion>[];
  intensifierSpans: Span[];
}

export interface EmotionDecision {
  label: Emotion;
  intensity: number;
}

const maxIntensifier = 4;
const maxShoutingEvidence = 1.5;
/** Anger evidence of one ALL CAPS word, and per unit of "!!"/"!!!" weight, in a complaint. */
const shoutedWordAnger = 0.5;
const outburstAnger = 2 / 3;
const shoutingWeight = 0.7;
const maxShoutingWeight = 2;
const singleExclamationWeight = 0.3;
const maxSingleExclamationWeight = 1;
const knownAcronyms = new Set(acronyms);

/** Weight of one run of "!" and "?" ("!!!" 1.5, "!!" or "?!" 1, "???" 0.7, "!" 0.3). */
function punctuationWeight(run: string): number {
  if (run.includes('!')) {
    if (run.length >= 3) {
      return 1.5;
    }
    return run.length === 2 ? 1 : singleExclamationWeight;
  }
  return run.length >= 3 ? 0.7 : 0;
}

/** Collects the emotion evidence and the intensity signals of a text. */
export function readEmotionSignals(normalized: NormalizedText, reading: CueReading): EmotionSignals {
  const evidence: Record<CueEmotion, number> = { angry: 0, disappointed: 0, anxious: 0 };
  for (const cue of reading.emotions) {
    evidence[cue.label] += cue.weight;
  }
  const intensifierSpans: Span[] = reading.intensifiers.map(({ start, end }) => ({ start, end }));
  let intensifier = reading.intensifiers.reduce((sum, cue) => sum + cue.weight, 0);

  let singles = 0;
  let outbursts = 0;
  for (const match of normalized.text.matchAll(/[!?]+/g)) {
    const weight = punctuationWeight(match[0]);
    if (weight === singleExclamationWeight) {
      singles += weight;
      continue;
    }
    if (weight > 0) {
      intensifier += weight;
      outbursts += match[0].includes('!') ? weight * outburstAnger : 0;
      intensifierSpans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  intensifier += Math.min(singles, maxSingleExclamationWeight);

  let shouted = 0;
  for (const match of normalized.cased.matchAll(/\b[A-Z]{3,}\b/g)) {
    if (!knownAcronyms.has(match[0])) {
      shouted++;
      intensifierSpans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  intensifier += Math.min(shouted * shoutingWeight, maxShoutingWeight);

  const isComplaining =
    reading.categories.length > 0 || evidence.angry + evidence.disappointed + evidence.anxious > 0;
  if (isComplaining) {
    evidence.angry += Math.min(shouted * shoutedWordAnger + outbursts, maxShoutingEvidence);
  }
  return {
    evidence,
    intensifier: Math.min(intensifier, maxIntensifier),
    cues: reading.emotions,
    intensifierSpans,
  };
}

/** Evidence → distribution: the more evidence, the less room is left for calm. */
export function emotionDistribution(evidence: Record<CueEmotion, number>): EmotionScores {
  const total = evidence.angry + evidence.disappointed + evidence.anxious;
  if (total <= 0) {
    return { angry: 0, disappointed: 0, anxious: 0, calm: 1 };
  }
  const certainty = 1 - Math.exp(-total);
  return {
    angry: (evidence.angry / total) * certainty,
    disappointed: (evidence.disappointed / total) * certainty,
    anxious: (evidence.anxious / total) * certainty,
    calm: 1 - certainty,
  };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The most likely emotion (ties follow the vocabulary order) and how strongly it is felt. */
export function decideEmotion(scores: EmotionScores, signals: EmotionSignals): EmotionDecision {
  let label: Emotion = 'calm';
  let best = -Infinity;
  for (const emotion of emotions) {
    if (scores[emotion] > best) {
      best = scores[emotion];
      label = emotion;
    }
  }
  if (label === 'calm') {
    return { label, intensity: 0 };
  }
  const raw = Math.max(signals.evidence[label], 0.5) + 0.5 * signals.intensifier;
  return { label, intensity: round2(1 - Math.exp(-raw / 2)) };
}
