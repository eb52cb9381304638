import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { complaintStatuses, nextStatuses, planTransition, type TransitionFacts } from './lifecycle.js';

const base = (overrides: Partial<TransitionFacts>): TransitionFacts => ({
  from: 'new',
  to: 'triaged',
  actorId: 'agent-1',
  currentOwnerId: null,
  currentResponsibility: null,
  remedies: [],
  ...overrides,
});

const failure = (facts: TransitionFacts) => {
  try {
    planTransition(facts);
    return null;
  } catch (error) {
    return error instanceof DomainError
      ? { code: error.code, message: error.message }
      : { code: 'other', message: '' };
  }
};

describe('complaint lifecycle', () => {
  it('refuses every move the table does not list, with transition_not_allowed', () => {
    for (const from of complaintStatuses) {
      for (const to of complaintStatuses) {
        if (nextStatuses(from).includes(to)) continue;
        expect(failure(base({ from, to }))?.code).toBe('complaint.transition_not_allowed');
      }
    }
  });

  it('makes the acting user the owner at triage unless another owner is named', () => {
    expect(planTransition(base({})).ownerId).toBe('agent-1');
    expect(planTransition(base({ requestedOwnerId: 'agent-2' })).ownerId).toBe('agent-2');
  });

  it('refuses triage without any owner (a system actor names none)', () => {
    expect(failure(base({ actorId: '' }))?.message).toMatch(/owner/);
  });

  it('needs a responsibility and a remedy to propose a remedy', () => {
    const facts = base({ from: 'investigating', to: 'remedy_proposed', currentOwnerId: 'a' });
    expect(failure(facts)?.message).toMatch(/responsibility/);
    expect(failure({ ...facts, responsibility: 'third_party' })?.message).toMatch(/remedy/);
    expect(
      failure({ ...facts, responsibility: 'third_party', remedies: [{ status: 'rejected' }] })?.message,
    ).toMatch(/remedy/);
    expect(
      planTransition({ ...facts, responsibility: 'third_party', remedies: [{ status: 'pending_approval' }] })
        .to,
    ).toBe('remedy_proposed');
  });

  it('counts no remedy the customer rejected: proposing again needs a new one', () => {
    const facts = base({
      from: 'investigating',
      to: 'remedy_proposed',
      currentOwnerId: 'a',
      currentResponsibility: 'internal_process',
    });
    expect(
      failure({ ...facts, remedies: [{ status: 'approved', customerResponse: 'rejected' }] })?.message,
    ).toMatch(/remedy/);
    const again = [
      { status: 'approved', customerResponse: 'rejected' },
      { status: 'approved', customerResponse: null },
    ] as const;
    expect(planTransition({ ...facts, remedies: [...again] }).to).toBe('remedy_proposed');
  });

  it('starts the work only when every remedy is approved', () => {
    const facts = base({
      from: 'remedy_proposed',
      to: 'in_progress',
      currentResponsibility: 'internal_process',
    });
    expect(
      failure({ ...facts, remedies: [{ status: 'approved' }, { status: 'pending_approval' }] })?.message,
    ).toMatch(/approved/);
    expect(planTransition({ ...facts, remedies: [{ status: 'approved' }, { status: 'rejected' }] }).to).toBe(
      'in_progress',
    );
  });

  it('counts no remedy an approver rejected: starting the work needs a new one', () => {
    const facts = base({ from: 'remedy_proposed', to: 'in_progress', currentResponsibility: 'third_party' });
    expect(
      failure({ ...facts, remedies: [{ status: 'rejected' }, { status: 'rejected' }] })?.message,
    ).toMatch(/At least one remedy/);
  });

  it('resolves only with a resolution text and no remedy waiting for approval', () => {
    const facts = base({ from: 'in_progress', to: 'resolved', remedies: [{ status: 'approved' }] });
    expect(failure(facts)?.code).toBe('complaint.precondition_failed');
    expect(failure({ ...facts, resolution: '   ' })?.code).toBe('complaint.precondition_failed');
    expect(
      failure({ ...facts, resolution: 'Refunded', remedies: [{ status: 'pending_approval' }] })?.message,
    ).toMatch(/approval/);
    const plan = planTransition({ ...facts, resolution: ' Refunded 200 CNY ' });
    expect(plan).toMatchObject({ resolution: 'Refunded 200 CNY', setsResolvedAt: true });
  });

  it('reopens a resolved or closed complaint with a reason', () => {
    for (const from of ['resolved', 'closed'] as const) {
      const facts = base({ from, to: 'in_progress', currentOwnerId: 'a' });
      expect(failure(facts)?.message).toMatch(/reason/);
      expect(planTransition({ ...facts, reason: 'customer unhappy' })).toMatchObject({
        isReopen: true,
        clearsResolvedAt: true,
      });
    }
  });

  it('dismisses only with a reason and never leaves dismissed', () => {
    expect(failure(base({ to: 'dismissed' }))?.message).toMatch(/reason/);
    expect(planTransition(base({ to: 'dismissed', reason: 'spam' })).to).toBe('dismissed');
    expect(nextStatuses('dismissed')).toEqual([]);
  });
});
