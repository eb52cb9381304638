/**
 * Login, logout, who am I, staff accounts and API tokens (CONTRACT.md §3).
 */
import { z } from 'zod';
import { logIn, logOut } from '../../commands/accounts/sessions.js';
import { changeAccount, createApiToken, createUser, revokeApiToken } from '../../commands/accounts/users.js';
import { can } from '../../domain/access/permissions.js';
import { DomainError } from '../../domain/errors.js';
import { roles } from '../../domain/vocabulary.js';
import { isUuid } from '../../store/ids.js';
import {
  findUserById,
  lastLogins,
  listApiTokens,
  listUsers,
  type TokenRecord,
} from '../../store/user-repository.js';
import { listTeams } from '../../store/team-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import { decodeCursor, encodeCursor } from '../presenters/complaint-presenter.js';
import { email, instant, line, requiredText } from '../http/text.js';
import { CreatedToken, TokenList, UserPage, UserView } from './accounts.schema.js';
import type { App, RouteDeps } from './route-context.js';

const password = z.string().min(1, 'must not be empty').max(200);
const IdParams = z.object({ id: z.string().max(100) });
const security = [{ bearer: [] }];

const presentUser = (u: {
  id: string;
  email: string;
  name: string;
  role: (typeof roles)[number];
  teamId: string | null;
}) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  teamId: u.teamId,
});
const presentToken = (t: TokenRecord) => ({
  id: t.id,
  userId: t.userId,
  name: t.name,
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});

export function accountRoutes(app: App, { ctx, rateLimits }: RouteDeps): void {
  app.post(
    '/api/v1/auth/login',
    {
      config: {
        rateLimit: {
          max: rateLimits.loginPerMinute,
          timeWindow: '1 minute',
          keyGenerator: (request) => `login:${request.ip}`,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password; answers a session token',
        body: z.object({ email: requiredText(254), password }),
        response: { 200: z.object({ token: z.string(), expiresAt: z.string(), user: UserView }) },
      },
    },
    async (request) => {
      const session = await logIn(ctx, request.body);
      return {
        token: session.token,
        expiresAt: session.expiresAt.toISOString(),
        user: presentUser(session.user),
      };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], security, summary: 'End this session', response: { 204: z.null() } } },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      await logOut(ctx, principal);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], security, summary: 'The logged-in user', response: { 200: UserView } } },
    async (request) => presentUser((await requirePrincipal(ctx, request, 'complaint.read')).user),
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        security,
        summary: 'Create a staff account (admin)',
        body: z.object({ email, name: line(200), role: z.enum(roles), password }),
        response: { 201: UserView },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'user.manage');
      const created = await createUser(ctx, request.body);
      request.log.info({ by: principal.user.id, user: created.id, role: created.role }, 'user created');
      return reply.code(201).send(presentUser(created));
    },
  );

  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        security,
        summary: 'Staff accounts',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: z.string().max(400).optional(),
        }),
        response: { 200: UserPage },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'user.list');
      const after = request.query.cursor ? decodeCursor(request.query.cursor) : undefined;
      if (request.query.cursor && typeof after !== 'string') {
        throw new DomainError('input.invalid', 'Invalid cursor.', [
          { path: 'cursor', message: 'is invalid' },
        ]);
      }
      const page = await listUsers(ctx.database.db, {
        limit: request.query.limit,
        afterEmail: after as string | undefined,
      });
      // Last logins are for the admins who manage accounts, not for colleagues picking an owner.
      const logins = can(principal.user.role, 'user.manage')
        ? await lastLogins(
            ctx.database.db,
            page.items.map((u) => u.id),
          )
        : null;
      const teamNames = new Map((await listTeams(ctx.database.db)).map((t) => [t.id, t.name]));
      return {
        items: page.items.map((u) => ({
          ...presentUser(u),
          teamName: u.teamId ? (teamNames.get(u.teamId) ?? null) : null,
          active: u.active,
          createdAt: u.createdAt.toISOString(),
          ...(logins ? { lastLoginAt: logins.get(u.id)?.toISOString() ?? null } : {}),
        })),
        nextCursor: page.next ? encodeCursor(page.next as unknown as object) : null,
      };
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags: ['users'],
        security,
        summary:
          'Change a staff account: name, role, active, password, team (admin); 409 for deactivating yourself or removing the last active admin',
        params: IdParams,
        body: z.object({
          name: line(200).optional(),
          role: z.enum(roles).optional(),
          active: z.boolean().optional(),
          password: password.optional(),
          teamId: z
            .uuid('must be a team id')
            .nullable()
            .optional()
            .meta({ description: 'An active team (escalations go to its supervisors); null: no team' }),
        }),
        response: { 200: UserView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'user.manage');
      if (!isUuid(request.params.id)) throw new DomainError('user.not_found', 'No user with this id.');
      const changed = await changeAccount(ctx, principal.user.id, request.params.id, request.body);
      const { password: newPassword, ...changes } = request.body;
      request.log.info(
        { by: principal.user.id, user: changed.id, changes, passwordChanged: newPassword !== undefined },
        'user changed',
      );
      return presentUser(changed);
    },
  );

  app.get(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['auth'],
        security,
        summary: 'API tokens for integrations (admin)',
        response: { 200: TokenList },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'token.manage');
      return { items: (await listApiTokens(ctx.database.db)).map(presentToken) };
    },
  );

  app.post(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['auth'],
        security,
        summary: 'Create an API token acting as a user (admin); the token is shown once',
        body: z.object({ name: line(200), userId: z.uuid().optional(), expiresAt: instant.optional() }),
        response: { 201: CreatedToken },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'token.manage');
      const userId = request.body.userId ?? principal.user.id;
      if (!(await findUserById(ctx.database.db, userId))) {
        throw new DomainError('input.invalid', 'Unknown user.', [
          { path: 'userId', message: 'no user with this id' },
        ]);
      }
      const created = await createApiToken(ctx, { ...request.body, userId });
      request.log.info({ by: principal.user.id, token: created.record.id, userId }, 'API token created');
      return reply.code(201).send({ token: created.token, record: presentToken(created.record) });
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        security,
        summary: 'Revoke an API token (admin)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'token.manage');
      if (!isUuid(request.params.id)) {
        throw new DomainError('auth.token_not_found', 'No live token with this id.');
      }
      await revokeApiToken(ctx, request.params.id);
      request.log.info({ by: principal.user.id, token: request.params.id }, 'API token revoked');
      return reply.code(204).send(null);
    },
  );
}
