/**
 * Staff accounts and their tokens. Tokens are stored as SHA-256 hashes only.
 */
import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Role } from '../domain/vocabulary.js';
import type { Executor } from './database.js';
import { authTokens, users } from './schema.js';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: Date;
  teamId: string | null;
}

type UserRow = typeof users.$inferSelect;

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role as Role, // the column only holds role keys
  active: r.active,
  createdAt: r.createdAt,
  teamId: r.teamId,
});

export async function insertUser(db: Executor, user: User & { passwordHash: string }): Promise<User | null> {
  const rows = await db
    .insert(users)
    .values({ ...user, updatedAt: user.createdAt })
    .onConflictDoNothing()
    .returning();
  return rows[0] ? toUser(rows[0]) : null;
}

export async function findUserByEmail(
  db: Executor,
  email: string,
): Promise<(User & { passwordHash: string }) | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row ? { ...toUser(row), passwordHash: row.passwordHash } : null;
}

export async function findUserById(db: Executor, id: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ? toUser(row) : null;
}

export async function listUsers(db: Executor, page: { limit: number; afterEmail?: string | undefined }) {
  const rows = await db
    .select()
    .from(users)
    .where(page.afterEmail ? gt(sql`lower(${users.email})`, page.afterEmail) : undefined)
    .orderBy(asc(sql`lower(${users.email})`))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map(toUser);
  return { items, next: rows.length > page.limit ? (items.at(-1)?.email.toLowerCase() ?? null) : null };
}

export async function updateUser(
  db: Executor,
  id: string,
  changes: Partial<{
    name: string;
    role: Role;
    active: boolean;
    passwordHash: string;
    teamId: string | null;
  }>,
  now: Date,
): Promise<User | null> {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: now })
    .where(eq(users.id, id))
    .returning();
  return row ? toUser(row) : null;
}

export interface TokenRecord {
  id: string;
  userId: string;
  kind: 'session' | 'api';
  name: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

type TokenRow = typeof authTokens.$inferSelect;
const toToken = (r: TokenRow): TokenRecord => ({
  id: r.id,
  userId: r.userId,
  kind: r.kind as 'session' | 'api',
  name: r.name,
  createdAt: r.createdAt,
  expiresAt: r.expiresAt,
  revokedAt: r.revokedAt,
  lastUsedAt: r.lastUsedAt,
});

export async function insertToken(db: Executor, token: TokenRecord & { tokenHash: Buffer }): Promise<void> {
  await db.insert(authTokens).values(token);
}

/** The live token with this hash and its active user, or null. */
export async function findLiveToken(
  db: Executor,
  tokenHash: Buffer,
  now: Date,
): Promise<{ token: TokenRecord; user: User } | null> {
  const [row] = await db
    .select({ token: authTokens, user: users })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .where(
      and(
        eq(authTokens.tokenHash, tokenHash),
        isNull(authTokens.revokedAt),
        or(isNull(authTokens.expiresAt), gt(authTokens.expiresAt, now)),
        eq(users.active, true),
      ),
    )
    .limit(1);
  return row ? { token: toToken(row.token), user: toUser(row.user) } : null;
}

export async function revokeToken(db: Executor, id: string, now: Date, userId?: string): Promise<boolean> {
  const rows = await db
    .update(authTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(authTokens.id, id),
        isNull(authTokens.revokedAt),
        userId ? eq(authTokens.userId, userId) : undefined,
      ),
    )
    .returning({ id: authTokens.id });
  return rows.length > 0;
}

export async function revokeUserTokens(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .update(authTokens)
    .set({ revokedAt: now })
    .where(and(eq(authTokens.userId, userId), isNull(authTokens.revokedAt)));
}

export async function listApiTokens(db: Executor): Promise<TokenRecord[]> {
  const rows = await db
    .select()
    .from(authTokens)
    .where(eq(authTokens.kind, 'api'))
    .orderBy(asc(authTokens.createdAt));
  return rows.map(toToken);
}

export async function touchToken(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(authTokens).set({ lastUsedAt: now }).where(eq(authTokens.id, id));
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

/** The ids of every active admin, locked until the transaction ends (see domain/access/account-changes.ts). */
export async function lockActiveAdminIds(tx: Executor): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for('update');
  return rows.map((r) => r.id);
}

/** When each of these users last logged in (their newest session), for the admin's list. */
export async function lastLogins(db: Executor, userIds: readonly string[]): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({
      userId: authTokens.userId,
      at: sql<Date>`max(${authTokens.createdAt})`.mapWith(authTokens.createdAt),
    })
    .from(authTokens)
    .where(and(eq(authTokens.kind, 'session'), inArray(authTokens.userId, [...userIds])))
    .groupBy(authTokens.userId);
  return new Map(rows.map((r) => [r.userId, r.at]));
}
