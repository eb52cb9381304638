/**
 * The full-text query of every search (complaints, the case library): each whitespace-separated
 * term must match, each as a phrase of its search tokens (folded CJK bigrams and stemmed words,
 * the same tokens the stored `search_tokens` are built from), against a generated
 * tsvector('simple'). While the reindex job has not rewritten every row
 * (search-reindex-repository.ts `mayHoldOlderTokens`), a term whose version-1 tokens differ
 * also matches them, so 延誤 still finds the rows stored with 延誤. Only then: PostgreSQL
 * estimates such an OR twice as common and may scan the date index instead of the search index.
 */
import { sql, type SQL } from 'drizzle-orm';
import { legacySearchTokens, searchTokens } from '../domain/search/search-tokens.js';

/** At most this many terms: a longer query is a paste, not a search. */
const maxTerms = 8;

export function textQuery(q: string, withOlderTokens = false): SQL | null {
  const terms = q
    .split(/\s+/)
    .map((term) => ({ now: searchTokens(term).join(' '), before: legacySearchTokens(term).join(' ') }))
    .filter((t) => t.now)
    .slice(0, maxTerms);
  if (terms.length === 0) return null;
  return sql`(${sql.join(
    terms.map((t) =>
      !withOlderTokens || t.before === t.now
        ? sql`phraseto_tsquery('simple', ${t.now})`
        : sql`(phraseto_tsquery('simple', ${t.now}) || phraseto_tsquery('simple', ${t.before}))`,
    ),
    sql` && `,
  )})`;
}
