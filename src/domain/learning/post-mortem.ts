/**
 * Step 6, learn (seed 000 step 6, PRODUCT.md R9): the post-mortem and its corrective and
 * preventive actions.
 *
 * Decides who may write a post-mortem and close an action, what completing one needs,
 * and when an action is overdue. Commands and routes ask these functions; the web app
 * mirrors them only to decide what to show. Change a rule here and in post-mortem.test.ts.
 */
import { can } from '../access/permissions.js';
import type { FieldProblem } from '../errors.js';
import type { Role, RootCause } from '../vocabulary.js';

export const actionKinds = ['corrective', 'preventive'] as const;
export type ActionKind = (typeof actionKinds)[number];

export const actionStatuses = ['open', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** The customer's four needs, in their order (seed 003, the IBM answer). */
export interface CustomerAnswer {
  /** When it is (or was) solved: the due date. */
  whenSolved: string;
  /** How it was solved: the action. */
  howSolved: string;
  /** Why it happened: the process, not the person. */
  rootCause: string;
  /** What makes sure it does not happen again. */
  prevention: string;
}

export interface PostMortem {
  complaintId: string;
  rootCause: RootCause;
  wentWell: string | null;
  wentBadly: string | null;
  lessons: string | null;
  customerAnswer: CustomerAnswer | null;
  authorId: string;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
}

export interface CorrectiveAction {
  id: string;
  complaintId: string;
  kind: ActionKind;
  description: string;
  ownerId: string;
  dueAt: Date;
  status: ActionStatus;
  doneAt: Date | null;
  doneNote: string | null;
  createdById: string;
  createdAt: Date;
  overdueNotifiedAt: Date | null;
}

interface Person {
  id: string;
  role: Role;
}

/** The complaint's owner, and supervisors, quality managers and admins. */
export function canWritePostMortem(person: Person, complaintOwnerId: string | null): boolean {
  return can(person.role, 'post_mortem.write') || person.id === complaintOwnerId;
}

/** Its owner marks an action done; quality managers and admins may too. */
export function canCompleteAction(person: Person, action: Pick<CorrectiveAction, 'ownerId'>): boolean {
  return can(person.role, 'action.manage') || person.id === action.ownerId;
}

/** Whoever set the action may withdraw it; quality managers and admins may too. */
export function canCancelAction(person: Person, action: Pick<CorrectiveAction, 'createdById'>): boolean {
  return can(person.role, 'action.manage') || person.id === action.createdById;
}

/** Open and past its due time. */
export function isOverdue(action: Pick<CorrectiveAction, 'status' | 'dueAt'>, now: Date): boolean {
  return action.status === 'open' && action.dueAt.getTime() < now.getTime();
}

/**
 * What a post-mortem still lacks to be completed: lessons that others can reuse and at
 * least one corrective or preventive action that was not cancelled (the root cause is
 * required on every save). Empty: it may be completed.
 */
export function completionProblems(input: {
  rootCause: RootCause | null;
  lessons: string | null;
  liveActionCount: number;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.rootCause) problems.push({ path: 'rootCause', message: 'Name the root cause.' });
  if (!input.lessons?.trim()) {
    problems.push({ path: 'lessons', message: 'Write down the lessons others can reuse.' });
  }
  if (input.liveActionCount === 0) {
    problems.push({
      path: 'actions',
      message: 'Add at least one corrective or preventive action with an owner and a due date.',
    });
  }
  return problems;
}

/** The `detail` of a refused completion: every missing part named in one sentence. */
export function completionDetail(problems: readonly FieldProblem[]): string {
  const names: Record<string, string> = {
    rootCause: 'the root cause',
    lessons: 'the lessons learned',
    actions: 'at least one corrective or preventive action',
  };
  return `The post-mortem cannot be completed yet: add ${problems.map((p) => names[p.path] ?? p.path).join(', ')}.`;
}
