/**
 * Decides a complaint's category (CONTRACT §4) from category scores, and turns lexicon
 * evidence into such scores.
 *
 * `CategoryScorer` is the seam for a trained model: any scorer returns a distribution over
 * the categories (non-negative, summing to 1) and `decideCategory` picks from it. The lexicon
 * scorer gives most of the mass to the categories with cues, in proportion to their weight,
 * and keeps the rest as doubt, mostly for `other`: no cue at all means `other` at 0.4.
 */
import { categories, type Category } from '../vocabulary.js';
import type { CueCategory } from './lexicons.js';
import { readCues, type FoundCue } from './read-cues.js';

export type CategoryScores = Record<Category, number>;

/** The seam for a trained model: a distribution over the categories of a normalised text. */
export type CategoryScorer = (text: string) => CategoryScores;

export interface CategoryDecision {
  label: Category;
  confidence: number;
}

/** The share of the doubt (the mass evidence does not claim) that goes to `other`. */
export const otherShareOfDoubt = 0.4;

/** Summed cue weight per category. */
export function categoryEvidence(
  cues: readonly FoundCue<CueCategory>[],
): Partial<Record<CueCategory, number>> {
  const evidence: Partial<Record<CueCategory, number>> = {};
  for (const cue of cues) {
    evidence[cue.label] = (evidence[cue.label] ?? 0) + cue.weight;
  }
  return evidence;
}

/** Evidence → distribution. One ordinary cue gives its category about 0.67. */
export function categoryDistribution(evidence: Partial<Record<CueCategory, number>>): CategoryScores {
  let total = 0;
  for (const weight of Object.values(evidence)) {
    total += weight;
  }
  const doubt = total > 0 ? Math.exp(-total) : 1;
  const cueCategoryCount = categories.length - 1;
  const scores = { other: doubt * otherShareOfDoubt } as CategoryScores; // the loop fills the rest
  for (const category of categories) {
    if (category !== 'other') {
      const claimed = total > 0 ? ((evidence[category] ?? 0) / total) * (1 - doubt) : 0;
      scores[category] = claimed + (doubt * (1 - otherShareOfDoubt)) / cueCategoryCount;
    }
  }
  return scores;
}

/** The lexicon as a `CategoryScorer`, for composing with (or comparing to) a trained model. */
export function lexiconCategoryScores(normalizedText: string): CategoryScores {
  return categoryDistribution(categoryEvidence(readCues(normalizedText).categories));
}

/** The most likely category (ties follow the vocabulary order) and its probability. */
export function decideCategory(scores: CategoryScores): CategoryDecision {
  let label: Category = 'other';
  let best = -Infinity;
  for (const category of categories) {
    if (scores[category] > best) {
      best = scores[category];
      label = category;
    }
  }
  return { label, confidence: Math.round(Math.min(Math.max(best, 0), 1) * 100) / 100 };
}
