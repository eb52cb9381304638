/**
 * What admins set around the seven categories (category_settings) and their subcategories.
 * An edit locks the category's row (made on first edit) and its subcategories, so two admins
 * saving one category at once apply one after the other, and a subcategory being set on a
 * complaint (read FOR SHARE) is never deleted underneath it.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  shippedCategoryNames,
  type Bilingual,
  type CategoryEdit,
  type CategorySettings,
  type Subcategory,
} from '../domain/categories/category-settings.js';
import { categories, type Category } from '../domain/vocabulary.js';
import type { Executor, Tx } from './database.js';
import { newId } from './ids.js';
import { categorySettings, complaints, subcategories, users } from './schema.js';

type SubcategoryRow = typeof subcategories.$inferSelect;

const toSubcategory = (r: SubcategoryRow): Subcategory => ({
  id: r.id,
  category: r.category as Category, // written only through checkCategoryEdit for a known key
  names: r.names as Bilingual,
  active: r.active,
  position: r.position,
});

const noGuidance: Bilingual = { 'zh-CN': '', 'en-US': '' };

export interface StoredCategorySettings extends CategorySettings {
  updatedAt: Date | null;
  updatedBy: { id: string; name: string } | null;
}

/** All seven categories in vocabulary order, the shipped names where no admin edited them. */
export async function loadCategorySettings(db: Executor): Promise<StoredCategorySettings[]> {
  const [rows, subs] = [
    await db
      .select({
        category: categorySettings.category,
        names: categorySettings.names,
        guidance: categorySettings.guidance,
        defaultTeamId: categorySettings.defaultTeamId,
        updatedAt: categorySettings.updatedAt,
        updatedById: categorySettings.updatedById,
        updatedByName: users.name,
      })
      .from(categorySettings)
      .leftJoin(users, eq(users.id, categorySettings.updatedById)),
    await db
      .select()
      .from(subcategories)
      .orderBy(asc(subcategories.category), asc(subcategories.position), asc(subcategories.id)),
  ];
  const byKey = new Map(rows.map((r) => [r.category, r]));
  return categories.map((key) => {
    const row = byKey.get(key);
    return {
      key,
      names: row ? (row.names as Bilingual) : { ...shippedCategoryNames[key] },
      guidance: row ? (row.guidance as Bilingual) : { ...noGuidance },
      defaultTeamId: row?.defaultTeamId ?? null,
      subcategories: subs.filter((s) => s.category === key).map(toSubcategory),
      updatedAt: row?.updatedAt ?? null,
      updatedBy:
        row?.updatedById && row.updatedByName ? { id: row.updatedById, name: row.updatedByName } : null,
    };
  });
}

/**
 * Locks one category for an edit (creating its row with the shipped names on the first one)
 * and answers its default team, its subcategories (locked too) and which of them complaints use.
 */
export async function lockCategoryForEdit(
  tx: Tx,
  category: Category,
  now: Date,
): Promise<{ defaultTeamId: string | null; existing: Subcategory[]; usedIds: Set<string> }> {
  await tx
    .insert(categorySettings)
    .values({ category, names: shippedCategoryNames[category], guidance: noGuidance, updatedAt: now })
    .onConflictDoNothing();
  const [row] = await tx
    .select({ defaultTeamId: categorySettings.defaultTeamId })
    .from(categorySettings)
    .where(eq(categorySettings.category, category))
    .for('update');
  const existing = (
    await tx
      .select()
      .from(subcategories)
      .where(eq(subcategories.category, category))
      .orderBy(asc(subcategories.position))
      .for('update')
  ).map(toSubcategory);
  const ids = existing.map((s) => s.id);
  const used = ids.length
    ? await tx
        .selectDistinct({ id: complaints.subcategoryId })
        .from(complaints)
        .where(inArray(complaints.subcategoryId, ids))
    : [];
  return {
    defaultTeamId: row?.defaultTeamId ?? null,
    existing,
    usedIds: new Set(used.map((u) => u.id).filter((id): id is string => id !== null)),
  };
}

/** Stores a checked edit of one category (locked by lockCategoryForEdit). */
export async function saveCategoryEdit(
  tx: Tx,
  category: Category,
  edit: CategoryEdit,
  by: { at: Date; userId: string },
): Promise<void> {
  await tx
    .update(categorySettings)
    .set({
      names: edit.names,
      guidance: edit.guidance,
      defaultTeamId: edit.defaultTeamId,
      updatedAt: by.at,
      updatedById: by.userId,
    })
    .where(eq(categorySettings.category, category));
  if (edit.removedIds.length) {
    await tx
      .delete(subcategories)
      .where(and(eq(subcategories.category, category), inArray(subcategories.id, edit.removedIds)));
  }
  for (const sub of edit.subcategories) {
    if (sub.id === null) {
      await tx.insert(subcategories).values({
        id: newId(by.at.getTime()),
        category,
        names: sub.names,
        active: sub.active,
        position: sub.position,
        createdAt: by.at,
        updatedAt: by.at,
      });
    } else {
      await tx
        .update(subcategories)
        .set({ names: sub.names, active: sub.active, position: sub.position, updatedAt: by.at })
        .where(eq(subcategories.id, sub.id));
    }
  }
}

/** One subcategory, locked against deletion until the transaction ends (FOR SHARE). */
export async function findSubcategoryForUse(tx: Executor, id: string): Promise<Subcategory | null> {
  const [row] = await tx.select().from(subcategories).where(eq(subcategories.id, id)).for('share').limit(1);
  return row ? toSubcategory(row) : null;
}

export async function findSubcategory(db: Executor, id: string): Promise<Subcategory | null> {
  const [row] = await db.select().from(subcategories).where(eq(subcategories.id, id)).limit(1);
  return row ? toSubcategory(row) : null;
}
