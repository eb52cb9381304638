/**
 * The categories as admins shape them (names, guidance, default team, subcategories), loaded
 * once per page load and shared. The admins' display names replace the shipped labels in both
 * languages (the `category.*` texts every page uses), so a renamed category reads the same
 * everywhere.
 */
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { CategoryList, CategoryView } from '../../../../src/server/routes/categories.schema';
import { api } from '../../api/client';
import type { Complaint } from '../../api/types';
import { i18next } from '../../i18n/i18n';

export type CategorySettings = z.infer<typeof CategoryView>;
export type Subcategory = CategorySettings['subcategories'][number];
export type CategoryKey = CategorySettings['key'];
export type Bilingual = CategorySettings['names'];

let cache: Promise<CategorySettings[]> | null = null;
const listeners = new Set<(items: CategorySettings[]) => void>();

/** Puts the admins' names in place of the shipped `category.*` labels, in both languages. */
function applyNames(items: readonly CategorySettings[]): void {
  for (const language of ['zh-CN', 'en-US'] as const) {
    const names = Object.fromEntries(items.map((c) => [c.key, c.names[language]]));
    i18next.addResourceBundle(language, 'translation', { category: names }, true, true);
  }
}

function publish(items: CategorySettings[]): void {
  applyNames(items);
  cache = Promise.resolve(items);
  for (const listener of listeners) listener(items);
}

/** Loads the categories (once) and applies their names; failures leave the shipped labels. */
export function loadCategories(): Promise<CategorySettings[]> {
  cache ??= api<z.infer<typeof CategoryList>>('/api/v1/categories').then(
    (page) => {
      applyNames(page.items);
      return page.items;
    },
    () => {
      cache = null;
      return [];
    },
  );
  return cache;
}

/** The categories, or an empty list until they arrive; follows an admin's saves. */
export function useCategories(): CategorySettings[] {
  const [items, setItems] = useState<CategorySettings[]>([]);
  useEffect(() => {
    let live = true;
    void loadCategories().then((loaded) => live && setItems(loaded));
    const listener = (next: CategorySettings[]) => live && setItems(next);
    listeners.add(listener);
    return () => {
      live = false;
      listeners.delete(listener);
    };
  }, []);
  return items;
}

export interface CategoryDraft {
  names: Bilingual;
  guidance: Bilingual;
  defaultTeamId: string | null;
  subcategories: { id?: string; names: Bilingual; active: boolean }[];
}

export async function saveCategory(key: CategoryKey, draft: CategoryDraft): Promise<CategorySettings> {
  const saved = await api<CategorySettings>(`/api/v1/categories/${key}`, { method: 'PUT', body: draft });
  const current = await loadCategories();
  publish(current.map((c) => (c.key === key ? saved : c)));
  return saved;
}

export const setComplaintSubcategory = (complaintId: string, subcategoryId: string | null) =>
  api<Complaint>(`/api/v1/complaints/${complaintId}/subcategory`, {
    method: 'POST',
    body: { subcategoryId },
  });
