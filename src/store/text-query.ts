/**
 * The full-text query of every search (complaints, the case library): each whitespace-separated
 * term must match, each as a phrase of its search tokens (CJK bigrams and words, the same
 * tokens the stored `search_tokens` were built from), against a generated tsvector('simple').
 */
import { sql, type SQL } from 'drizzle-orm';
import { searchTokens } from '../domain/search/search-tokens.js';

/** At most this many terms: a longer query is a paste, not a search. */
const maxTerms = 8;

export function textQuery(q: string): SQL | null {
  const terms = q
    .split(/\s+/)
    .map((term) => searchTokens(term).join(' '))
    .filter(Boolean)
    .slice(0, maxTerms);
  if (terms.length === 0) return null;
  return sql`(${sql.join(
    terms.map((t) => sql`phraseto_tsquery('simple', ${t})`),
    sql` && `,
  )})`;
}
