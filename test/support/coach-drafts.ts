/**
 * The reply coach's evaluation set (test/fixtures/coach-drafts.jsonl) and how it is scored:
 * a draft is fully right when every expected rule is found and no forbidden rule is. Used
 * by src/domain/coach/evaluation.test.ts and bench/coach.bench.ts.
 *
 * `set` tells how a draft was used: `dev` drafts were written first and the rules were
 * tuned on them; `holdout` and `holdout2` were written later and first scored untouched
 * (bench/README.md records those first scores).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { coachRules, type CoachFinding, type CoachRule } from '../../src/domain/coach/index.js';

export const coachDraftsPath = fileURLToPath(new URL('../fixtures/coach-drafts.jsonl', import.meta.url));
export const replyCoachDocPath = fileURLToPath(new URL('../../docs/reply-coach.md', import.meta.url));

export const CoachDraft = z.object({
  id: z.string(),
  language: z.enum(['zh', 'en']),
  industry: z.enum(['restaurant', 'hotel', 'ecommerce', 'logistics', 'bank', 'airline']),
  text: z.string().min(1),
  expect: z.array(z.enum(coachRules)),
  forbid: z.array(z.enum(coachRules)),
  set: z.enum(['dev', 'holdout', 'holdout2']),
  note: z.string().optional(),
});
export type CoachDraft = z.infer<typeof CoachDraft>;

export function loadCoachDrafts(path = coachDraftsPath): CoachDraft[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const parsed = CoachDraft.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`coach-drafts.jsonl line ${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export interface DraftOutcome {
  draft: CoachDraft;
  found: CoachRule[];
  /** Expected rules the coach did not find. */
  missed: CoachRule[];
  /** Forbidden rules the coach found. */
  unwanted: CoachRule[];
  right: boolean;
}

export function scoreDraft(draft: CoachDraft, findings: readonly CoachFinding[]): DraftOutcome {
  const found = [...new Set(findings.map((finding) => finding.rule))];
  const missed = draft.expect.filter((rule) => !found.includes(rule));
  const unwanted = draft.forbid.filter((rule) => found.includes(rule));
  return { draft, found, missed, unwanted, right: missed.length === 0 && unwanted.length === 0 };
}

export interface Accuracy {
  right: number;
  total: number;
  /** right / total, 0 when there are no drafts. */
  accuracy: number;
}

export function accuracyOf(outcomes: readonly DraftOutcome[]): Accuracy {
  const right = outcomes.filter((outcome) => outcome.right).length;
  return { right, total: outcomes.length, accuracy: outcomes.length === 0 ? 0 : right / outcomes.length };
}

/** One line per draft the coach got wrong, for test and bench output. */
export function describeMiss(outcome: DraftOutcome): string {
  const parts = [
    outcome.missed.length > 0 ? `missed ${outcome.missed.join(', ')}` : '',
    outcome.unwanted.length > 0 ? `unwanted ${outcome.unwanted.join(', ')}` : '',
  ].filter(Boolean);
  return `${outcome.draft.id} (${outcome.draft.set}): ${parts.join('; ')} — ${outcome.draft.text}`;
}

export function readReplyCoachDoc(): string {
  return readFileSync(replyCoachDocPath, 'utf8');
}
