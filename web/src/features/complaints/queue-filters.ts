/**
 * The queue's filters live in the URL (?view=mine&status=new,triaged&q=快递) so a
 * reload, a bookmark or a link to a colleague shows the same list. This module turns
 * the URL into filters and the filters into the API query.
 */
import type { Complaint, ComplaintStatus } from '../../api/types';
import { categories } from '../../api/vocabulary';

export const queueViews = [
  'all',
  'mine',
  'myTeam',
  'unassigned',
  'needsReview',
  'urgent',
  'atRisk',
  'breached',
  'awaitingApproval',
] as const;
export type QueueView = (typeof queueViews)[number];

export const statusOptions: readonly ComplaintStatus[] = [
  'new',
  'triaged',
  'investigating',
  'remedy_proposed',
  'in_progress',
  'resolved',
  'closed',
  'dismissed',
];

/** lifecycle.ts `openStatuses`: complaints still being handled. */
export const openStatusOptions: readonly ComplaintStatus[] = [
  'new',
  'triaged',
  'investigating',
  'remedy_proposed',
  'in_progress',
];

export type ClockKind = Complaint['clocks'][number]['kind'];
export const clockOptions: readonly ClockKind[] = [
  'first_response',
  'resolution',
  'progress_update',
  'follow_up',
  'post_mortem',
];
/** The clocks that run while a complaint is handled (the board's at risk and overdue). */
export const handlingClocks: readonly ClockKind[] = ['first_response', 'resolution', 'progress_update'];

/** Work queues: they list complaints still being handled unless a status filter says otherwise. */
const workViews: readonly QueueView[] = ['mine', 'myTeam', 'unassigned', 'needsReview', 'urgent'];

type Category = Complaint['triage']['category']['label'];
export const categoryOptions: readonly Category[] = categories;

export interface QueueFilters {
  view: QueueView;
  status: ComplaintStatus[];
  category: Category[];
  q: string;
  /** One owner's complaints (a user id), 'none' for nobody's, '' for anyone's (the board links here). */
  owner: string;
  /** One team's complaints (a team id; its members own them), 'none' for no team's, '' for any (board links). */
  team: string;
  /** With the at-risk and overdue views: only this deadline (the board's follow-up and post-mortem links). */
  clock: ClockKind | '';
}

const ownerPattern = /^(none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const listOf = <T extends string>(raw: string | null, allowed: readonly T[]): T[] =>
  (raw ?? '').split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));

export function filtersFromUrl(params: URLSearchParams): QueueFilters {
  const view = params.get('view');
  return {
    view: (queueViews as readonly string[]).includes(view ?? '') ? (view as QueueView) : 'all',
    status: listOf(params.get('status'), statusOptions),
    category: listOf(params.get('category'), categoryOptions),
    q: (params.get('q') ?? '').slice(0, 200),
    owner: ownerPattern.test(params.get('owner') ?? '') ? params.get('owner')! : '',
    team: ownerPattern.test(params.get('team') ?? '') ? params.get('team')! : '',
    clock: listOf(params.get('clock'), clockOptions)[0] ?? '',
  };
}

/** The URL query for these filters; empty ones are left out so links stay short. */
export function filtersToUrl(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.view !== 'all') params.set('view', filters.view);
  if (filters.status.length) params.set('status', filters.status.join(','));
  if (filters.category.length) params.set('category', filters.category.join(','));
  if (filters.q) params.set('q', filters.q);
  if (filters.owner) params.set('owner', filters.owner);
  if (filters.team) params.set('team', filters.team);
  if (filters.clock) params.set('clock', filters.clock);
  return params;
}

/**
 * The query of GET /api/v1/complaints for these filters (without limit and cursor).
 * `canApprove`: the viewer approves remedies, so "awaiting approval" shows only the
 * complaints whose pending remedy they may approve (the server checks their limit).
 */
export function filtersToApiQuery(filters: QueueFilters, canApprove = false): URLSearchParams {
  const params = new URLSearchParams();
  switch (filters.view) {
    case 'mine':
      params.set('owner', 'me');
      break;
    case 'myTeam':
      // Complaints my team's members own, and unassigned ones its categories route to it.
      params.set('team', 'mine');
      break;
    case 'unassigned':
      params.set('owner', 'none');
      break;
    case 'needsReview':
      params.set('needsReview', 'true');
      break;
    case 'urgent':
      params.set('urgent', 'true');
      break;
    case 'atRisk':
      params.set('sla', 'at_risk');
      break;
    case 'breached':
      params.set('sla', 'breached');
      break;
    case 'awaitingApproval':
      params.set('remedy', canApprove ? 'approvable_by_me' : 'pending_approval');
      break;
    case 'all':
      break;
  }
  // The views mine and unassigned already name the owner.
  if (filters.owner && !params.has('owner')) params.set('owner', filters.owner);
  if (filters.team && !params.has('team')) params.set('team', filters.team);
  if (filters.clock && params.has('sla')) params.set('clock', filters.clock);
  if (filters.status.length) params.set('status', filters.status.join(','));
  else if (workViews.includes(filters.view)) params.set('status', openStatusOptions.join(','));
  if (filters.category.length) params.set('category', filters.category.join(','));
  if (filters.q) params.set('q', filters.q);
  return params;
}

/**
 * The deadline a row of the at-risk or overdue view is listed for: the complaint's open clock
 * in that state (of that kind, or among the handling clocks), the earliest due first.
 */
export function flaggedClock(
  complaint: Complaint,
  sla: { state: 'at_risk' | 'breached'; clock: ClockKind | '' },
): Complaint['clocks'][number] | null {
  const kinds = sla.clock ? [sla.clock] : handlingClocks;
  const found = complaint.clocks
    .filter((k) => k.state === sla.state && kinds.includes(k.kind))
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return found[0] ?? null;
}

/** Past its resolution deadline, and not resolved in time (dismissed ones have none). */
export function isResolutionOverdue(complaint: Complaint, now: number): boolean {
  if (complaint.status === 'dismissed') return false;
  const doneAt = complaint.resolvedAt ? Date.parse(complaint.resolvedAt) : now;
  return doneAt > Date.parse(complaint.resolutionDueAt);
}
