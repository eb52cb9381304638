/**
 * Triage of one complaint text (PRODUCT R3, CONTRACT §7): language, category, emotion,
 * risks, and through the severity table (policy/severity.ts) severity and urgency, with
 * the words that decided each field.
 *
 * Routes, commands and the batch endpoint call `triage()`. A trained linear model
 * (`createTriage({ model })`, linear-model.ts) decides category, emotion and sentiment from
 * hashed n-grams and the lexicon's own reading; risks stay with the lexicon (recall first),
 * and severity follows the policy table. Without a model the lexicon decides everything.
 */
import { assessSeverity, urgencyRules } from '../policy/severity.js';
import { risks as riskOrder, type Risk } from '../vocabulary.js';
import {
  decideEmotion,
  emotionDistribution,
  type EmotionDecision,
  type EmotionSignals,
  readEmotionSignals,
  type EmotionScorer,
  type Span,
} from './assess-emotion.js';
import { createFeatureExtractor } from './features.js';
import { countScripts, countWords, languageOfScripts, type TriageLanguage } from './language.js';
import { scoreFeatures, topContributions, type LinearTriageModel, type ModelScores } from './linear-model.js';
import { normalizeText, quoteSource, type NormalizedText } from './normalize.js';
import { readCues, type CueReading, type FoundCue } from './read-cues.js';
import {
  categoryDistribution,
  categoryEvidence,
  decideCategory,
  type CategoryScorer,
} from './score-categories.js';
import { findMoneyAmounts } from './stated-loss.js';
import type { TriageEvidence, TriageInput, TriageResult } from './triage-result.js';

/** The version stored with every lexicon-only triage result. */
export const lexiconModelVersion = 'lexicon-1';

/** Below this category confidence a person should look. */
export const reviewBelowConfidence = 0.5;

/** A risk is flagged when its cues weigh at least this much (one ordinary cue). */
export const riskThreshold = 1;

/**
 * …or when the model's risk head gives it at least this probability: a danger, a scam or a
 * threat told in words no lexicon lists ("插头那边烧焦变黑", "the charger melted"). Set on the
 * team's held-out risk complaints (corpus/triage-dev/dev-risks.jsonl, 460 rows written one by
 * one, never trained on; `npx tsx bench/triage-dev.ts --risks`): 0.5 for each risk, lower for
 * safety, where a missed complaint is the worst error. Session 4's model caught 66 of 75 Chinese
 * and 33 of 41 English safety complaints at 0.3. Session 5 doubled the reviews and posts that
 * tell of no risk and the safety head grew more cautious: at 0.3 it caught 56 and 28; at 0.15
 * 61 and 33, for 6 and 8 false alarms on the 225 and 119 complaints without one, and 22 more
 * flags than at 0.3 over the 3,400 reviews, posts and complaints of the other dev sets.
 */
export const modelRiskFrom: Readonly<Record<Risk, number>> = {
  safety: 0.15,
  fraud: 0.5,
  data_leak: 0.5,
  legal: 0.5,
  media: 0.5,
};

/**
 * The risk heads read a description: a text of fewer words than this (Han characters and
 * English words) is left to the lexicon. On a few words one n-gram carries the whole
 * normalised weight, and the heads flagged "退款" as fraud and "okay" as safety.
 */
export const modelRiskMinimumWords = 8;

/** The risk heads' probabilities the triage reads: none for a text shorter than `modelRiskMinimumWords`. */
export function readModelRisks(
  text: string,
  risks: Readonly<Record<Risk, number>> | undefined,
  scripts = countScripts(text),
): Readonly<Record<Risk, number>> | undefined {
  return countWords(text, scripts) >= modelRiskMinimumWords ? risks : undefined;
}

/** Lost-time cues must weigh at least this much to count as a stated loss of time. */
export const lostTimeThreshold = 1;

/**
 * The model's dissatisfaction probability at which a text reads as negative, per language,
 * calibrated on the team's own hand-written held-out reviews (corpus/triage-dev, never trained
 * on; bench/triage-dev.ts --sweep). `negative` is reported with this point moved to 0.5 (a
 * shift of the log-odds), so `isNegative()` keeps one cut. Chinese: 0.6. The corpus is mostly
 * complaints, so the model leans negative on reviews: from 0.5 to 0.6 the five Chinese review
 * sets (1,439 rows, half negative) gain 7 rows and the complaint sets lose 3 of 600 (recall
 * 0.993 → 0.988); above 0.6 the complaints lose more than the reviews gain. English: 0.3, as
 * calibrated before (the social-post dev set is flat from 0.15 to 0.3). Recalibrate when the
 * corpus changes much.
 */
export const modelNegativeFrom: Readonly<Record<TriageLanguage, number>> = { zh: 0.6, en: 0.3 };
const negativeLogOddsShift: Readonly<Record<TriageLanguage, number>> = {
  zh: Math.log(modelNegativeFrom.zh / (1 - modelNegativeFrom.zh)),
  en: Math.log(modelNegativeFrom.en / (1 - modelNegativeFrom.en)),
};

/** The model's probability with the language's `modelNegativeFrom` moved to 0.5. */
function calibratedNegative(probability: number, language: TriageLanguage): number {
  const clamped = Math.min(Math.max(probability, 1e-9), 1 - 1e-9);
  const logOdds = Math.log(clamped / (1 - clamped)) - negativeLogOddsShift[language];
  return 1 / (1 + Math.exp(-logOdds));
}

const maxCuesPerField = 8;
/** How many of the model's strongest text features join the lexicon cues in an explanation. */
const modelCuesPerField = 3;
const urgencyReasons = new Set(urgencyRules.map((rule) => rule.reason));

export interface TriageOptions {
  /** The trained model: decides category, emotion and sentiment; its version is stored. */
  model?: LinearTriageModel | undefined;
  /** A category scorer (wins over the model's category head); the lexicon decides when both are absent. */
  scoreCategories?: CategoryScorer | undefined;
  /** A trained emotion model; the lexicon decides when absent. */
  scoreEmotions?: EmotionScorer | undefined;
  /** Stored with each result; defaults to the model's version, else 'lexicon-1'. */
  modelVersion?: string | undefined;
}

const oneHanCharacter = /^\p{Script=Han}$/u;
/**
 * English words that carry no meaning alone: the model may weigh them ("the" leaned towards
 * safety, since many safety reports begin "The heater..."), a reader learns nothing from them.
 */
const englishFunctionWords = new Set(
  (
    'a an the and or but so if of to in on at by for from with as into about than then ' +
    'is are was were be been being am do does did have has had will would can could should ' +
    'i me my mine we us our you your he him his she her it its they them their this that ' +
    'these those there here what which who whom when where how just also too very'
  ).split(' '),
);

/**
 * The cue spans a person reads: overlapping spans become one, and a lone Chinese character
 * (a model feature such as 客 or 烦) joins the cue it touches, or is left out: one character
 * says nothing to the reader, a word does. (A lone English function word never gets here: the
 * model's features are picked without them.)
 */
function readableSpans(normalized: NormalizedText, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  const readable: Span[] = [];
  merged.forEach((span, index) => {
    if (!oneHanCharacter.test(quoteSource(normalized, span.start, span.end))) {
      readable.push(span);
      return;
    }
    const last = readable.at(-1);
    const next = merged[index + 1];
    if (last && last.end === span.start) last.end = span.end;
    else if (next && next.start === span.end) next.start = span.start;
  });
  return readable;
}

/**
 * The model's strongest features as distinct places in the text: a word's own feature, its
 * character n-grams and its pairs share one span and count once, and an English function word
 * is passed over, so the explanation names `modelCuesPerField` different words.
 */
function readableContributions(normalized: NormalizedText, contributions: readonly Span[]): Span[] {
  const seen = new Set<string>();
  const picked: Span[] = [];
  for (const span of contributions) {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    if (englishFunctionWords.has(quoteSource(normalized, span.start, span.end).toLowerCase())) {
      continue;
    }
    picked.push(span);
    if (picked.length === modelCuesPerField) {
      break;
    }
  }
  return picked;
}

function quotes(normalized: NormalizedText, spans: readonly Span[]): string[] {
  const unique = new Set<string>();
  for (const span of readableSpans(normalized, spans)) {
    const quote = quoteSource(normalized, span.start, span.end);
    if (quote.length > 0) {
      unique.add(quote);
    }
    if (unique.size === maxCuesPerField) {
      break;
    }
  }
  return [...unique];
}

/** Without a model: dissatisfaction from emotion and risk cues against satisfaction cues. */
function lexiconNegative(reading: CueReading, emotionEvidence: number): number {
  let evidence = emotionEvidence - 1;
  for (const cue of reading.categories) {
    evidence += cue.weight / 2;
  }
  for (const cue of reading.satisfied) {
    evidence -= cue.weight;
  }
  return Math.round((1 / (1 + Math.exp(-2 * evidence))) * 100) / 100;
}

/**
 * An emotion read in a text that reads as not dissatisfied (`negative` under 0.5) stands only
 * on a cue of that emotion in the text; without one it is calm. The emotion head learned from
 * complaints and reads a trace of disappointment into happy posts and questions ("终于放假啦🎉",
 * "can I bring a stroller to the gate?"); on the team's dev sets of social posts this took the
 * emotion from 0.68 to 0.73 (zh) and 0.76 to 0.78 (en) and left the complaint sets as they were.
 */
function supportedEmotion(
  decision: EmotionDecision,
  negative: number,
  signals: EmotionSignals,
): EmotionDecision {
  if (decision.label === 'calm' || negative >= 0.5 || signals.evidence[decision.label] > 0) {
    return decision;
  }
  return { label: 'calm', intensity: 0 };
}

/**
 * The one definition of a negative text (the sentiment benchmarks use it): an emotion other
 * than calm, or a dissatisfaction probability of at least one half.
 */
export function isNegative(result: Pick<TriageResult, 'emotion' | 'negative'>): boolean {
  return result.emotion.label !== 'calm' || result.negative >= 0.5;
}

function flaggedRisks(
  cues: readonly FoundCue<Risk>[],
  modelRisks: Readonly<Record<Risk, number>> | undefined,
): Risk[] {
  const weightOf = new Map<Risk, number>();
  for (const cue of cues) {
    weightOf.set(cue.label, (weightOf.get(cue.label) ?? 0) + cue.weight);
  }
  return riskOrder.filter(
    (risk) => (weightOf.get(risk) ?? 0) >= riskThreshold || (modelRisks?.[risk] ?? 0) >= modelRiskFrom[risk],
  );
}

/** Builds a triage function; without options it is the lexicon triage, `triage()`. */
export function createTriage(options: TriageOptions = {}): (input: TriageInput) => TriageResult {
  const { model } = options;
  const modelVersion = options.modelVersion ?? model?.version ?? lexiconModelVersion;
  const extractor = model === undefined ? undefined : createFeatureExtractor(model.featureBits);
  return (input) => {
    const normalized = normalizeText(input.text);
    const { text } = normalized;
    const scripts = countScripts(text);
    const language = languageOfScripts(scripts, input.locale);
    const reading = readCues(text);
    const signals = readEmotionSignals(normalized, reading);
    const features =
      model === undefined || extractor === undefined
        ? undefined
        : extractor.extract(normalized, reading, signals);
    const scores: ModelScores | undefined =
      model === undefined || features === undefined ? undefined : scoreFeatures(model, features);

    const category = decideCategory(
      options.scoreCategories?.(text) ??
        scores?.category ??
        categoryDistribution(categoryEvidence(reading.categories)),
    );
    const negative =
      scores === undefined
        ? lexiconNegative(
            reading,
            signals.evidence.angry + signals.evidence.disappointed + signals.evidence.anxious,
          )
        : Math.round(calibratedNegative(scores.negative, language) * 100) / 100;
    const emotion = supportedEmotion(
      decideEmotion(
        options.scoreEmotions?.(text) ?? scores?.emotion ?? emotionDistribution(signals.evidence),
        signals,
      ),
      negative,
      signals,
    );
    const modelSpans = (head: 'category' | 'emotion' | Risk, label: string): Span[] =>
      model === undefined || features === undefined
        ? []
        : readableContributions(normalized, topContributions(model, features, head, label, Infinity));
    const modelRisks = readModelRisks(text, scores?.risks, scripts);
    const risks = flaggedRisks(reading.risks, modelRisks);
    const amounts = findMoneyAmounts(text);
    const lostTime = reading.lostTime.reduce((sum, cue) => sum + cue.weight, 0) >= lostTimeThreshold;
    const tier = input.tier ?? 'standard';
    const assessment = assessSeverity({
      risks,
      emotion,
      tier,
      statedLoss: { amounts, time: lostTime },
      affectedCustomers: input.affectedCustomers,
    });

    const explanation: TriageEvidence[] = [
      { field: 'language', cues: [`${scripts.han} Han characters`, `${scripts.latin} Latin letters`] },
      {
        field: 'category',
        cues: quotes(normalized, [
          ...reading.categories.filter((cue) => cue.label === category.label),
          ...modelSpans('category', category.label),
        ]),
      },
      {
        field: 'emotion',
        cues:
          emotion.label === 'calm'
            ? []
            : quotes(normalized, [
                ...signals.cues.filter((cue) => cue.label === emotion.label),
                ...signals.intensifierSpans,
                ...modelSpans('emotion', emotion.label),
              ]),
      },
      ...risks.map((risk) => ({
        field: `risk:${risk}`,
        cues: quotes(normalized, [
          ...reading.risks.filter((cue) => cue.label === risk),
          ...((modelRisks?.[risk] ?? 0) >= modelRiskFrom[risk] ? modelSpans(risk, 'present') : []),
        ]),
      })),
    ];
    if (amounts.length > 0 || lostTime) {
      explanation.push({ field: 'loss', cues: quotes(normalized, [...amounts, ...reading.lostTime]) });
    }
    explanation.push(
      { field: 'severity', cues: assessment.reasons.filter((reason) => !urgencyReasons.has(reason)) },
      { field: 'urgent', cues: assessment.reasons.filter((reason) => urgencyReasons.has(reason)) },
    );

    return {
      language,
      category,
      emotion,
      negative,
      risks,
      severity: assessment.severity,
      urgent: assessment.urgent,
      needsReview: category.confidence < reviewBelowConfidence,
      truncated: normalized.truncated,
      explanation,
      modelVersion,
    };
  };
}

const lexiconTriage = createTriage();

/** Triage of one complaint text with the lexicons (model version 'lexicon-1'). */
export function triage(input: TriageInput): TriageResult {
  return lexiconTriage(input);
}
