/**
 * Deadline policies, one row per version (see domain/sla/deadline-policy.ts). Rows are never
 * changed: saving a policy writes the next version and tells every process (NOTIFY).
 */
import { asc, desc, sql } from 'drizzle-orm';
import {
  shippedDeadlinePolicy,
  type DeadlinePolicyRules,
  type VersionedDeadlinePolicy,
} from '../domain/sla/index.js';
import type { Executor } from './database.js';
import { deadlinePolicies } from './schema.js';

export const deadlinePoliciesChannel = 'closeloop_deadline_policies';

export interface StoredDeadlinePolicy extends VersionedDeadlinePolicy {
  note: string | null;
  createdById: string | null;
  createdAt: Date;
}

function toPolicy(row: typeof deadlinePolicies.$inferSelect): StoredDeadlinePolicy {
  return {
    version: row.version,
    rules: row.rules as DeadlinePolicyRules,
    note: row.note,
    createdById: row.createdById,
    createdAt: row.createdAt,
  };
}

/** Version 1 is the shipped policy; complaints recorded before policies existed point at it. */
export async function ensureShippedDeadlinePolicy(db: Executor, now: Date): Promise<void> {
  await db
    .insert(deadlinePolicies)
    .values({ version: 1, rules: shippedDeadlinePolicy, note: 'CONTRACT.md §8 defaults', createdAt: now })
    .onConflictDoNothing();
}

/** Every version, oldest first (a handful: one per admin edit). */
export async function listDeadlinePolicies(db: Executor): Promise<StoredDeadlinePolicy[]> {
  const rows = await db.select().from(deadlinePolicies).orderBy(asc(deadlinePolicies.version));
  return rows.map(toPolicy);
}

/** Saves `rules` as the next version, which new complaints follow from now on. */
export async function saveDeadlinePolicy(
  tx: Executor,
  rules: DeadlinePolicyRules,
  note: string | null,
  userId: string,
  now: Date,
): Promise<StoredDeadlinePolicy> {
  // One writer at a time picks the next number; a second one waits for the first to commit.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${deadlinePoliciesChannel}))`);
  const [latest] = await tx
    .select({ version: deadlinePolicies.version })
    .from(deadlinePolicies)
    .orderBy(desc(deadlinePolicies.version))
    .limit(1);
  const [row] = await tx
    .insert(deadlinePolicies)
    .values({ version: (latest?.version ?? 0) + 1, rules, note, createdById: userId, createdAt: now })
    .returning();
  await tx.execute(sql`SELECT pg_notify(${deadlinePoliciesChannel}, ${String(row!.version)})`);
  return toPolicy(row!);
}
