import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { complaintStatuses } from './lifecycle.js';
import { isLowRating, lowRatingReason, surveyRound } from './survey.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
};

describe('satisfaction survey', () => {
  it('opens only on a resolved or closed complaint', () => {
    for (const status of complaintStatuses) {
      const code = codeOf(() => surveyRound({ status, resolutionCount: 1, ratedRounds: [] }));
      expect(code).toBe(status === 'resolved' || status === 'closed' ? null : 'survey.not_open');
    }
  });

  it('answers the resolution round, and refuses a second rating of the same resolution', () => {
    expect(surveyRound({ status: 'resolved', resolutionCount: 2, ratedRounds: [1] })).toBe(2);
    expect(codeOf(() => surveyRound({ status: 'closed', resolutionCount: 2, ratedRounds: [1, 2] }))).toBe(
      'survey.already_submitted',
    );
  });

  it('treats 1 and 2 as not satisfied, 3 to 5 as satisfied enough', () => {
    expect([1, 2, 3, 4, 5].map(isLowRating)).toEqual([true, true, false, false, false]);
  });

  it('words the reopening reason in the complaint’s language', () => {
    expect(lowRatingReason(1, 'zh-CN')).toBe('客户在满意度调查中评分 1/5');
    expect(lowRatingReason(2, 'en-US')).toContain('2/5');
  });
});
