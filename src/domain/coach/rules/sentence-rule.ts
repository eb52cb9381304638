/**
 * The shape of a rule that reads one sentence at a time, and the one matching helper the
 * rules share. A rule answers at most one hit per sentence: the words a coach would point at.
 */
import type { CoachRule } from '../finding.js';
import type { Sentence } from '../sentences.js';

export interface RuleInput {
  /** The draft as written: rewrites quote it, not the folded text. */
  draft: string;
  sentence: Sentence;
  previous: Sentence | undefined;
  next: Sentence | undefined;
}

export interface RuleHit {
  /** Offsets in the draft. */
  start: number;
  end: number;
  /** A rewrite of the offending sentence, in the draft's language, when the rule can make one. */
  rewrite?: string;
}

export interface SentenceRule {
  rule: CoachRule;
  check(input: RuleInput): RuleHit | null;
}

/**
 * The first match of a global pattern in `text` that `accept` takes. Patterns are compiled
 * once per module; `lastIndex` is reset here, so sharing them between calls is safe.
 */
export function firstMatch(
  pattern: RegExp,
  text: string,
  accept?: (match: RegExpExecArray) => boolean,
): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (accept === undefined || accept(match)) {
      pattern.lastIndex = 0;
      return match;
    }
  }
  return null;
}

/** A hit for `match` inside `sentence`, in draft offsets. */
export function hitAt(sentence: Sentence, match: RegExpExecArray): RuleHit {
  return { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
}

/** The text of the clause before `at` (relative to the sentence): what leads up to a word. */
export function clausePrefix(sentence: Sentence, at: number): string {
  let clauseStart = 0;
  for (const boundary of sentence.clauseStarts) {
    if (boundary <= at) clauseStart = boundary;
    else break;
  }
  return sentence.text.slice(clauseStart, at);
}
