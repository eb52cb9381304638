/**
 * Who decides a remedy above its author's authority, and when the customer hears back
 * (seed 000 rule 4: "我需要和团队确认,1小时内给您答复", never a promise beyond one's
 * authority). Commands call these with the limits they loaded; the approve and reject
 * routes and the remedy suggestions all use the same answer.
 */
import { can } from '../access/permissions.js';
import { roles, type Role } from '../vocabulary.js';
import { isWithinAuthority } from './authority.js';

/** A role's limit: null is unlimited; a role without a row in the table may offer nothing. */
export function limitOf(limits: ReadonlyMap<Role, number | null>, role: Role): number | null {
  return limits.has(role) ? (limits.get(role) ?? null) : 0;
}

/** The roles that may decide (approve or reject) a remedy of this amount, lowest limit first. */
export function approverRoles(amount: number | null, limits: ReadonlyMap<Role, number | null>): Role[] {
  const rank = (role: Role) => limitOf(limits, role) ?? Number.POSITIVE_INFINITY;
  return roles
    .filter((role) => can(role, 'remedy.approve') && isWithinAuthority(amount, limitOf(limits, role)))
    .sort((a, b) => rank(a) - rank(b));
}

/** Whether someone in this role may decide a remedy of this amount. */
export function mayDecide(
  role: Role,
  amount: number | null,
  limits: ReadonlyMap<Role, number | null>,
): boolean {
  return approverRoles(amount, limits).includes(role);
}

/** Without an approval clock of its own, the answer is due before one day has passed. */
const answerWindowMs = 24 * 60 * 60 * 1000;

/**
 * When the customer is told an answer will come: within a day of the proposal, and never
 * later than the complaint's resolution deadline, which the SLA sweep watches and escalates
 * (a pending remedy holds the complaint back from being resolved).
 */
export function approvalAnswerDueAt(proposedAt: Date, resolutionDueAt: Date): Date {
  const withinADay = proposedAt.getTime() + answerWindowMs;
  const beforeResolution = resolutionDueAt.getTime();
  return new Date(
    beforeResolution > proposedAt.getTime() ? Math.min(withinADay, beforeResolution) : withinADay,
  );
}
