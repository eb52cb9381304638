import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { checkAccountChange } from './account-changes.js';

const admin = (id: string) => ({ id, role: 'admin' as const, active: true });
const codeOf = (run: () => void): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
};

describe('changes that would lock the admins out', () => {
  it('refuses an admin deactivating their own account', () => {
    expect(
      codeOf(() =>
        checkAccountChange({
          actorId: 'a',
          target: admin('a'),
          change: { active: false },
          activeAdminIds: ['a', 'b'],
        }),
      ),
    ).toBe('user.self_lockout');
  });

  it('refuses demoting or deactivating the last active admin', () => {
    expect(
      codeOf(() =>
        checkAccountChange({
          actorId: 'a',
          target: admin('a'),
          change: { role: 'agent' },
          activeAdminIds: ['a'],
        }),
      ),
    ).toBe('user.last_admin');
    expect(
      codeOf(() =>
        checkAccountChange({
          actorId: 'x',
          target: admin('a'),
          change: { active: false },
          activeAdminIds: ['a'],
        }),
      ),
    ).toBe('user.last_admin');
  });

  it('lets an admin give up the role while another admin is active, and change anyone else', () => {
    expect(
      codeOf(() =>
        checkAccountChange({
          actorId: 'a',
          target: admin('a'),
          change: { role: 'supervisor' },
          activeAdminIds: ['a', 'b'],
        }),
      ),
    ).toBeNull();
    expect(
      codeOf(() =>
        checkAccountChange({
          actorId: 'a',
          target: { id: 'c', role: 'agent', active: true },
          change: { active: false, role: 'handler' },
          activeAdminIds: ['a'],
        }),
      ),
    ).toBeNull();
    // Renaming oneself or reactivating is no risk.
    expect(
      codeOf(() =>
        checkAccountChange({
          actorId: 'a',
          target: admin('a'),
          change: { active: true, role: 'admin' },
          activeAdminIds: ['a'],
        }),
      ),
    ).toBeNull();
  });
});
