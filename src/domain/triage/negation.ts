/**
 * Decides whether a cue is negated by the words right before it: "不是很满意", "不太满意",
 * "没有问题", "not happy", "not bad", "wasn't a problem".
 *
 * Only a negator followed by nothing but degree words ("很", "太", "very", "at all") negates:
 * "can't believe how rude" keeps its "rude". The word lists live in lexicons.ts.
 */
import { negators } from './lexicons.js';

const lookBehindChars = 40;

function escapeForRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: readonly string[]): string {
  // Longest first, so "不是" is tried before "不".
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeForRegExp)
    .join('|');
}

/** "别" negates unless it ends a word ("特别好", "分别是"): the character before it decides. */
const chineseNegators = alternation(negators.zh).replace(
  /(^|\|)别(?=\||$)/,
  `$1(?<![${negators.zhWordsEndingInBie}])别`,
);
const chineseNegation = new RegExp(`(?:${chineseNegators})(?:${alternation(negators.zhDegree)}){0,2}$`);

// Whole words need a word boundary before them; "n't" sits inside one ("don't").
const englishNegators = negators.en.map((word) =>
  /^[a-z]+$/.test(word) ? `\\b${escapeForRegExp(word)}` : escapeForRegExp(word),
);
const englishNegation = new RegExp(
  `(?:${englishNegators.join('|')})(?:\\s+(?:${alternation(negators.enDegree)}))*\\s+$`,
);

function isHanCharCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * The length of the negation that ends where the cue starts (so the explanation can show
 * "不太满意" rather than "满意"), or 0 when the cue is not negated. `text` is normalised.
 */
export function negationBefore(text: string, cueStart: number): number {
  if (cueStart === 0) {
    return 0;
  }
  const before = text.slice(Math.max(0, cueStart - lookBehindChars), cueStart);
  const pattern = isHanCharCode(text.charCodeAt(cueStart)) ? chineseNegation : englishNegation;
  const match = pattern.exec(before);
  return match === null ? 0 : match[0].length;
}
