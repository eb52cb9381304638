/**
 * What the reply coach reports (CONTRACT.md §9): the closed list of rules and one finding.
 *
 * Rule keys are part of the contract: the web app and integrations rely on them. Adding a
 * rule means adding it to CONTRACT.md §9, the catalogue (catalogue.ts, docs/reply-coach.md)
 * and the messages in the same change.
 */
export const coachRules = [
  'negating_but',
  'blame_shifting',
  'why_question',
  'over_promise',
  'vague_promise',
  'minimizing',
  'arguing',
  'blaming_customer',
  'repeated_apology',
  'missing_empathy',
  'missing_action',
  'missing_timeframe',
] as const;
export type CoachRule = (typeof coachRules)[number];

/** The rules about something a full reply lacks; their findings sit at 0..0. */
export const missingRules = ['missing_empathy', 'missing_action', 'missing_timeframe'] as const;

export const coachLocales = ['zh-CN', 'en-US'] as const;
export type CoachLocale = (typeof coachLocales)[number];

/** The language a draft (or one sentence of it) is written in; it decides which rules read it. */
export type DraftLanguage = 'zh' | 'en';

export interface CoachFinding {
  rule: CoachRule;
  /** UTF-16 offset of the first offending character; 0 for a missing_* finding. */
  start: number;
  /** UTF-16 offset after the last offending character; 0 for a missing_* finding. */
  end: number;
  /** Why this hurts the reply, in the requested locale. */
  message: string;
  /** What to write instead, in the requested locale, quoting a rewrite in the draft's language. */
  suggestion?: string;
}
