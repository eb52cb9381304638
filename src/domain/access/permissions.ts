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
  'contact.read': ['admin', 'supervisor', 'agent'],
  'user.manage': ['admin'],
  'user.list': ['admin', 'supervisor', 'quality_manager', 'agent'],
  'token.manage': ['admin'],
  'calendar.manage': ['admin'],
  'jobs.inspect': ['admin'],
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
