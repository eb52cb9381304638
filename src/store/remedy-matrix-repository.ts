/**
 * The remedy matrix admins edit. An empty table means the shipped defaults apply; a
 * replacement deletes and inserts in one transaction, under a table lock, so two admins
 * saving at once leave one whole table, never a mix.
 */
import { asc, sql } from 'drizzle-orm';
import type { RemedyLabel, RemedyMatrixRow } from '../domain/policy/remedy-matrix.js';
import type { Category, RemedyKind, Severity } from '../domain/vocabulary.js';
import type { Executor, Tx } from './database.js';
import { newId } from './ids.js';
import { remedyMatrix, users } from './schema.js';

export interface StoredRemedyMatrix {
  rows: RemedyMatrixRow[];
  updatedAt: Date | null;
  updatedBy: { id: string; name: string } | null;
}

type Row = typeof remedyMatrix.$inferSelect;

const toRow = (r: Row): RemedyMatrixRow => ({
  // The columns only hold vocabulary keys: every write went through validateRemedyMatrix.
  severity: r.severity as Severity,
  category: r.category as Category | null,
  kind: r.kind as RemedyKind,
  amount: r.amount === null ? null : Number(r.amount),
  currency: r.currency,
  label: r.label as RemedyLabel,
});

/** The stored matrix in order; no rows when the admins never replaced the defaults. */
export async function loadRemedyMatrix(db: Executor): Promise<StoredRemedyMatrix> {
  const rows = await db
    .select()
    .from(remedyMatrix)
    .orderBy(asc(remedyMatrix.position), asc(remedyMatrix.id))
    .limit(1000);
  const first = rows[0];
  if (!first) return { rows: [], updatedAt: null, updatedBy: null };
  const editor = first.updatedById
    ? (
        await db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(sql`${users.id} = ${first.updatedById}`)
          .limit(1)
      )[0]
    : undefined;
  return { rows: rows.map(toRow), updatedAt: first.updatedAt, updatedBy: editor ?? null };
}

/** Replaces the whole matrix; every row records who saved it and when. */
export async function replaceRemedyMatrix(
  tx: Tx,
  rows: readonly RemedyMatrixRow[],
  edit: { at: Date; byId: string },
): Promise<void> {
  await tx.execute(sql`LOCK TABLE remedy_matrix IN SHARE ROW EXCLUSIVE MODE`);
  await tx.delete(remedyMatrix);
  if (rows.length === 0) return; // validateRemedyMatrix never lets an empty matrix through
  await tx.insert(remedyMatrix).values(
    rows.map((row, position) => ({
      id: newId(edit.at.getTime()),
      severity: row.severity,
      category: row.category,
      kind: row.kind,
      amount: row.amount === null ? null : row.amount.toFixed(2),
      currency: row.currency,
      label: row.label,
      position,
      updatedAt: edit.at,
      updatedById: edit.byId,
    })),
  );
}
