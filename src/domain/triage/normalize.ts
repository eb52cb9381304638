/**
 * Prepares a complaint text for cue matching: reads at most the first 4,000 characters,
 * blanks what carries no meaning but could trigger cues (HTML, URLs, e-mail addresses,
 * phone numbers, order codes: "13153151234" must not read as "315"), folds traditional
 * Chinese and full-width characters, and lower-cases English.
 *
 * Offsets in the normalised text map back to the original (`quoteSource`), so an
 * explanation quotes the customer's own words.
 */
import { traditionalToSimplified } from './traditional-chinese.js';

/** The most characters triage reads of one text. */
export const maxTriageChars = 4_000;

interface Piece {
  /** Where the piece starts in the normalised text. */
  at: number;
  /** Its length in the normalised text. */
  length: number;
  /** Where it comes from in the source. */
  from: number;
  sourceLength: number;
  /** True when copied character for character (so offsets inside it map one to one). */
  verbatim: boolean;
}

export interface NormalizedText {
  /** What cues are matched against: noise blanked, folded, lower case. */
  text: string;
  /** `text` before lower-casing (same length), to see ALL CAPS. */
  cased: string;
  /** The bounded original text that explanations quote. */
  source: string;
  /** True when the original was longer than the bound and only its start was read. */
  truncated: boolean;
  pieces: readonly Piece[];
}

const amountFollows = String.raw`(?!\s?(?:元|块|万|千|美元|美金|欧元|英镑|港币|港元|人民币|rmb|yuan|usd|cny|eur|gbp|hkd|dollars?|bucks))`;

const noisePattern = new RegExp(
  [
    String.raw`(?<hidden><!--[\s\S]*?-->|<(?<raw>script|style)\b[\s\S]*?<\/\k<raw>\s*>)`,
    String.raw`(?<tag><\/?(?<tagName>[a-z][a-z0-9]*)\b[^<>]{0,1000}>)`,
    String.raw`(?<entity>&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,7});)`,
    String.raw`(?<url>(?:https?:\/\/|www\.)[\x21\x23-\x26\x28-\x3b\x3d\x3f-\x7e]*[a-z0-9\/=#_-])`,
    String.raw`(?<email>[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)`,
    String.raw`(?<phone>(?<![\w¥$€£.,])\+?\(?\d[\d ()-]{6,18}\d(?!\w)${amountFollows})`,
    String.raw`(?<code>(?<!\w)(?=[a-z0-9-]*\d(?:[a-z-]*\d){3})[a-z0-9][a-z0-9-]{7,}(?!\w)${amountFollows})`,
  ].join('|'),
  'gi',
);

/** Tags that sit inside a word or sentence: removed without leaving a space ("食物<b>中毒</b>"). */
const inlineTags = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'code',
  'em',
  'font',
  'i',
  'label',
  'mark',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'u',
]);

const namedEntities: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  hellip: '…',
  mdash: '—',
  ndash: '–',
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  yen: '¥',
  euro: '€',
  pound: '£',
};

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1).toLowerCase();
  if (body.startsWith('#')) {
    const codePoint = body.startsWith('#x') ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)
      ? String.fromCodePoint(codePoint)
      : ' ';
  }
  return namedEntities[body] ?? ' ';
}

function replacementFor(groups: Record<string, string | undefined>, matched: string): string {
  if (groups['entity'] !== undefined) {
    return decodeEntity(matched);
  }
  const tagName = groups['tagName'];
  if (tagName !== undefined && inlineTags.has(tagName.toLowerCase())) {
    return '';
  }
  return ' ';
}

const fullWidthOffset = 0xfee0;
const characterFolds = new Map<string, string>([
  ...traditionalToSimplified,
  ['\u3000', ' '],
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\uffe5', '¥'],
  // İ lower-cases to two UTF-16 units; folding it first keeps offsets aligned.
  ['\u0130', 'I'],
]);
const foldPattern = new RegExp(`[\\uff01-\\uff5e${[...characterFolds.keys()].join('')}]`, 'g');

function foldCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) {
    return String.fromCharCode(code - fullWidthOffset);
  }
  return characterFolds.get(character) ?? character;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Normalises a complaint text for triage. Reads at most `maxChars` characters of it. */
export function normalizeText(raw: string, maxChars: number = maxTriageChars): NormalizedText {
  let source = raw;
  let truncated = false;
  if (raw.length > maxChars) {
    const cut = isHighSurrogate(raw.charCodeAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    source = raw.slice(0, cut);
    truncated = true;
  }
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let at = 0;
  let copiedUntil = 0;
  const copy = (until: number): void => {
    if (until > copiedUntil) {
      const length = until - copiedUntil;
      parts.push(source.slice(copiedUntil, until));
      pieces.push({ at, length, from: copiedUntil, sourceLength: length, verbatim: true });
      at += length;
    }
  };
  for (const match of source.matchAll(noisePattern)) {
    copy(match.index);
    const replacement = replacementFor(match.groups ?? {}, match[0]);
    if (replacement.length > 0) {
      parts.push(replacement);
      pieces.push({
        at,
        length: replacement.length,
        from: match.index,
        sourceLength: match[0].length,
        verbatim: false,
      });
      at += replacement.length;
    }
    copiedUntil = match.index + match[0].length;
  }
  copy(source.length);
  const cased = parts.join('').replace(foldPattern, foldCharacter);
  return { text: cased.toLowerCase(), cased, source, truncated, pieces };
}

function pieceAt(normalized: NormalizedText, offset: number): Piece | undefined {
  let found: Piece | undefined;
  for (const piece of normalized.pieces) {
    if (piece.at > offset) {
      break;
    }
    found = piece;
  }
  return found;
}

/** The original words behind `text.slice(start, end)`, as the customer wrote them. */
export function quoteSource(normalized: NormalizedText, start: number, end: number): string {
  const first = pieceAt(normalized, start);
  const last = pieceAt(normalized, Math.max(start, end - 1));
  if (first === undefined || last === undefined) {
    return normalized.text.slice(start, end);
  }
  const sourceStart = first.verbatim ? first.from + (start - first.at) : first.from;
  const sourceEnd = last.verbatim ? last.from + (end - last.at) : last.from + last.sourceLength;
  return normalized.source.slice(sourceStart, sourceEnd).trim();
}
