/**
 * Search tokens for Chinese and English text (STACK.md rule 2).
 *
 * Every run of Han characters becomes its overlapping character bigrams (a single
 * character stays itself), Latin words are lower-cased, numbers kept. The same function
 * builds the stored tokens and the query, so `phraseto_tsquery('simple', …)` over the
 * query's tokens finds any 2-character Chinese word, which ICU word breaking misses.
 */
// A letter or digit of any script but Han (Han runs are bigrammed separately).
const wordChar = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
const tokenPattern = new RegExp(
  String.raw`(\p{Script=Han}+)|(${wordChar}(?:(?:${wordChar}|[_'’.-])*${wordChar})?)`,
  'gu',
);

export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFKC').matchAll(tokenPattern)) {
    const han = match[1];
    if (han !== undefined) {
      const chars = Array.from(han);
      if (chars.length === 1) tokens.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
    } else if (match[2] !== undefined) {
      for (const part of match[2].toLowerCase().split(/[.'’-]+/)) if (part) tokens.push(part);
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
