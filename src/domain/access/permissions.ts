/**
 * Who may do what (PRODUCT.md "Who uses it", R14).
 *
 * One table of actions to roles. Routes ask `can(role, action)`; nothing else decides
 * access. Customers have no role: they reach their own complaint with its access token.
 */
import type { Role } from '../vocabulary.js';

const grants = {
  'complaint.open': ['admin', 'supervisor', 'agent'],
  'complaint.read': ['admin', 'supervisor', 'quality_manager', 'agent', 'handler'],
  'complaint.transition': ['admin', 'supervisor', 'agent'],
  'complaint.reply': ['admin', 'supervisor', 'agent'],
  'complaint.note': ['admin', 'supervisor', 'quality_manager', 'agent', 'handler'],
  'complaint.attach': ['admin', 'supervisor', 'agent', 'handler'],
  'complaint.history': ['admin', 'supervisor', 'quality_manager', 'agent', 'handler'],
  'remedy.propose': ['admin', 'supervisor', 'agent'],
  'remedy.approve': ['admin', 'supervisor'],
  // Any complaint's follow-up; its owner records their own too (domain/complaint/follow-up.ts).
  'follow_up.record': ['admin', 'supervisor'],
  // Step 2 and 3: the owner's facts and department tasks, the remedy matrix.
  'complaint.facts': ['admin', 'supervisor', 'agent'],
  'triage.correct': ['admin', 'supervisor', 'agent'],
  'triage.retrain': ['admin'],
  'task.assign': ['admin', 'supervisor', 'agent'],
  'task.read': ['admin', 'supervisor', 'quality_manager', 'agent', 'handler'],
  'task.complete': ['admin', 'supervisor', 'agent', 'handler'],
  'remedy_matrix.read': ['admin', 'supervisor', 'quality_manager', 'agent', 'handler'],
  'remedy_matrix.manage': ['admin'],
  'reply_template.manage': ['admin'],
  // Step 6: post-mortems (also the complaint's owner), corrective actions, the case library.
  'post_mortem.write': ['admin', 'supervisor', 'quality_manager'],
  'action.manage': ['admin', 'quality_manager'],
  'action.track': ['admin', 'supervisor', 'quality_manager'],
  'case.create': ['admin', 'supervisor', 'quality_manager'],
  'case.read': ['admin', 'supervisor', 'quality_manager', 'agent', 'handler'],
  'contact.read': ['admin', 'supervisor', 'agent'],
  'user.manage': ['admin'],
  // Teams (escalation and routing) and what surrounds the seven categories; every staff member
  // reads them (team names on the board and queue, category guidance and subcategories).
  'team.manage': ['admin'],
  'category.manage': ['admin'],
  // Setting a complaint's subcategory: the same people who correct its triage.
  'complaint.subcategory': ['admin', 'supervisor', 'agent'],
  'user.list': ['admin', 'supervisor', 'quality_manager', 'agent'],
  'token.manage': ['admin'],
  // Remedy limits per role (seed 000 rule 4): every staff member may see them.
  'authority_limit.read': ['admin', 'supervisor', 'quality_manager', 'agent', 'handler'],
  'authority_limit.manage': ['admin'],
  'calendar.manage': ['admin'],
  'deadline_policy.manage': ['admin'],
  'jobs.inspect': ['admin'],
  'coach.review': ['admin', 'supervisor', 'quality_manager', 'agent', 'handler'],
  // The supervision views: deadline board, workload, approvals inbox, escalations (R6, R10).
  'supervision.read': ['admin', 'supervisor', 'quality_manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof grants;

export function can(role: Role, action: Action): boolean {
  return (grants[action] as readonly Role[]).includes(role);
}

/** Contact data for roles that do not need it: enough to recognise, not to use. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 4 ? '****' : `${'*'.repeat(Math.max(digits.length - 4, 3))}${digits.slice(-4)}`;
}
