/**
 * Nobody promises beyond their authority (seed 000 rule 4, PRODUCT.md R4).
 *
 * A remedy within the author's limit is approved at once; above it, it waits for
 * someone whose limit covers it. A remedy must be concrete: an action described and,
 * for money remedies, an amount.
 */
import type { RemedyKind } from '../vocabulary.js';

/** Remedies that are money and so need an amount. */
export const monetaryRemedyKinds: readonly RemedyKind[] = ['coupon', 'refund', 'compensation'];

/** null limit: unlimited. A remedy without an amount costs nothing to approve. */
export function isWithinAuthority(amount: number | null, limit: number | null): boolean {
  if (limit === null) return true;
  return (amount ?? 0) <= limit;
}

/** Problems that make a remedy not concrete; empty when it is. */
export function remedyProblems(remedy: {
  kind: RemedyKind;
  amount: number | null;
  description: string;
}): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const words = remedy.description.trim();
  if (Array.from(words).length < 4) {
    problems.push({
      path: 'description',
      message: 'Describe the concrete action the customer gets (what, and when).',
    });
  }
  if (monetaryRemedyKinds.includes(remedy.kind) && (remedy.amount === null || remedy.amount <= 0)) {
    problems.push({ path: 'amount', message: `A ${remedy.kind} needs an amount greater than 0.` });
  }
  return problems;
}
