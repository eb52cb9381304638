/**
 * Authority limits (seed 000 rule 4): read them (every staff member), replace them
 * (admins; every problem listed at once). The remedy commands load the table in their own
 * transaction, so the next remedy proposed or approved follows a saved change.
 */
import { DomainError } from '../domain/errors.js';
import {
  validateAuthorityLimits,
  type AuthorityLimit,
  type AuthorityLimitDraft,
} from '../domain/policy/authority-limits.js';
import { listAuthorityLimits, replaceAuthorityLimits } from '../store/authority-limit-repository.js';
import type { CommandContext } from './context.js';

export function readAuthorityLimits(ctx: CommandContext): Promise<AuthorityLimit[]> {
  return listAuthorityLimits(ctx.database.db);
}

export async function replaceLimits(
  ctx: CommandContext,
  drafts: readonly AuthorityLimitDraft[],
): Promise<AuthorityLimit[]> {
  const checked = validateAuthorityLimits(drafts);
  if (checked.limits === null) {
    throw new DomainError(
      'input.invalid',
      `The authority limits have ${checked.problems.length} problem(s).`,
      checked.problems,
    );
  }
  const limits = checked.limits;
  await ctx.database.db.transaction((tx) => replaceAuthorityLimits(tx, limits));
  return limits;
}
