/**
 * The shapes of staff accounts and API tokens (CONTRACT.md §3) as the API answers them.
 * The web app's admin pages import these contracts. No password hash, and no token
 * except once, when it is made.
 */
import { z } from 'zod';
import { roles } from '../../domain/vocabulary.js';

export const UserView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  teamId: z.string().nullable().meta({ description: 'The team (GET /api/v1/teams); null: none' }),
});

export const UserDetail = UserView.extend({
  teamName: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z
    .string()
    .nullable()
    .optional()
    .meta({ description: 'The newest session (admins only; null: never logged in)' }),
});

export const UserPage = z.object({ items: z.array(UserDetail), nextCursor: z.string().nullable() });

export const TokenView = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const TokenList = z.object({ items: z.array(TokenView) });

export const CreatedToken = z.object({
  token: z.string().meta({ description: 'The bearer token: shown this once, only its hash is stored' }),
  record: TokenView,
});
