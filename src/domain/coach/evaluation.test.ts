/**
 * The evaluation set (test/fixtures/coach-drafts.jsonl): realistic drafts from restaurants,
 * hotels, shops, couriers, banks and airlines, each labelled with the rules a coach must find
 * and the rules it must not. The coach must get at least 90 % of them fully right in each
 * language; the drafts it gets wrong are printed, so a change shows what it broke or fixed.
 */
import { describe, expect, it } from 'vitest';
import { accuracyOf, describeMiss, loadCoachDrafts, scoreDraft } from '../../../test/support/coach-drafts.js';
import { coachRules } from './finding.js';
import { reviewReply } from './review-reply.js';

const drafts = loadCoachDrafts();
const outcomes = drafts.map((draft) => scoreDraft(draft, reviewReply(draft.text)));

describe('the evaluation set', () => {
  it('holds at least 150 drafts in both languages from all six industries, covering every rule', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(150);
    expect(new Set(drafts.map((draft) => draft.language))).toEqual(new Set(['zh', 'en']));
    expect(new Set(drafts.map((draft) => draft.industry)).size).toBe(6);
    expect(new Set(drafts.map((draft) => draft.id)).size).toBe(drafts.length);
    for (const rule of coachRules) {
      for (const language of ['zh', 'en'] as const) {
        const labelled = drafts.filter((draft) => draft.language === language && draft.expect.includes(rule));
        expect({ rule, language, labelled: labelled.length > 0 }).toEqual({ rule, language, labelled: true });
      }
    }
    expect(drafts.filter((draft) => draft.expect.length === 0).length).toBeGreaterThanOrEqual(40);
  });

  it.each(['zh', 'en'] as const)('gets at least 90 percent of the %s drafts fully right', (language) => {
    const mine = outcomes.filter((outcome) => outcome.draft.language === language);
    const { right, total, accuracy } = accuracyOf(mine);
    const misses = mine.filter((outcome) => !outcome.right).map(describeMiss);
    console.info(
      `coach evaluation ${language}: ${right}/${total} fully right (${(accuracy * 100).toFixed(1)} %)` +
        (misses.length > 0 ? `; misses:\n  ${misses.join('\n  ')}` : ''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
