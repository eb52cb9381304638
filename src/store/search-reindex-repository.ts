/**
 * Rewrites the stored search tokens of complaints and library cases with the current rules
 * (domain/search/search-tokens.ts), one keyset batch on the primary key at a time. Rows whose
 * tokens are already current are left untouched, so running it again costs reads only.
 */
import { sql } from 'drizzle-orm';
import { caseSearchText, type LibraryCaseBody } from '../domain/learning/library-case.js';
import {
  complaintSearchDocument,
  searchDocument,
  searchTokensVersion,
} from '../domain/search/search-tokens.js';
import { queryRows, type Executor } from './database.js';

export interface ReindexBatch {
  /** The last id read: the next batch starts after it; null when none was read. */
  lastId: string | null;
  read: number;
  rewritten: number;
}

type ComplaintText = {
  id: string;
  subject: string;
  description: string;
  expectation: string | null;
  customer_name: string;
  order_ref: string | null;
  product_ref: string | null;
  search_tokens: string;
};

export async function reindexComplaints(
  db: Executor,
  afterId: string | null,
  size: number,
): Promise<ReindexBatch> {
  const rows = await queryRows<ComplaintText>(
    db,
    sql`SELECT id, subject, description, expectation, customer_name, order_ref, product_ref, search_tokens
        FROM complaints ${afterId ? sql`WHERE id > ${afterId}::uuid` : sql``} ORDER BY id LIMIT ${size}`,
  );
  const changed = rows.flatMap((r) => {
    const tokens = complaintSearchDocument({
      subject: r.subject,
      description: r.description,
      expectation: r.expectation,
      customerName: r.customer_name,
      orderRef: r.order_ref,
      productRef: r.product_ref,
    });
    return tokens === r.search_tokens ? [] : [{ id: r.id, tokens }];
  });
  return writeChangedTokens(db, 'complaints', rows, changed);
}

type CaseText = {
  id: string;
  title: string;
  body: LibraryCaseBody | string;
  tags: string[];
  search_tokens: string;
};

export async function reindexCases(
  db: Executor,
  afterId: string | null,
  size: number,
): Promise<ReindexBatch> {
  const rows = await queryRows<CaseText>(
    db,
    sql`SELECT id, title, body, tags, search_tokens
        FROM case_library ${afterId ? sql`WHERE id > ${afterId}::uuid` : sql``} ORDER BY id LIMIT ${size}`,
  );
  const changed = rows.flatMap((r) => {
    // written only from LibraryCaseBody; a driver may answer jsonb as text
    const body = (typeof r.body === 'string' ? JSON.parse(r.body) : r.body) as LibraryCaseBody;
    const tokens = searchDocument(caseSearchText(r.title, body, r.tags));
    return tokens === r.search_tokens ? [] : [{ id: r.id, tokens }];
  });
  return writeChangedTokens(db, 'case_library', rows, changed);
}

/** Stores the tokens that changed in one batch of `table` and says how far the batch got. */
async function writeChangedTokens(
  db: Executor,
  table: 'complaints' | 'case_library',
  rows: readonly { id: string }[],
  changed: readonly { id: string; tokens: string }[],
): Promise<ReindexBatch> {
  if (changed.length) {
    await db.execute(sql`UPDATE ${sql.identifier(table)} SET search_tokens = v.tokens
      FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) AS v(id uuid, tokens text)
      WHERE ${sql.identifier(table)}.id = v.id`);
  }
  return { lastId: rows.at(-1)?.id ?? null, read: rows.length, rewritten: changed.length };
}

const recheckMs = 10_000;
let finished = false;
let checkedAt = Number.NEGATIVE_INFINITY;

/**
 * Whether some rows may still hold tokens of an older version: until this version's reindex
 * (jobs/search-reindex.ts) has a done start run and no run left pending, running or dead.
 * Asked at most every 10 s per process; once finished, never again.
 */
export async function mayHoldOlderTokens(db: Executor): Promise<boolean> {
  if (finished || performance.now() - checkedAt < recheckMs) return !finished;
  const [row] = await queryRows<{ started: number; open: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE id = ${`search.reindex:v${searchTokensVersion}`} AND status = 'done')::int AS started,
          count(*) FILTER (WHERE status <> 'done')::int AS open
        FROM jobs WHERE kind = 'search.reindex' AND payload->>'version' = ${String(searchTokensVersion)}`,
  );
  finished = (row?.started ?? 0) > 0 && row?.open === 0;
  checkedAt = performance.now();
  return !finished;
}
