/**
 * Categories as admins shape them (names, guidance, default team, subcategories), and a
 * complaint's subcategory. Every problem of an edit is listed at once (domain/categories).
 * Setting a subcategory is recorded in the complaint's history; correcting the category clears
 * a subcategory of another category (commands/correct-triage.ts).
 */
import {
  checkCategoryEdit,
  subcategoryProblem,
  type CategoryDraft,
} from '../domain/categories/category-settings.js';
import type { Actor, Complaint } from '../domain/complaint/complaint.js';
import { DomainError } from '../domain/errors.js';
import type { Category } from '../domain/vocabulary.js';
import {
  findSubcategory,
  findSubcategoryForUse,
  loadCategorySettings,
  lockCategoryForEdit,
  saveCategoryEdit,
  type StoredCategorySettings,
} from '../store/category-repository.js';
import { updateComplaint } from '../store/complaint-repository.js';
import { appendHistory } from '../store/history-repository.js';
import { listTeams } from '../store/team-repository.js';
import { lockExistingComplaint } from './complaint-guards.js';
import type { CommandContext } from './context.js';

export function readCategories(ctx: CommandContext): Promise<StoredCategorySettings[]> {
  return loadCategorySettings(ctx.database.db);
}

export async function editCategory(
  ctx: CommandContext,
  category: Category,
  draft: CategoryDraft,
  actor: Extract<Actor, { type: 'user' }>,
): Promise<StoredCategorySettings> {
  await ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const locked = await lockCategoryForEdit(tx, category, now);
    const activeTeamIds = new Set((await listTeams(tx)).filter((t) => t.active).map((t) => t.id));
    const checked = checkCategoryEdit(draft, {
      category,
      existing: locked.existing,
      usedSubcategoryIds: locked.usedIds,
      activeTeamIds,
      currentDefaultTeamId: locked.defaultTeamId,
    });
    if (checked.edit === null) {
      throw new DomainError(
        'input.invalid',
        `The category has ${checked.problems.length} problem(s).`,
        checked.problems,
      );
    }
    await saveCategoryEdit(tx, category, checked.edit, { at: now, userId: actor.id });
  });
  const all = await loadCategorySettings(ctx.database.db);
  return all.find((c) => c.key === category)!; // loadCategorySettings answers all seven
}

/**
 * Sets (or clears, with null) a complaint's subcategory: an active one of its category. The
 * subcategory is read FOR SHARE, so an admin's edit cannot delete it before this commits.
 */
export async function setSubcategory(
  ctx: CommandContext,
  complaintId: string,
  subcategoryId: string | null,
  actor: Extract<Actor, { type: 'user' }>,
): Promise<Complaint> {
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    if (complaint.subcategoryId === subcategoryId) return complaint;
    if (subcategoryId !== null) {
      const problem = subcategoryProblem(
        await findSubcategoryForUse(tx, subcategoryId),
        complaint.triage.category.label,
      );
      if (problem) {
        throw new DomainError('input.invalid', 'This subcategory cannot be set here.', [
          { path: 'subcategoryId', message: problem },
        ]);
      }
    }
    const now = ctx.now();
    const updated = await updateComplaint(tx, complaintId, { subcategoryId }, now);
    await appendHistory(
      tx,
      complaintId,
      actor,
      'subcategory.set',
      { subcategoryId: [complaint.subcategoryId, subcategoryId] },
      now,
    );
    return updated;
  });
}

/** Whether a subcategory exists (the list filter answers 400 for one that does not). */
export async function subcategoryExists(ctx: CommandContext, id: string): Promise<boolean> {
  return (await findSubcategory(ctx.database.db, id)) !== null;
}
