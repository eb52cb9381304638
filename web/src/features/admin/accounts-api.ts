/**
 * The admin pages' calls: staff accounts, API tokens and authority limits, with types
 * taken from the server's zod contracts (CONTRACT.md §3, §5).
 */
import type { z } from 'zod';
import type {
  CreatedToken,
  TokenView,
  UserDetail,
  UserPage,
} from '../../../../src/server/routes/accounts.schema';
import type { AuthorityLimitsView } from '../../../../src/server/routes/authority-limits.schema';
import { api, ApiError } from '../../api/client';
import type { TFunction } from 'i18next';
import { problemText } from '../../ui/problem';

export type StaffAccount = z.infer<typeof UserDetail>;
export type Role = StaffAccount['role'];
export type ApiToken = z.infer<typeof TokenView>;
export type NewToken = z.infer<typeof CreatedToken>;
export type AuthorityLimit = z.infer<typeof AuthorityLimitsView>['limits'][number];

export const roleKeys: readonly Role[] = ['admin', 'supervisor', 'quality_manager', 'agent', 'handler'];

export const listAccounts = (cursor: string | null) =>
  api<z.infer<typeof UserPage>>(
    `/api/v1/users?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );

export const createAccount = (body: { name: string; email: string; role: Role; password: string }) =>
  api<{ id: string }>('/api/v1/users', { method: 'POST', body });

export const changeAccount = (id: string, body: { role?: Role; active?: boolean; teamId?: string | null }) =>
  api<{ id: string }>(`/api/v1/users/${id}`, { method: 'PATCH', body });

export const listTokens = () => api<{ items: ApiToken[] }>('/api/v1/tokens');

export const createToken = (body: { name: string; userId: string; expiresAt?: string | undefined }) =>
  api<NewToken>('/api/v1/tokens', { method: 'POST', body });

export const revokeToken = (id: string) => api<void>(`/api/v1/tokens/${id}`, { method: 'DELETE' });

export const readLimits = () => api<{ limits: AuthorityLimit[] }>('/api/v1/authority-limits');

export const saveLimits = (limits: AuthorityLimit[]) =>
  api<{ limits: AuthorityLimit[] }>('/api/v1/authority-limits', { method: 'PUT', body: { limits } });

/** An account change refused, in the reader's language when the server's code is known. */
export function accountProblemText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.problem.code === 'user.self_lockout') return t('admin.users.selfLockout');
    if (error.problem.code === 'user.last_admin') return t('admin.users.lastAdmin');
  }
  return problemText(error, t);
}

/** The server's password rules (commands/accounts/passwords.ts) in the reader's language. */
export function translatePasswordProblems(error: unknown, t: TFunction): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors) return error;
  const words: Record<string, string> = {
    'Use at least 10 characters.': t('admin.users.passwordTooShort'),
    'Do not use your email address.': t('admin.users.passwordIsEmail'),
  };
  return new ApiError({
    ...error.problem,
    errors: error.problem.errors.map((e) => ({ ...e, message: words[e.message] ?? e.message })),
  });
}

/**
 * A hint at a new password's strength: the server asks for 10 characters and not the
 * email; length and kinds of characters (lower, upper, digits, others) make it stronger.
 */
export function passwordStrength(password: string): 'weak' | 'fair' | 'strong' {
  const length = Array.from(password).length;
  if (length < 10) return 'weak';
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((kind) => kind.test(password)).length;
  if (length >= 14 && kinds >= 3) return 'strong';
  return kinds >= 2 || length >= 16 ? 'fair' : 'weak';
}
