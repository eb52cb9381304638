/**
 * Which changes to a staff account are refused so that Closeloop never loses its last
 * administrator (PRODUCT.md R14: someone must always be able to manage users, limits and
 * policies). Nobody deactivates their own account (another admin must), and nobody
 * deactivates or demotes the last active admin. The account command calls this with the
 * active admins it locked, so two admins giving up the role at once leave one of them.
 */
import { DomainError } from '../errors.js';
import type { Role } from '../vocabulary.js';

export interface AccountChange {
  role?: Role | undefined;
  active?: boolean | undefined;
}

/** Throws the reason (409) when this change would lock the admins out; else returns. */
export function checkAccountChange(input: {
  actorId: string;
  target: { id: string; role: Role; active: boolean };
  change: AccountChange;
  /** Ids of every active admin, the target included when it is one. */
  activeAdminIds: readonly string[];
}): void {
  const { actorId, target, change, activeAdminIds } = input;
  const deactivates = change.active === false && target.active;
  const demotes = change.role !== undefined && change.role !== 'admin' && target.role === 'admin';
  if (!deactivates && !demotes) return;
  if (deactivates && target.id === actorId) {
    throw new DomainError('user.self_lockout', 'You cannot deactivate your own account: ask another admin.');
  }
  const removesAnAdmin = target.role === 'admin' && target.active;
  if (removesAnAdmin && activeAdminIds.filter((id) => id !== target.id).length === 0) {
    throw new DomainError(
      'user.last_admin',
      'This is the last active admin: make another user an admin first.',
    );
  }
}
