/**
 * Complaint lifecycle: which status may follow which, and what each step needs first.
 *
 * This table is the only place transitions are decided (CONTRACT.md §5, PRODUCT.md R5).
 * Commands call `planTransition()` with the facts they loaded and never re-encode the
 * rules; the web app asks `nextStatuses()`. Change a row here and in lifecycle.test.ts.
 */
import { DomainError } from '../errors.js';
import type { Responsibility } from '../vocabulary.js';

export const complaintStatuses = [
  'new',
  'triaged',
  'investigating',
  'remedy_proposed',
  'in_progress',
  'resolved',
  'closed',
  'dismissed',
] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

const allowedNext: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  new: ['triaged', 'dismissed'],
  triaged: ['investigating', 'dismissed'],
  investigating: ['remedy_proposed', 'dismissed'],
  remedy_proposed: ['in_progress', 'investigating'],
  in_progress: ['resolved', 'investigating'],
  resolved: ['closed', 'in_progress'], // a dissatisfied customer reopens the loop
  closed: ['in_progress'],
  dismissed: [],
};

export const nextStatuses = (from: ComplaintStatus): readonly ComplaintStatus[] => allowedNext[from];

export const openStatuses: readonly ComplaintStatus[] = [
  'new',
  'triaged',
  'investigating',
  'remedy_proposed',
  'in_progress',
];

export const isOpen = (status: ComplaintStatus): boolean => openStatuses.includes(status);

/** A remedy as the lifecycle sees it. */
export interface RemedyFact {
  status: 'approved' | 'pending_approval' | 'rejected';
  /** A remedy the customer rejected is no longer on offer: the owner must propose another. */
  customerResponse?: 'accepted' | 'rejected' | null | undefined;
}

/** What the lifecycle needs to know about the complaint and the request. */
export interface TransitionFacts {
  from: ComplaintStatus;
  to: ComplaintStatus;
  actorId: string;
  currentOwnerId: string | null;
  requestedOwnerId?: string | undefined;
  responsibility?: Responsibility | undefined;
  currentResponsibility: Responsibility | null;
  resolution?: string | undefined;
  reason?: string | undefined;
  remedies: readonly RemedyFact[];
}

/** What the transition changes on the complaint, besides its status. */
export interface TransitionPlan {
  to: ComplaintStatus;
  ownerId: string | null;
  responsibility: Responsibility | null;
  resolution: string | null | undefined;
  /** The resolution time stamp is set on → resolved and cleared on a reopen. */
  setsResolvedAt: boolean;
  clearsResolvedAt: boolean;
  setsClosedAt: boolean;
  isReopen: boolean;
}

/**
 * Decides a transition: throws `complaint.transition_not_allowed` for a move the table
 * refuses and `complaint.precondition_failed` (naming what is missing) for a step whose
 * precondition does not hold.
 */
export function planTransition(facts: TransitionFacts): TransitionPlan {
  const { from, to } = facts;
  if (!allowedNext[from].includes(to)) {
    throw new DomainError(
      'complaint.transition_not_allowed',
      `A complaint cannot go from ${from} to ${to}. Allowed next: ${allowedNext[from].join(', ') || 'none'}.`,
    );
  }
  const missing = (what: string): never => {
    throw new DomainError('complaint.precondition_failed', what);
  };
  const activeRemedies = facts.remedies.filter(
    (r) => r.status !== 'rejected' && r.customerResponse !== 'rejected',
  );
  const ownerId =
    to === 'triaged' ? (facts.requestedOwnerId ?? (facts.actorId || null)) : facts.currentOwnerId;
  const responsibility = facts.responsibility ?? facts.currentResponsibility;
  const isReopen = (from === 'resolved' || from === 'closed') && to === 'in_progress';

  switch (to) {
    case 'triaged':
      if (!ownerId) missing('An owner is required: name the ownerId of the person who owns the complaint.');
      break;
    case 'investigating':
      if (!ownerId) missing('An owner is required: triage the complaint and give it an owner first.');
      break;
    case 'remedy_proposed':
      if (!responsibility) missing('A responsibility is required to propose a remedy.');
      if (activeRemedies.length === 0) missing('At least one remedy is required to propose a remedy.');
      break;
    case 'in_progress':
      if (isReopen) {
        if (!facts.reason?.trim()) missing('A reason is required to reopen a complaint.');
        break;
      }
      if (activeRemedies.length === 0) missing('At least one remedy is required.');
      if (activeRemedies.some((r) => r.status !== 'approved')) {
        missing('Every remedy must be approved before the work starts.');
      }
      break;
    case 'resolved':
      if (!facts.resolution?.trim()) missing('A resolution text is required to resolve a complaint.');
      if (activeRemedies.some((r) => r.status !== 'approved')) {
        missing('A remedy is still waiting for approval: approve or reject it before resolving.');
      }
      break;
    case 'dismissed':
      if (!facts.reason?.trim()) missing('A reason is required to dismiss a complaint.');
      break;
    case 'closed':
    case 'new':
      break;
    default:
      return assertNever(to);
  }
  return {
    to,
    ownerId,
    responsibility: responsibility ?? null,
    resolution: to === 'resolved' ? facts.resolution?.trim() : undefined,
    setsResolvedAt: to === 'resolved',
    clearsResolvedAt: isReopen,
    setsClosedAt: to === 'closed',
    isReopen,
  };
}

function assertNever(value: never): never {
  throw new Error(`Unhandled status ${String(value)}`);
}
