/**
 * The authority limits table as admins see and replace it. The remedy commands read the
 * same rows through `loadAuthorityLimits` (remedy-repository.ts) inside their own
 * transaction, so there is no cache to refresh: the next remedy sees a saved change.
 * The table has no "who saved it, when" columns; the route logs each replacement.
 */
import { sql } from 'drizzle-orm';
import type { AuthorityLimit } from '../domain/policy/authority-limits.js';
import { roles, type Role } from '../domain/vocabulary.js';
import type { Executor, Tx } from './database.js';
import { authorityLimits } from './schema.js';

const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

/** The stored rows in the vocabulary's role order (a role without a row may offer nothing). */
export async function listAuthorityLimits(db: Executor): Promise<AuthorityLimit[]> {
  const rows = await db.select().from(authorityLimits);
  return rows
    .flatMap((r) =>
      isRole(r.role)
        ? [
            {
              role: r.role,
              amount: r.limitAmount === null ? null : Number(r.limitAmount),
              currency: r.currency,
            },
          ]
        : [],
    )
    .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
}

/** Replaces every row at once, under a table lock, so two admins saving leave one whole table. */
export async function replaceAuthorityLimits(tx: Tx, limits: readonly AuthorityLimit[]): Promise<void> {
  await tx.execute(sql`LOCK TABLE authority_limits IN SHARE ROW EXCLUSIVE MODE`);
  await tx.delete(authorityLimits);
  if (limits.length === 0) return;
  await tx.insert(authorityLimits).values(
    limits.map((l) => ({
      role: l.role,
      limitAmount: l.amount === null ? null : l.amount.toFixed(2),
      currency: l.currency,
    })),
  );
}
