/**
 * Step 2, define the problem (S0 step 2, "明确问题,界定权责"): the facts the owner
 * verified, the responsibility, and the order or product they concern.
 *
 * Decides what a facts edit changes (each field as `[from, to]` for the history) and
 * refuses an edit that would undo a precondition the lifecycle already checked.
 */
import type { FieldProblem } from '../errors.js';
import type { Responsibility } from '../vocabulary.js';
import type { ComplaintStatus } from './lifecycle.js';

export interface ComplaintFacts {
  verifiedFacts: string | null;
  responsibility: Responsibility | null;
  orderRef: string | null;
  productRef: string | null;
}

const factFields = ['verifiedFacts', 'responsibility', 'orderRef', 'productRef'] as const;

/** Once a remedy was proposed on it, the complaint keeps a responsibility (lifecycle.ts). */
const responsibilityRequiredIn: readonly ComplaintStatus[] = ['remedy_proposed', 'in_progress'];

/** Blank text is no fact: stored as null, so "cleared" has one form. */
export function normalizeFacts(facts: ComplaintFacts): ComplaintFacts {
  const clean = (value: string | null) => (value?.trim() ? value.trim() : null);
  return {
    verifiedFacts: clean(facts.verifiedFacts),
    responsibility: facts.responsibility,
    orderRef: clean(facts.orderRef),
    productRef: clean(facts.productRef),
  };
}

export function factsProblems(status: ComplaintStatus, next: ComplaintFacts): FieldProblem[] {
  if (next.responsibility === null && responsibilityRequiredIn.includes(status)) {
    return [
      {
        path: 'responsibility',
        message: 'a remedy was proposed on this complaint: change the responsibility, do not clear it',
      },
    ];
  }
  return [];
}

/** The fields that change, as `[from, to]`; empty when the edit changes nothing. */
export function factChanges(
  current: ComplaintFacts,
  next: ComplaintFacts,
): Partial<Record<(typeof factFields)[number], [string | null, string | null]>> {
  const changes: Partial<Record<(typeof factFields)[number], [string | null, string | null]>> = {};
  for (const field of factFields) {
    if (current[field] !== next[field]) changes[field] = [current[field], next[field]];
  }
  return changes;
}
