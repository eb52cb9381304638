/**
 * Remedies offered on a complaint and the authority limits that decide who approves them.
 */
import { asc, eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { RemedyKind, Role } from '../domain/vocabulary.js';
import type { Executor } from './database.js';
import { authorityLimits, remedies } from './schema.js';

export type RemedyStatus = 'approved' | 'pending_approval' | 'rejected';
export type CustomerResponse = 'accepted' | 'rejected';

export interface Remedy {
  id: string;
  complaintId: string;
  kind: RemedyKind;
  amount: number | null;
  currency: string;
  description: string;
  status: RemedyStatus;
  proposedById: string;
  decidedById: string | null;
  decidedAt: Date | null;
  /** Why an approver rejected it (null unless rejected). */
  decisionReason: string | null;
  /** The customer's answer to the offer, from the tracking page. */
  customerResponse: CustomerResponse | null;
  customerReason: string | null;
  customerRespondedAt: Date | null;
  createdAt: Date;
}

/** A remedy as proposed: the customer has not answered yet. */
export type NewRemedy = Omit<
  Remedy,
  'customerResponse' | 'customerReason' | 'customerRespondedAt' | 'decisionReason'
>;

type Row = typeof remedies.$inferSelect;
const toRemedy = (r: Row): Remedy => ({
  ...r,
  kind: r.kind as RemedyKind,
  status: r.status as RemedyStatus,
  customerResponse: r.customerResponse as CustomerResponse | null, // the column holds only these keys
  amount: r.amount === null ? null : Number(r.amount),
});

export async function insertRemedy(db: Executor, remedy: NewRemedy): Promise<Remedy> {
  const [row] = await db
    .insert(remedies)
    .values({ ...remedy, amount: remedy.amount === null ? null : remedy.amount.toFixed(2) })
    .returning();
  return toRemedy(row!);
}

export async function listRemedies(db: Executor, complaintId: string): Promise<Remedy[]> {
  const rows = await db
    .select()
    .from(remedies)
    .where(eq(remedies.complaintId, complaintId))
    .orderBy(asc(remedies.createdAt));
  return rows.map(toRemedy);
}

export async function lockRemedy(db: Executor, id: string): Promise<Remedy | null> {
  const [row] = await db.select().from(remedies).where(eq(remedies.id, id)).for('update').limit(1);
  return row ? toRemedy(row) : null;
}

export async function decideRemedy(
  db: Executor,
  id: string,
  decision: { status: RemedyStatus; decidedById: string; decidedAt: Date; decisionReason?: string },
): Promise<Remedy> {
  const [row] = await db.update(remedies).set(decision).where(eq(remedies.id, id)).returning();
  return toRemedy(row!);
}

/**
 * SQL for a complaint list: the complaint has a remedy waiting for approval, and with
 * `within`, one whose amount is within that authority limit (null: unlimited; the same test
 * as domain/policy/authority.ts isWithinAuthority). Pending rows are few, so PostgreSQL
 * reads them through remedies_pending_idx (or probes remedies_complaint_idx per complaint).
 */
export function hasPendingRemedy(complaintIdColumn: AnyColumn, within?: { limit: number | null }): SQL {
  const cap =
    within === undefined || within.limit === null
      ? sql``
      : sql` AND coalesce(r.amount, 0) <= ${within.limit}`;
  return sql`EXISTS (SELECT 1 FROM remedies r WHERE r.complaint_id = ${complaintIdColumn} AND r.status = 'pending_approval'${cap})`;
}

/** Limit per role in the default currency; null is unlimited. */
export async function loadAuthorityLimits(db: Executor): Promise<Map<Role, number | null>> {
  const rows = await db.select().from(authorityLimits);
  return new Map(rows.map((r) => [r.role as Role, r.limitAmount === null ? null : Number(r.limitAmount)]));
}

/** Records the customer's answer on these remedies (the offer they accepted or rejected). */
export async function recordCustomerResponse(
  db: Executor,
  ids: string[],
  answer: { response: CustomerResponse; reason: string | null; at: Date },
): Promise<Remedy[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .update(remedies)
    .set({ customerResponse: answer.response, customerReason: answer.reason, customerRespondedAt: answer.at })
    .where(inArray(remedies.id, ids))
    .returning();
  return rows.map(toRemedy);
}
