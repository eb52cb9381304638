/**
 * The remedy matrix (PRODUCT.md R4): read it (the admins' table, else the shipped
 * defaults), replace it (admins; every problem listed at once), and suggest remedies for
 * one complaint, each marked within the asking user's authority or not, and who decides.
 */
import type { Actor } from '../domain/complaint/complaint.js';
import { DomainError } from '../domain/errors.js';
import { isWithinAuthority, monetaryRemedyKinds } from '../domain/policy/authority.js';
import { approverRoles, limitOf } from '../domain/policy/remedy-approval.js';
import {
  defaultRemedyMatrix,
  suggestRemedies,
  validateRemedyMatrix,
  type RemedyMatrixDraftRow,
  type RemedyMatrixRow,
} from '../domain/policy/remedy-matrix.js';
import type { Role } from '../domain/vocabulary.js';
import { loadRemedyMatrix, replaceRemedyMatrix } from '../store/remedy-matrix-repository.js';
import { loadAuthorityLimits } from '../store/remedy-repository.js';
import { findExistingComplaint } from './complaint-guards.js';
import type { CommandContext } from './context.js';

export interface RemedyMatrix {
  /** `default`: nobody replaced the shipped table yet. */
  source: 'default' | 'custom';
  rows: RemedyMatrixRow[];
  updatedAt: Date | null;
  updatedBy: { id: string; name: string } | null;
}

export async function readRemedyMatrix(ctx: CommandContext): Promise<RemedyMatrix> {
  const stored = await loadRemedyMatrix(ctx.database.db);
  if (stored.rows.length === 0) {
    return { source: 'default', rows: [...defaultRemedyMatrix], updatedAt: null, updatedBy: null };
  }
  return { source: 'custom', ...stored };
}

export async function replaceMatrix(
  ctx: CommandContext,
  drafts: readonly RemedyMatrixDraftRow[],
  actor: Extract<Actor, { type: 'user' }>,
): Promise<RemedyMatrix> {
  const checked = validateRemedyMatrix(drafts);
  if (checked.rows === null) {
    throw new DomainError(
      'input.invalid',
      `The remedy matrix has ${checked.problems.length} problem(s).`,
      checked.problems,
    );
  }
  const rows = checked.rows;
  const now = ctx.now();
  await ctx.database.db.transaction(async (tx) => replaceRemedyMatrix(tx, rows, { at: now, byId: actor.id }));
  return { source: 'custom', rows, updatedAt: now, updatedBy: { id: actor.id, name: actor.name } };
}

export interface RemedySuggestion extends RemedyMatrixRow {
  /** null: a money remedy whose amount is decided on the complaint (then the amount decides). */
  withinAuthority: boolean | null;
  /** Who may approve it when it is above the user's authority (empty when within it). */
  approverRoles: Role[];
}

export async function remedySuggestions(
  ctx: CommandContext,
  complaintId: string,
  viewer: { role: Role },
): Promise<{
  severity: RemedyMatrixRow['severity'];
  category: NonNullable<RemedyMatrixRow['category']>;
  limit: number | null;
  /** The roles that approve remedies and their limits, to say who decides any amount. */
  approvers: { role: Role; limit: number | null }[];
  items: RemedySuggestion[];
}> {
  const complaint = await findExistingComplaint(ctx.database.db, complaintId);
  const [matrix, limits] = await Promise.all([readRemedyMatrix(ctx), loadAuthorityLimits(ctx.database.db)]);
  const limit = limitOf(limits, viewer.role);
  const items = suggestRemedies(matrix.rows, {
    severity: complaint.triage.severity,
    category: complaint.triage.category.label,
  }).map((row): RemedySuggestion => {
    const open = row.amount === null && monetaryRemedyKinds.includes(row.kind);
    const within = open ? null : isWithinAuthority(row.amount, limit);
    return {
      ...row,
      withinAuthority: within,
      approverRoles: within === false ? approverRoles(row.amount, limits) : [],
    };
  });
  const approvers = approverRoles(0, limits).map((role) => ({ role, limit: limitOf(limits, role) }));
  return {
    severity: complaint.triage.severity,
    category: complaint.triage.category.label,
    limit,
    approvers,
    items,
  };
}
