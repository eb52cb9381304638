/**
 * Which lifecycle buttons to offer, and to whom. A mirror of `allowedNext` in
 * src/domain/complaint/lifecycle.ts and of the grants in src/domain/access/permissions.ts,
 * used only to decide what to show: the server decides, and answers 409 or 403 when the
 * mirror is out of date. Change it together with those files.
 */
import type { SessionUser } from '../../api/client';
import type { ComplaintStatus } from '../../api/types';

const allowedNext: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  new: ['triaged', 'dismissed'],
  triaged: ['investigating', 'dismissed'],
  investigating: ['remedy_proposed', 'dismissed'],
  remedy_proposed: ['in_progress', 'investigating'],
  in_progress: ['resolved', 'investigating'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
  dismissed: [],
};

export const nextStatuses = (from: ComplaintStatus): readonly ComplaintStatus[] => allowedNext[from];

const openStatuses: readonly ComplaintStatus[] = [
  'new',
  'triaged',
  'investigating',
  'remedy_proposed',
  'in_progress',
];

/** Still being worked on: remedies and hand-overs are only for open complaints. */
export const isOpen = (status: ComplaintStatus): boolean => openStatuses.includes(status);

/** resolved/closed → in_progress is a reopen: the customer was not satisfied. */
export const isReopen = (from: ComplaintStatus, to: ComplaintStatus): boolean =>
  (from === 'resolved' || from === 'closed') && to === 'in_progress';

type Role = SessionUser['role'];
const grants = {
  transition: ['admin', 'supervisor', 'agent'],
  reply: ['admin', 'supervisor', 'agent'],
  note: ['admin', 'supervisor', 'quality_manager', 'agent', 'handler'],
  proposeRemedy: ['admin', 'supervisor', 'agent'],
  approveRemedy: ['admin', 'supervisor'],
  recordFacts: ['admin', 'supervisor', 'agent'],
  assignTask: ['admin', 'supervisor', 'agent'],
  manageRemedyMatrix: ['admin'],
  listUsers: ['admin', 'supervisor', 'quality_manager', 'agent'],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof grants;

export const can = (user: SessionUser | null, ability: Ability): boolean =>
  user !== null && (grants[ability] as readonly Role[]).includes(user.role);
