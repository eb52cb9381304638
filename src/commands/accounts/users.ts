/**
 * Staff accounts and API tokens, managed by admins; the admin of CLOSELOOP_ADMIN_EMAIL
 * is made sure of at start.
 */
import { checkAccountChange } from '../../domain/access/account-changes.js';
import { DomainError } from '../../domain/errors.js';
import type { Role } from '../../domain/vocabulary.js';
import { newId } from '../../store/ids.js';
import {
  findUserByEmail,
  findUserById,
  insertToken,
  insertUser,
  lockActiveAdminIds,
  revokeToken,
  revokeUserTokens,
  updateUser,
  type TokenRecord,
  type User,
} from '../../store/user-repository.js';
import { findTeam } from '../../store/team-repository.js';
import { hashToken, type CommandContext } from '../context.js';
import { hashPassword, passwordProblems, verifyPassword } from './passwords.js';
import { forgetPrincipals } from './principal-cache.js';
import { newBearerToken } from './sessions.js';

export async function createUser(
  ctx: CommandContext,
  input: { email: string; name: string; role: Role; password: string },
): Promise<User> {
  const problems = passwordProblems(input.password, input.email);
  if (problems.length) {
    throw new DomainError(
      'input.invalid',
      'The password is too weak.',
      problems.map((message) => ({ path: 'password', message })),
    );
  }
  const now = ctx.now();
  const user = await insertUser(ctx.database.db, {
    id: newId(now.getTime()),
    email: input.email.trim(),
    name: input.name.trim(),
    role: input.role,
    active: true,
    createdAt: now,
    teamId: null,
    passwordHash: await hashPassword(input.password),
  });
  if (!user) throw new DomainError('user.email_taken', 'A user with this email exists.');
  return user;
}

export async function changeUser(
  ctx: CommandContext,
  id: string,
  input: {
    name?: string | undefined;
    role?: Role | undefined;
    active?: boolean | undefined;
    password?: string | undefined;
    /** null: no team. */
    teamId?: string | null | undefined;
  },
): Promise<User> {
  const now = ctx.now();
  const changes: Parameters<typeof updateUser>[2] = {};
  if (input.name !== undefined) changes.name = input.name.trim();
  if (input.role !== undefined) changes.role = input.role;
  if (input.active !== undefined) changes.active = input.active;
  if (input.teamId !== undefined) changes.teamId = input.teamId;
  if (input.password !== undefined) changes.passwordHash = await hashPassword(input.password);
  const user = await updateUser(ctx.database.db, id, changes, now);
  if (!user) throw new DomainError('user.not_found', 'No user with this id.');
  // A deactivated user or a new password ends every session at once.
  if (input.active === false || input.password !== undefined) {
    await revokeUserTokens(ctx.database.db, id, now);
  }
  // A new role or name must show at once too.
  forgetPrincipals(ctx.database, { userId: id });
  return user;
}

/**
 * An admin's change to a staff account (PATCH /api/v1/users/{id}): a new password must be
 * strong enough, and the change must not lock the admins out (domain/access/account-changes.ts).
 * The active admins are locked first, so two admins giving up the role at once leave one.
 */
export async function changeAccount(
  ctx: CommandContext,
  actorId: string,
  id: string,
  input: Parameters<typeof changeUser>[2],
): Promise<User> {
  const target = await findUserById(ctx.database.db, id);
  if (!target) throw new DomainError('user.not_found', 'No user with this id.');
  if (input.password !== undefined) {
    const problems = passwordProblems(input.password, target.email);
    if (problems.length) {
      throw new DomainError(
        'input.invalid',
        'The password is too weak.',
        problems.map((message) => ({ path: 'password', message })),
      );
    }
  }
  const now = ctx.now();
  const password = input.password === undefined ? undefined : await hashPassword(input.password);
  const user = await ctx.database.db.transaction(async (tx) => {
    const activeAdminIds = await lockActiveAdminIds(tx);
    const current = await findUserById(tx, id);
    if (!current) throw new DomainError('user.not_found', 'No user with this id.');
    checkAccountChange({ actorId, target: current, change: input, activeAdminIds });
    const changes: Parameters<typeof updateUser>[2] = {};
    if (input.teamId !== undefined && input.teamId !== current.teamId) {
      // A deactivated team takes no new members; leaving one is always allowed.
      const team = input.teamId === null ? null : await findTeam(tx, input.teamId, 'share');
      if (input.teamId !== null && !team?.active) {
        throw new DomainError('input.invalid', 'No active team with this id.', [
          { path: 'teamId', message: team ? 'is a deactivated team' : 'no team with this id' },
        ]);
      }
      changes.teamId = input.teamId;
    }
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.role !== undefined) changes.role = input.role;
    if (input.active !== undefined) changes.active = input.active;
    if (password !== undefined) changes.passwordHash = password;
    const updated = await updateUser(tx, id, changes, now);
    if (!updated) throw new DomainError('user.not_found', 'No user with this id.');
    // A deactivated user or a new password ends every session at once.
    if (input.active === false || password !== undefined) await revokeUserTokens(tx, id, now);
    return updated;
  });
  // A new role or name must show at once too.
  forgetPrincipals(ctx.database, { userId: id });
  return user;
}

/** Makes sure the configured admin exists with this password (CONTRACT.md §1). */
export async function ensureAdmin(
  ctx: CommandContext,
  admin: { email: string; password: string },
): Promise<User> {
  const existing = await findUserByEmail(ctx.database.db, admin.email);
  if (!existing) {
    const now = ctx.now();
    const created = await insertUser(ctx.database.db, {
      id: newId(now.getTime()),
      email: admin.email,
      name: 'Administrator',
      role: 'admin',
      active: true,
      createdAt: now,
      teamId: null,
      passwordHash: await hashPassword(admin.password),
    });
    if (created) return created;
  }
  const user = existing ?? (await findUserByEmail(ctx.database.db, admin.email));
  if (!user) throw new Error(`could not create the admin ${admin.email}`);
  const { passwordHash, ...current } = user;
  if (current.role === 'admin' && current.active && (await verifyPassword(admin.password, passwordHash))) {
    return current;
  }
  return changeUser(ctx, user.id, { role: 'admin', active: true, password: admin.password });
}

export async function createApiToken(
  ctx: CommandContext,
  input: { userId: string; name: string; expiresAt?: Date | undefined },
): Promise<{ token: string; record: TokenRecord }> {
  const now = ctx.now();
  const token = newBearerToken(ctx, 'cla');
  const record: TokenRecord = {
    id: newId(now.getTime()),
    userId: input.userId,
    kind: 'api',
    name: input.name.trim(),
    createdAt: now,
    expiresAt: input.expiresAt ?? null,
    revokedAt: null,
    lastUsedAt: null,
  };
  await insertToken(ctx.database.db, { ...record, tokenHash: hashToken(token) });
  return { token, record };
}

export async function revokeApiToken(ctx: CommandContext, id: string): Promise<void> {
  if (!(await revokeToken(ctx.database.db, id, ctx.now()))) {
    throw new DomainError('auth.token_not_found', 'No live token with this id.');
  }
  forgetPrincipals(ctx.database, { tokenId: id });
}
