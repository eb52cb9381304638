/**
 * Search tokens for Chinese and English text (STACK.md rule 2).
 *
 * Every run of Han characters is folded to simplified characters (延誤 → 延误) and becomes its
 * overlapping character bigrams (a single character stays itself); Latin words are
 * lower-cased and stemmed (delivered → deliver, english-stem.ts), numbers kept. The same
 * function builds the stored tokens and the query, so `phraseto_tsquery('simple', …)` over
 * the query's tokens finds any 2-character Chinese word, which ICU word breaking misses.
 * Changing the tokens changes what is stored: bump `searchTokensVersion`, which makes the
 * reindex job (jobs/search-reindex.ts) rewrite every stored row.
 */
import { traditionalToSimplified } from '../triage/traditional-chinese.js';
import { englishStem } from './english-stem.js';

/** The version of the rules below; version 1 had no folding and no stemming. */
export const searchTokensVersion = 2;

// A letter or digit of any script but Han (Han runs are bigrammed separately).
const wordChar = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
const tokenPattern = new RegExp(
  String.raw`(\p{Script=Han}+)|(${wordChar}(?:(?:${wordChar}|[_'’.-])*${wordChar})?)`,
  'gu',
);

/** The tokens of a text: folded Han bigrams and stemmed words. */
export function searchTokens(text: string): string[] {
  return tokensOf(text, true);
}

/**
 * The tokens of version 1 (no folding, no stemming): rows not yet rewritten by the reindex
 * job hold these, so queries ask for both forms until every database has been reindexed.
 */
export function legacySearchTokens(text: string): string[] {
  return tokensOf(text, false);
}

function tokensOf(text: string, normalise: boolean): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFKC').matchAll(tokenPattern)) {
    const han = match[1];
    if (han !== undefined) {
      const chars = Array.from(han);
      if (normalise) {
        for (let i = 0; i < chars.length; i++) chars[i] = traditionalToSimplified.get(chars[i]!) ?? chars[i]!;
      }
      if (chars.length === 1) tokens.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
    } else if (match[2] !== undefined) {
      for (const part of match[2].toLowerCase().split(/[.'’-]+/)) {
        if (part) tokens.push(normalise ? englishStem(part) : part);
      }
    }
  }
  return tokens;
}

/** The stored form: tokens joined by spaces, bounded so a huge text stays cheap to index. */
export function searchDocument(parts: readonly (string | null | undefined)[], maxTokens = 20_000): string {
  const tokens: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    for (const token of searchTokens(part)) {
      if (tokens.length >= maxTokens) return tokens.join(' ');
      tokens.push(token);
    }
  }
  return tokens.join(' ');
}

/** What a complaint's search document is built from (intake, step 2's corrections, reindex). */
export interface ComplaintSearchText {
  subject: string;
  description: string;
  expectation: string | null | undefined;
  customerName: string | null | undefined;
  orderRef: string | null | undefined;
  productRef: string | null | undefined;
}

export function complaintSearchDocument(c: ComplaintSearchText): string {
  return searchDocument([c.subject, c.description, c.expectation, c.customerName, c.orderRef, c.productRef]);
}
