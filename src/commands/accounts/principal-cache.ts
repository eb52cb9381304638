/**
 * Recently authenticated tokens, kept for a few seconds so a busy integration does not
 * cost a database read per request.
 *
 * Logging out, revoking a token, deactivating a user or changing a password clear the
 * entries at once in this process; another process on the same PostgreSQL notices
 * within `ttlMs`. One cache per database, bounded in size.
 */
import type { Database } from '../../store/database.js';
import type { Principal } from './sessions.js';

const ttlMs = 5_000;
const maxEntries = 10_000;

interface Entry {
  principal: Principal;
  cachedAt: number;
  expiresAt: number | null;
}

const caches = new WeakMap<Database, Map<string, Entry>>();

function cacheOf(database: Database): Map<string, Entry> {
  let cache = caches.get(database);
  if (!cache) {
    cache = new Map();
    caches.set(database, cache);
  }
  return cache;
}

export function cachedPrincipal(database: Database, tokenHash: string, now: Date): Principal | null {
  const cache = cacheOf(database);
  const entry = cache.get(tokenHash);
  if (!entry) return null;
  const at = now.getTime();
  if (
    at - entry.cachedAt > ttlMs ||
    at < entry.cachedAt ||
    (entry.expiresAt !== null && at >= entry.expiresAt)
  ) {
    cache.delete(tokenHash);
    return null;
  }
  return entry.principal;
}

export function rememberPrincipal(
  database: Database,
  tokenHash: string,
  principal: Principal,
  expiresAt: Date | null,
  now: Date,
): void {
  const cache = cacheOf(database);
  if (cache.size >= maxEntries) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(tokenHash, { principal, cachedAt: now.getTime(), expiresAt: expiresAt?.getTime() ?? null });
}

/** Forgets every cached token of this user, or only the one token. */
export function forgetPrincipals(database: Database, match: { userId?: string; tokenId?: string }): void {
  const cache = cacheOf(database);
  for (const [key, entry] of cache) {
    if (entry.principal.user.id === match.userId || entry.principal.tokenId === match.tokenId) {
      cache.delete(key);
    }
  }
}
