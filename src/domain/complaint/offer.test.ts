import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { complaintStatuses } from './lifecycle.js';
import { planOfferAnswer, remediesAwaitingAnswer, type OfferedRemedy } from './offer.js';

const proposedAt = new Date('2026-03-02T02:00:00.000Z');

const remedy = (id: string, extra: Partial<OfferedRemedy> = {}): OfferedRemedy => ({
  id,
  status: 'approved',
  customerResponse: null,
  createdAt: proposedAt,
  ...extra,
});

const codeOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
};

describe('the customer’s answer to an offer', () => {
  it('offers approved remedies not yet answered, only at remedy_proposed and in_progress', () => {
    const remedies = [
      remedy('a'),
      remedy('b', { status: 'pending_approval' }),
      remedy('c', { status: 'rejected' }),
      remedy('d', { customerResponse: 'rejected' }),
    ];
    for (const status of complaintStatuses) {
      const ids = remediesAwaitingAnswer(status, remedies, null).map((r) => r.id);
      expect(ids).toEqual(status === 'remedy_proposed' || status === 'in_progress' ? ['a'] : []);
    }
  });

  it('no longer offers remedies carried out before the last resolution, after a reopen', () => {
    const resolvedAt = new Date(proposedAt.getTime() + 3600_000);
    const later = remedy('later', { createdAt: new Date(resolvedAt.getTime() + 1) });
    const ids = remediesAwaitingAnswer('in_progress', [remedy('before'), later], resolvedAt).map((r) => r.id);
    expect(ids).toEqual(['later']);
  });

  it('sends a rejection back to investigating and records an acceptance without a move', () => {
    const facts = {
      status: 'remedy_proposed' as const,
      remedies: [remedy('a'), remedy('b')],
      lastResolvedAt: null,
    };
    expect(planOfferAnswer(facts, 'reject')).toEqual({
      remedyIds: ['a', 'b'],
      response: 'rejected',
      sendsBackTo: 'investigating',
    });
    expect(planOfferAnswer({ ...facts, status: 'in_progress' }, 'accept')).toEqual({
      remedyIds: ['a', 'b'],
      response: 'accepted',
      sendsBackTo: null,
    });
  });

  it('refuses an answer when nothing waits for one', () => {
    const plan = (status: 'investigating' | 'in_progress' | 'remedy_proposed', r: OfferedRemedy) => () =>
      planOfferAnswer({ status, remedies: [r], lastResolvedAt: null }, 'accept');
    expect(codeOf(plan('investigating', remedy('a')))).toBe('offer.not_open');
    expect(codeOf(plan('in_progress', remedy('a', { customerResponse: 'accepted' })))).toBe('offer.not_open');
    expect(codeOf(plan('remedy_proposed', remedy('a', { status: 'pending_approval' })))).toBe(
      'offer.not_open',
    );
  });
});
