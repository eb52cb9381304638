/**
 * What remedies cost, per complaint and currency (PRODUCT.md R10 "compensation cost"):
 * approved remedies are the cost; those waiting for approval are shown beside it.
 */
import { and, inArray, sql } from 'drizzle-orm';
import type { Executor } from './database.js';
import { remedies } from './schema.js';

export interface RemedyCost {
  currency: string;
  approved: number;
  pending: number;
}

/** One grouped query for a page of complaints; complaints without costs are absent. */
export async function remedyCostsOf(
  db: Executor,
  complaintIds: string[],
): Promise<Map<string, RemedyCost[]>> {
  const costs = new Map<string, RemedyCost[]>();
  if (complaintIds.length === 0) return costs;
  const rows = await db
    .select({
      complaintId: remedies.complaintId,
      currency: remedies.currency,
      approved: sql<string>`coalesce(sum(${remedies.amount}) filter (where ${remedies.status} = 'approved'), 0)`,
      pending: sql<string>`coalesce(sum(${remedies.amount}) filter (where ${remedies.status} = 'pending_approval'), 0)`,
    })
    .from(remedies)
    .where(
      and(
        inArray(remedies.complaintId, complaintIds),
        inArray(remedies.status, ['approved', 'pending_approval']),
      ),
    )
    .groupBy(remedies.complaintId, remedies.currency)
    .orderBy(remedies.complaintId, remedies.currency);
  for (const row of rows) {
    const list = costs.get(row.complaintId) ?? [];
    list.push({ currency: row.currency, approved: Number(row.approved), pending: Number(row.pending) });
    costs.set(row.complaintId, list);
  }
  return costs;
}
