/**
 * Reviews an agent's reply draft before it is sent (PRODUCT.md R12, CONTRACT.md §9): the
 * taboos of the seed documents, found sentence by sentence with the offending words, and,
 * for a draft long enough to be a whole reply, what a good reply has and this one lacks.
 *
 * Suggestions, never blocks: the coach answers findings and the agent decides. Each rule
 * reads the sentence in that sentence's own language (a Chinese draft reviewed in an
 * English UI still gets the Chinese rules); messages follow the reviewer's locale.
 * Deterministic: the same draft always gets the same findings, in text order.
 */
import { hasEmpathy, hasAction, hasTimeframe } from './cues.js';
import {
  coachRules,
  type CoachFinding,
  type CoachLocale,
  type CoachRule,
  type DraftLanguage,
} from './finding.js';
import { foldDraft } from './fold.js';
import { ruleWords, suggestionFor } from './messages.js';
import { arguing } from './rules/arguing.js';
import { blameShifting } from './rules/blame-shifting.js';
import { blamingCustomer } from './rules/blaming-customer.js';
import { minimizing } from './rules/minimizing.js';
import { negatingBut } from './rules/negating-but.js';
import { overPromise } from './rules/over-promise.js';
import { repeatedApology } from './rules/repeated-apology.js';
import type { RuleHit, SentenceRule } from './rules/sentence-rule.js';
import { vaguePromise } from './rules/vague-promise.js';
import { whyQuestion } from './rules/why-question.js';
import { outlineDraft, type DraftOutline, type Sentence } from './sentences.js';

const sentenceRules: readonly SentenceRule[] = [
  negatingBut,
  blameShifting,
  whyQuestion,
  overPromise,
  vaguePromise,
  minimizing,
  arguing,
  blamingCustomer,
];

/**
 * A draft is a whole reply, and can lack empathy, an action or a time, from two sentences
 * that say something (greetings and sign-offs do not count) and about 14 Chinese characters
 * or 40 English letters. A shorter draft is a fragment the agent is still writing, or one
 * line to check: its taboos are found, its gaps are not.
 */
export const fullReplyMinimumWeight = 40;
const substantiveSentenceWeight = 9;
const greeting =
  /^(?:您好|你好|亲爱的[^,.。!?]{0,12}|亲|尊敬的[^,.。!?]{0,12}|hi|hello|hey|dear\b[^,.!?]{0,30}|good (?:morning|afternoon|evening)|谢谢|感谢|多谢|thanks?(?: you)?(?: again)?|best(?: regards| wishes)?|(?:kind |warm )?regards|祝您[^。!]{0,10}|sincerely)[\s,.;:!?。~…]*$/;

function isSubstantive(sentence: Sentence): boolean {
  return sentence.weight >= substantiveSentenceWeight && !greeting.test(sentence.text);
}

/** Whether the draft is long enough to be judged on what it lacks. */
export function isFullReply(outline: DraftOutline): boolean {
  if (outline.weight < fullReplyMinimumWeight) return false;
  let substantive = 0;
  for (const sentence of outline.sentences) {
    if (isSubstantive(sentence) && ++substantive >= 2) return true;
  }
  return false;
}

interface RawFinding extends RuleHit {
  rule: CoachRule;
  language: DraftLanguage;
}

const ruleOrder = new Map<CoachRule, number>(coachRules.map((rule, index) => [rule, index]));

function missingFindings(outline: DraftOutline): RawFinding[] {
  if (!isFullReply(outline)) return [];
  let empathy = false;
  let action = false;
  let timeframe = false;
  for (const { text, language } of outline.sentences) {
    empathy ||= hasEmpathy(text, language);
    action ||= hasAction(text, language);
    timeframe ||= hasTimeframe(text, language);
  }
  const missing: RawFinding[] = [];
  const at = { start: 0, end: 0, language: outline.language };
  if (!empathy) missing.push({ rule: 'missing_empathy', ...at });
  if (!action) missing.push({ rule: 'missing_action', ...at });
  if (!timeframe) missing.push({ rule: 'missing_timeframe', ...at });
  return missing;
}

/**
 * The findings for a reply draft: taboos in text order, then what the reply lacks.
 * `locale` chooses the language of messages; without it, the draft's own language.
 */
export function reviewReply(text: string, locale?: CoachLocale): CoachFinding[] {
  const folded = foldDraft(text);
  const outline = outlineDraft(folded);
  const messageLocale: CoachLocale = locale ?? (outline.language === 'zh' ? 'zh-CN' : 'en-US');
  const found: RawFinding[] = [];
  const { sentences } = outline;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const input = { draft: text, sentence, previous: sentences[index - 1], next: sentences[index + 1] };
    for (const rule of sentenceRules) {
      const hit = rule.check(input);
      if (hit !== null) found.push({ rule: rule.rule, language: sentence.language, ...hit });
    }
  }
  const apology = repeatedApology(sentences, folded);
  if (apology !== null) found.push({ rule: 'repeated_apology', language: outline.language, ...apology });
  found.sort((a, b) => a.start - b.start || a.end - b.end || ruleOrder.get(a.rule)! - ruleOrder.get(b.rule)!);
  found.push(...missingFindings(outline));
  return found.map(({ rule, start, end, language, rewrite }) => ({
    rule,
    start,
    end,
    message: ruleWords[rule].message[messageLocale],
    suggestion: suggestionFor(rule, messageLocale, language, rewrite),
  }));
}
