/**
 * negating_but: a "但是 / but" that takes back the empathy or apology before it (seed S0
 * 黄金法则 1 "不说'但是'"). It needs empathy (or agreement) before the connective, in the
 * same sentence or, for a sentence that opens with it, the sentence before; and after it a
 * refusal or nothing the agent will do. "Sorry, but I have already sent a new one" keeps
 * the apology; "not only … but also", "anything but", "不但", "但愿" are no connectives.
 */
import { hasEmpathy, hasAction, hasRefusal } from '../cues.js';
import type { Sentence } from '../sentences.js';
import { firstMatch, type RuleHit, type RuleInput, type SentenceRule } from './sentence-rule.js';

const zhConnective =
  /(?<![不只])(?:但是|然而)|(?<=^|[,;:、]\s*)(?:可是|不过|只不过|只是|但(?!愿|凡|是))|话虽如此|尽管如此|即便如此|即使如此/g;
const enConnective =
  /(?<!\b(?:anything|nothing|all|everything|everyone|anyone|none|no one|last|help)\s+)\bbut\b(?!\s+(?:also|as well|rather|not least|for)\b)|(?<=^|[,;:]\s*)(?:however|that said|having said that|nevertheless|nonetheless|even so|still)\b(?=\s*,)|\bhowever\b(?=\s*[,.;])|(?<=^|[,;:]\s*)however\b(?!\s+(?:much|many|long|often|you|small|big|late)\b)/g;
/** "Although I understand …, the policy …": the concession carries the empathy. */
const zhConcession = /(?<=^|[,;:]\s*)(?:虽然|虽说|尽管)/g;
const enConcession = /(?<=^|[,;:]\s*)(?:although|though|even though|while|whilst)\b/g;
const leadingPunctuation = /^[\s,;:.。!?]+/;
const trailingPunctuation = /[\s,，;；:：、]+$/u;

function takesBack(after: string, input: RuleInput): boolean {
  const language = input.sentence.language;
  const rest = after.replace(leadingPunctuation, '');
  const judged = rest.length > 0 ? rest : (input.next?.text ?? '');
  return hasRefusal(judged, language) || !hasAction(judged, language);
}

function rewrite(input: RuleInput, connectiveAt: number): string {
  const before = input.draft.slice(input.sentence.start, connectiveAt).replace(trailingPunctuation, '');
  if (input.sentence.language === 'zh') {
    return `${before}${before.length > 0 ? '，' : ''}同时我现在就可以为您……`;
  }
  return before.length > 0
    ? `${before}, and here is what I can do for you right now: …`
    : 'And here is what I can do for you right now: …';
}

function hit(input: RuleInput, index: number, length: number): RuleHit {
  const start = input.sentence.start + index;
  return { start, end: start + length, rewrite: rewrite(input, start) };
}

function connectiveHit(input: RuleInput): RuleHit | null {
  const { sentence, previous } = input;
  const text = sentence.text;
  const language = sentence.language;
  const match = firstMatch(language === 'zh' ? zhConnective : enConnective, text, (m) => {
    const before = text.slice(0, m.index);
    const opensSentence = before.trim().length === 0;
    const empathyBefore = opensSentence
      ? previous !== undefined && hasEmpathy(previous.text, previous.language)
      : hasEmpathy(before, language);
    return empathyBefore && takesBack(text.slice(m.index + m[0].length), input);
  });
  return match === null ? null : hit(input, match.index, match[0].length);
}

function concessionHit(input: RuleInput, sentence: Sentence): RuleHit | null {
  const text = sentence.text;
  const language = sentence.language;
  const match = firstMatch(language === 'zh' ? zhConcession : enConcession, text, (m) => {
    const clauseEnd = sentence.clauseStarts.find((at) => at > m.index);
    if (clauseEnd === undefined) return false;
    const concession = text.slice(m.index, clauseEnd);
    return hasEmpathy(concession, language) && takesBack(text.slice(clauseEnd), input);
  });
  return match === null ? null : hit(input, match.index, match[0].length);
}

export const negatingBut: SentenceRule = {
  rule: 'negating_but',
  check(input) {
    return connectiveHit(input) ?? concessionHit(input, input.sentence);
  },
};
