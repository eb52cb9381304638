/**
 * Splits a folded draft into sentences and clauses, and tells each sentence's language.
 *
 * Rules judge whole sentences, not single words: whether a "但是" takes back an apology,
 * whether a "为什么" is asked of the customer, whether a promise has a time, all depend on
 * the rest of the sentence. Sentences end at 。!?… and line breaks, and at "." before a
 * space or the end (not in "6.30", "e.g." or "p.m."); clauses end at , ; : 、 and dashes.
 */
import type { DraftLanguage } from './finding.js';

export interface Sentence {
  /** Offset of the sentence's first character in the draft. */
  start: number;
  /** Offset after its last character (terminators and closing quotes included). */
  end: number;
  /** The folded text of draft[start, end). */
  text: string;
  language: DraftLanguage;
  /** Where each clause starts, relative to `start`; the first is 0. */
  clauseStarts: number[];
  /** Han characters count three, Latin letters one: how much the sentence says. */
  weight: number;
}

export interface DraftOutline {
  sentences: Sentence[];
  /** The language with more weight over the whole draft (English when there is none). */
  language: DraftLanguage;
  weight: number;
}

const hanWeight = 3;

/** Words before a "." that do not end a sentence. */
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'no',
  'approx',
  'dept',
  'inc',
  'ltd',
  'co',
]);

function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

function isLatin(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isClosing(code: number): boolean {
  // " ' ) ] 」 』 】 》 〉
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x300d ||
    code === 0x300f ||
    code === 0x3011 ||
    code === 0x300b ||
    code === 0x3009
  );
}

function isTerminator(code: number): boolean {
  // 。 ! ? … line breaks ｡
  return (
    code === 0x3002 || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x0a || code === 0xff61
  );
}

function isClauseBreak(code: number): boolean {
  // , ; : 、 — –
  return (
    code === 0x2c || code === 0x3b || code === 0x3a || code === 0x3001 || code === 0x2014 || code === 0x2013
  );
}

/** Whether the "." at `index` ends a sentence. */
function isFullStop(text: string, index: number): boolean {
  const next = index + 1 < text.length ? text.charCodeAt(index + 1) : -1;
  if (next !== -1 && !isSpace(next) && !isHan(next) && !isClosing(next) && next !== 0x2e) return false;
  let wordStart = index;
  while (wordStart > 0) {
    const code = text.charCodeAt(wordStart - 1);
    if (isLatin(code) || code === 0x2e) wordStart--;
    else break;
  }
  return wordStart === index || !abbreviations.has(text.slice(wordStart, index));
}

/** Sentences, clauses and languages of a folded draft. */
export function outlineDraft(folded: string): DraftOutline {
  const sentences: Sentence[] = [];
  let totalHan = 0;
  let totalLatin = 0;
  let start = 0;
  while (start < folded.length) {
    // Skip spaces between sentences.
    while (start < folded.length && isSpace(folded.charCodeAt(start))) start++;
    if (start >= folded.length) break;
    let index = start;
    let han = 0;
    let latin = 0;
    const clauseStarts = [0];
    let end = folded.length;
    while (index < folded.length) {
      const code = folded.charCodeAt(index);
      if (isHan(code)) han++;
      else if (isLatin(code)) latin++;
      else if (code >= 0xd840 && code <= 0xd87f) {
        // High surrogate of CJK extensions B to F: the pair is one Han character.
        han++;
        index++;
      } else if (isTerminator(code) || (code === 0x2e && isFullStop(folded, index))) {
        index++;
        while (index < folded.length) {
          const after = folded.charCodeAt(index);
          if (isTerminator(after) || after === 0x2e || isClosing(after)) index++;
          else break;
        }
        end = index;
        break;
      } else if (isClauseBreak(code)) {
        let next = index + 1;
        while (next < folded.length && isSpace(folded.charCodeAt(next))) next++;
        if (next - start > clauseStarts[clauseStarts.length - 1]!) clauseStarts.push(next - start);
      }
      index++;
    }
    const next = end;
    // Trailing spaces do not belong to the sentence.
    while (end > start && isSpace(folded.charCodeAt(end - 1))) end--;
    if (end > start) {
      totalHan += han;
      totalLatin += latin;
      const weight = han * hanWeight + latin;
      const length = end - start;
      sentences.push({
        start,
        end,
        text: folded.slice(start, end),
        language: han * hanWeight >= latin ? 'zh' : 'en',
        clauseStarts: clauseStarts.filter((at) => at < length),
        weight,
      });
    }
    start = next;
  }
  const weight = totalHan * hanWeight + totalLatin;
  const language: DraftLanguage = totalHan * hanWeight > totalLatin ? 'zh' : 'en';
  for (const sentence of sentences) {
    if (sentence.weight === 0) sentence.language = language;
  }
  return { sentences, language, weight };
}

/** The clause of `sentence` that holds the relative offset `at`: [start, end) relative to the sentence. */
export function clauseAround(sentence: Sentence, at: number): [number, number] {
  let clauseStart = 0;
  let clauseEnd = sentence.text.length;
  for (const boundary of sentence.clauseStarts) {
    if (boundary <= at) clauseStart = boundary;
    else {
      clauseEnd = boundary;
      break;
    }
  }
  return [clauseStart, clauseEnd];
}
