/**
 * Triage of one complaint text (PRODUCT R3, CONTRACT §7): language, category, emotion,
 * risks, and through the severity table (policy/severity.ts) severity and urgency, with
 * the words that decided each field.
 *
 * Routes, commands and the batch endpoint call `triage()`. A trained model replaces the
 * lexicon's category or emotion scores through `createTriage({ scoreCategories })`;
 * everything else (risks, severity, explanation) stays rule based.
 */
import { assessSeverity, urgencyRules } from '../policy/severity.js';
import { risks as riskOrder, type Risk } from '../vocabulary.js';
import {
  decideEmotion,
  emotionDistribution,
  readEmotionSignals,
  type EmotionScorer,
  type Span,
} from './assess-emotion.js';
import { countScripts, languageOfScripts } from './language.js';
import { normalizeText, quoteSource, type NormalizedText } from './normalize.js';
import { readCues, type FoundCue } from './read-cues.js';
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

/** Lost-time cues must weigh at least this much to count as a stated loss of time. */
export const lostTimeThreshold = 1;

const maxCuesPerField = 8;
const urgencyReasons = new Set(urgencyRules.map((rule) => rule.reason));

export interface TriageOptions {
  /** A trained category model; the lexicon decides when absent. */
  scoreCategories?: CategoryScorer | undefined;
  /** A trained emotion model; the lexicon decides when absent. */
  scoreEmotions?: EmotionScorer | undefined;
  /** Stored with each result; say which model produced it. */
  modelVersion?: string | undefined;
}

function quotes(normalized: NormalizedText, spans: readonly Span[]): string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const unique = new Set<string>();
  for (const span of sorted) {
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

function flaggedRisks(cues: readonly FoundCue<Risk>[]): Risk[] {
  const weightOf = new Map<Risk, number>();
  for (const cue of cues) {
    weightOf.set(cue.label, (weightOf.get(cue.label) ?? 0) + cue.weight);
  }
  return riskOrder.filter((risk) => (weightOf.get(risk) ?? 0) >= riskThreshold);
}

/** Builds a triage function; without options it is the lexicon triage, `triage()`. */
export function createTriage(options: TriageOptions = {}): (input: TriageInput) => TriageResult {
  const modelVersion = options.modelVersion ?? lexiconModelVersion;
  return (input) => {
    const normalized = normalizeText(input.text);
    const { text } = normalized;
    const scripts = countScripts(text);
    const language = languageOfScripts(scripts, input.locale);
    const reading = readCues(text);

    const category = decideCategory(
      options.scoreCategories?.(text) ?? categoryDistribution(categoryEvidence(reading.categories)),
    );
    const signals = readEmotionSignals(normalized, reading);
    const emotion = decideEmotion(
      options.scoreEmotions?.(text) ?? emotionDistribution(signals.evidence),
      signals,
    );
    const risks = flaggedRisks(reading.risks);
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
        cues: quotes(
          normalized,
          reading.categories.filter((cue) => cue.label === category.label),
        ),
      },
      {
        field: 'emotion',
        cues:
          emotion.label === 'calm'
            ? []
            : quotes(normalized, [
                ...signals.cues.filter((cue) => cue.label === emotion.label),
                ...signals.intensifierSpans,
              ]),
      },
      ...risks.map((risk) => ({
        field: `risk:${risk}`,
        cues: quotes(
          normalized,
          reading.risks.filter((cue) => cue.label === risk),
        ),
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
