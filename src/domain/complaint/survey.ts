/**
 * Step 5, the satisfaction survey (CONTRACT.md §6, PRODUCT.md R8): when a customer may
 * answer it, which resolution it is about, and what a low rating sets off.
 *
 * One survey per resolution: its round is the complaint's resolution count, so a
 * complaint reopened and resolved again is surveyed again. A rating of 1 or 2 reopens the
 * loop; commands/submit-survey.ts carries that out. Change the rules here and in
 * survey.test.ts.
 */
import { DomainError } from '../errors.js';
import type { Locale } from '../vocabulary.js';
import type { ComplaintStatus } from './lifecycle.js';

export const minRating = 1;
export const maxRating = 5;

/** Ratings that mean the customer is not satisfied: the complaint is reopened. */
export const isLowRating = (rating: number): boolean => rating <= 2;

/** Statuses in which the customer is asked for a rating. */
export const surveyStatuses: readonly ComplaintStatus[] = ['resolved', 'closed'];

export const isSurveyOpen = (status: ComplaintStatus): boolean => surveyStatuses.includes(status);

/**
 * The round this survey answers (the complaint's resolution count); throws
 * `survey.not_open` before resolution and `survey.already_submitted` when this
 * resolution was rated already.
 */
export function surveyRound(facts: {
  status: ComplaintStatus;
  resolutionCount: number;
  ratedRounds: readonly number[];
}): number {
  if (!isSurveyOpen(facts.status)) {
    throw new DomainError(
      'survey.not_open',
      `The survey opens once the complaint is resolved; it is ${facts.status}.`,
    );
  }
  const round = facts.resolutionCount;
  if (facts.ratedRounds.includes(round)) {
    throw new DomainError('survey.already_submitted', 'This resolution has already been rated. Thank you.');
  }
  return round;
}

/** The reason recorded when a low rating reopens the complaint, in its language. */
export function lowRatingReason(rating: number, locale: Locale): string {
  return locale === 'zh-CN'
    ? `客户在满意度调查中评分 ${rating}/${maxRating}`
    : `The customer rated the resolution ${rating}/${maxRating} in the satisfaction survey`;
}
