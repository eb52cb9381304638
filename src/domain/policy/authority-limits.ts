/**
 * The authority limits table admins edit (seed 000 rule 4, PRODUCT.md R4): one row per
 * role, an amount (null: unlimited) and the currency every amount is in. Remedy commands
 * read the table in their own transaction, so a saved change applies to the next remedy.
 * The admin stays unlimited: with a limit on every approver, a remedy above all of them
 * could be neither approved nor rejected, and its complaint could never move on.
 */
import type { FieldProblem } from '../errors.js';
import { roles, type Role } from '../vocabulary.js';

export interface AuthorityLimit {
  role: Role;
  /** null: unlimited. */
  amount: number | null;
  currency: string;
}

/** What an admin sends, before it is checked. */
export interface AuthorityLimitDraft {
  role: string;
  amount: number | null;
  currency: string;
}

/** numeric(14, 2): the largest amount the column holds. */
export const maxLimitAmount = 999_999_999_999.99;

const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

/**
 * The limits in the vocabulary's role order, or every problem of the draft (each with
 * the path of its row and field, so a form can show it beside the cell).
 */
export function validateAuthorityLimits(
  drafts: readonly AuthorityLimitDraft[],
): { limits: AuthorityLimit[]; problems: [] } | { limits: null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const seen = new Map<Role, number>();
  const currency = drafts.find((d) => /^[A-Z]{3}$/.test(d.currency))?.currency;

  drafts.forEach((draft, index) => {
    const at = `limits.${index}`;
    if (!isRole(draft.role)) {
      problems.push({ path: `${at}.role`, message: `must be one of ${roles.join(', ')}` });
    } else if (seen.has(draft.role)) {
      problems.push({
        path: `${at}.role`,
        message: `${draft.role} has a row already (row ${(seen.get(draft.role) ?? 0) + 1})`,
      });
    } else {
      seen.set(draft.role, index);
    }
    const amount = draft.amount;
    if (amount !== null) {
      if (!Number.isFinite(amount) || amount < 0) {
        problems.push({ path: `${at}.amount`, message: 'must be 0 or more, or null for unlimited' });
      } else if (amount > maxLimitAmount) {
        problems.push({ path: `${at}.amount`, message: `must be at most ${maxLimitAmount}` });
      } else if (Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) {
        problems.push({ path: `${at}.amount`, message: 'must have at most 2 decimal places' });
      }
    }
    if (draft.role === 'admin' && amount !== null) {
      problems.push({
        path: `${at}.amount`,
        message: 'the admin stays unlimited (null): above every limit nobody could decide a remedy',
      });
    }
    if (!/^[A-Z]{3}$/.test(draft.currency)) {
      problems.push({ path: `${at}.currency`, message: 'must be an ISO 4217 code such as CNY' });
    } else if (currency !== undefined && draft.currency !== currency) {
      problems.push({
        path: `${at}.currency`,
        message: `must be ${currency} like the other rows: limits are compared without conversion`,
      });
    }
  });

  for (const role of roles) {
    if (!seen.has(role)) problems.push({ path: 'limits', message: `needs a row for ${role}` });
  }
  if (problems.length) return { limits: null, problems };

  const limits = drafts
    .flatMap((d) => (isRole(d.role) ? [{ role: d.role, amount: d.amount, currency: d.currency }] : []))
    .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
  return { limits, problems: [] };
}
