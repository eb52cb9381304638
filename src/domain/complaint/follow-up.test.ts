import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { roles } from '../vocabulary.js';
import { escalatesFollowUp, mayRecordFollowUp, requireFollowUpOpen } from './follow-up.js';
import { complaintStatuses } from './lifecycle.js';

describe('follow-up', () => {
  it('is recorded by the owner, a supervisor or an admin', () => {
    const allowed = roles.filter((role) => mayRecordFollowUp({ id: 'u1', role }, 'someone-else'));
    expect(allowed).toEqual(['admin', 'supervisor']);
    expect(mayRecordFollowUp({ id: 'u1', role: 'agent' }, 'u1')).toBe(true);
    expect(mayRecordFollowUp({ id: 'u1', role: 'handler' }, null)).toBe(false);
  });

  it('is recorded only after resolution', () => {
    for (const status of complaintStatuses) {
      let code: string | null = null;
      try {
        requireFollowUpOpen(status);
      } catch (error) {
        code = error instanceof DomainError ? error.code : 'other';
      }
      expect(code).toBe(status === 'resolved' || status === 'closed' ? null : 'follow_up.not_open');
    }
  });

  it('escalates only an unsatisfied customer', () => {
    expect(escalatesFollowUp('unsatisfied')).toBe(true);
    expect(escalatesFollowUp('satisfied')).toBe(false);
    expect(escalatesFollowUp('unreachable')).toBe(false);
  });
});
