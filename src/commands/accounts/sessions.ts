/**
 * Logging in, and turning a bearer token back into a user.
 *
 * Session and API tokens are opaque random strings; only their SHA-256 is stored, with
 * an expiry and a revocation time. A wrong email and a wrong password answer the same,
 * after the same work, so nobody can find out which accounts exist.
 */
import type { Actor } from '../../domain/complaint/complaint.js';
import { DomainError } from '../../domain/errors.js';
import { newId } from '../../store/ids.js';
import {
  findLiveToken,
  findUserByEmail,
  insertToken,
  revokeToken,
  touchToken,
  type User,
} from '../../store/user-repository.js';
import { hashToken, type CommandContext } from '../context.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { cachedPrincipal, forgetPrincipals, rememberPrincipal } from './principal-cache.js';

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

export function newBearerToken(ctx: CommandContext, prefix: 'cls' | 'cla'): string {
  return `${prefix}_${Buffer.from(ctx.randomBytes(32)).toString('base64url')}`;
}

export async function logIn(
  ctx: CommandContext,
  credentials: { email: string; password: string },
): Promise<{ token: string; expiresAt: Date; user: User }> {
  const found = await findUserByEmail(ctx.database.db, credentials.email.trim());
  const ok = await verifyPassword(credentials.password, found?.passwordHash ?? decoyHash);
  if (!found || !ok || !found.active) {
    throw new DomainError('auth.invalid_credentials', 'The email or the password is wrong.');
  }
  const now = ctx.now();
  const token = newBearerToken(ctx, 'cls');
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await insertToken(ctx.database.db, {
    id: newId(now.getTime()),
    userId: found.id,
    kind: 'session',
    name: null,
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt,
    revokedAt: null,
    lastUsedAt: null,
  });
  const { passwordHash: _omit, ...user } = found;
  return { token, expiresAt, user };
}

export interface Principal {
  user: User;
  tokenId: string;
  tokenKind: 'session' | 'api';
}

/** The user behind a bearer token, or null when it is unknown, expired or revoked. */
export async function authenticate(ctx: CommandContext, token: string): Promise<Principal | null> {
  if (!/^cl[sa]_[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const now = ctx.now();
  const tokenHash = hashToken(token);
  const key = tokenHash.toString('base64');
  const cached = cachedPrincipal(ctx.database, key, now);
  if (cached) return cached;
  const found = await findLiveToken(ctx.database.db, tokenHash, now);
  if (!found) return null;
  // Last use is kept to the minute: an API token in a hot loop costs no write per request.
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() > 60_000) {
    await touchToken(ctx.database.db, found.token.id, now);
  }
  const principal: Principal = { user: found.user, tokenId: found.token.id, tokenKind: found.token.kind };
  rememberPrincipal(ctx.database, key, principal, found.token.expiresAt, now);
  return principal;
}

export async function logOut(ctx: CommandContext, principal: Principal): Promise<void> {
  await revokeToken(ctx.database.db, principal.tokenId, ctx.now());
  forgetPrincipals(ctx.database, { tokenId: principal.tokenId });
}

export function actorOf(user: User): Extract<Actor, { type: 'user' }> {
  return { type: 'user', id: user.id, name: user.name, role: user.role };
}
