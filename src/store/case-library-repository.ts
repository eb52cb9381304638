/**
 * The case library in the database: anonymised cases, searched with the same CJK tokens
 * and `tsvector('simple')` as complaints, newest first.
 */
import { textQuery } from './text-query.js';
import { mayHoldOlderTokens } from './search-reindex-repository.js';
import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import type { LibraryCaseBody } from '../domain/learning/library-case.js';
import { searchDocument } from '../domain/search/search-tokens.js';
import type { Category, Severity } from '../domain/vocabulary.js';
import type { Executor } from './database.js';
import { caseLibrary } from './schema.js';

export interface StoredCase {
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  tags: string[];
  body: LibraryCaseBody;
  createdById: string;
  createdAt: Date;
}

type Row = typeof caseLibrary.$inferSelect;

const toCase = (r: Pick<Row, keyof StoredCase>): StoredCase => ({
  id: r.id,
  title: r.title,
  category: r.category as Category, // the column only holds category keys
  severity: r.severity as Severity, // the column only holds severity keys
  tags: r.tags,
  body: r.body as LibraryCaseBody, // written only from LibraryCaseBody
  createdById: r.createdById,
  createdAt: r.createdAt,
});

const columns = {
  id: caseLibrary.id,
  title: caseLibrary.title,
  category: caseLibrary.category,
  severity: caseLibrary.severity,
  tags: caseLibrary.tags,
  body: caseLibrary.body,
  createdById: caseLibrary.createdById,
  createdAt: caseLibrary.createdAt,
};

/** Stores a case; null when the complaint already has one in the library. */
export async function insertCase(
  db: Executor,
  entry: StoredCase & { complaintId: string; searchText: string[] },
): Promise<StoredCase | null> {
  const [row] = await db
    .insert(caseLibrary)
    .values({
      id: entry.id,
      complaintId: entry.complaintId,
      title: entry.title,
      body: entry.body,
      category: entry.category,
      severity: entry.severity,
      tags: entry.tags,
      searchTokens: searchDocument(entry.searchText),
      createdById: entry.createdById,
      createdAt: entry.createdAt,
    })
    .onConflictDoNothing({ target: caseLibrary.complaintId })
    .returning(columns);
  return row ? toCase(row) : null;
}

export async function findCase(db: Executor, id: string): Promise<StoredCase | null> {
  const [row] = await db.select(columns).from(caseLibrary).where(eq(caseLibrary.id, id)).limit(1);
  return row ? toCase(row) : null;
}

export async function hasCaseForComplaint(db: Executor, complaintId: string): Promise<boolean> {
  const rows = await db
    .select({ id: caseLibrary.id })
    .from(caseLibrary)
    .where(eq(caseLibrary.complaintId, complaintId))
    .limit(1);
  return rows.length > 0;
}

export interface CasePosition {
  createdAt: Date;
  id: string;
}

export async function listCases(
  db: Executor,
  filter: {
    q?: string | undefined;
    category?: Category | undefined;
    severity?: Severity | undefined;
    tag?: string | undefined;
  },
  page: { limit: number; after?: CasePosition | undefined },
): Promise<{ items: StoredCase[]; next: CasePosition | null }> {
  const t = caseLibrary;
  const where: SQL[] = [];
  if (filter.q) {
    const match = textQuery(filter.q, await mayHoldOlderTokens(db));
    if (!match) return { items: [], next: null };
    where.push(sql`${t.search} @@ ${match}`);
  }
  if (filter.category) where.push(eq(t.category, filter.category));
  if (filter.severity) where.push(eq(t.severity, filter.severity));
  if (filter.tag) where.push(sql`lower(${filter.tag}) = ANY (SELECT lower(x) FROM unnest(${t.tags}) AS x)`);
  if (page.after) {
    const { createdAt, id } = page.after;
    where.push(or(lt(t.createdAt, createdAt), and(eq(t.createdAt, createdAt), lt(t.id, id)))!);
  }
  const rows = await db
    .select(columns)
    .from(t)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map(toCase);
  const last = items.at(-1);
  return {
    items,
    next: rows.length > page.limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
