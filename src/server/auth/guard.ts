/**
 * Who is asking: the bearer token turned into a principal, and the permission check.
 * Routes declare the action they need; `can()` in domain/access decides.
 */
import type { FastifyRequest } from 'fastify';
import { can, type Action } from '../../domain/access/permissions.js';
import { DomainError } from '../../domain/errors.js';
import { authenticate, type Principal } from '../../commands/accounts/sessions.js';
import type { CommandContext } from '../../commands/context.js';

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** The principal behind the request's token, allowed to do `action`; else 401 or 403. */
export async function requirePrincipal(
  ctx: CommandContext,
  request: FastifyRequest,
  action: Action,
): Promise<Principal> {
  const token = bearerToken(request);
  const principal = token ? await authenticate(ctx, token) : null;
  if (!principal) {
    throw new DomainError(
      'auth.unauthenticated',
      token
        ? 'The token is unknown, expired or revoked: log in again.'
        : 'Send Authorization: Bearer <token>.',
    );
  }
  if (!can(principal.user.role, action)) {
    throw new DomainError('auth.forbidden', `A ${principal.user.role} may not do this (${action}).`);
  }
  return principal;
}
