/**
 * What admins set around the seven fixed categories (CONTRACT.md §4), like osTicket's help
 * topics: display names in both languages, guidance for agents ("what belongs here"), the team
 * that takes its unassigned complaints, and an ordered list of subcategories. The keys never
 * change (triage outputs them). This module holds the shipped names, checks an admin's edit
 * (every problem at once) and decides which subcategories it adds, changes and removes: one in
 * use is deactivated, never deleted. Change it with category-settings.test.ts.
 */
import type { FieldProblem } from '../errors.js';
import type { Category, Locale } from '../vocabulary.js';

export type Bilingual = Record<Locale, string>;

export interface Subcategory {
  id: string;
  category: Category;
  names: Bilingual;
  active: boolean;
  position: number;
}

export interface CategorySettings {
  key: Category;
  names: Bilingual;
  guidance: Bilingual;
  defaultTeamId: string | null;
  subcategories: Subcategory[];
}

/** The names the app shipped with (the web app's category labels): the defaults. */
export const shippedCategoryNames: Readonly<Record<Category, Bilingual>> = {
  product_quality: { 'zh-CN': '产品质量', 'en-US': 'Product quality' },
  service_attitude: { 'zh-CN': '服务态度', 'en-US': 'Service attitude' },
  timeliness: { 'zh-CN': '处理时效', 'en-US': 'Timeliness' },
  information_accuracy: { 'zh-CN': '信息准确性', 'en-US': 'Information accuracy' },
  policy: { 'zh-CN': '政策执行', 'en-US': 'Policy' },
  logistics: { 'zh-CN': '物流配送', 'en-US': 'Logistics' },
  other: { 'zh-CN': '其他', 'en-US': 'Other' },
};

export const maxNameChars = 60;
export const maxGuidanceChars = 2_000;
export const maxSubcategories = 50;

/** An admin's edit of one category, as received (checked here, not by the route). */
export interface CategoryDraft {
  names: Partial<Bilingual>;
  guidance: Partial<Bilingual>;
  defaultTeamId: string | null;
  /** In the order to show; no id: a new subcategory. */
  subcategories: { id?: string | undefined; names: Partial<Bilingual>; active: boolean }[];
}

/** What the edit is checked against: the stored subcategories and which are in use. */
export interface CategoryEditContext {
  category: Category;
  existing: readonly Subcategory[];
  usedSubcategoryIds: ReadonlySet<string>;
  /** Teams a category may route to (active ones); the current default team stays allowed. */
  activeTeamIds: ReadonlySet<string>;
  currentDefaultTeamId: string | null;
}

export interface CategoryEdit {
  names: Bilingual;
  guidance: Bilingual;
  defaultTeamId: string | null;
  /** In order, each with its position; `id` null: to be created. */
  subcategories: { id: string | null; names: Bilingual; active: boolean; position: number }[];
  /** Unused subcategories left out of the edit: deleted. */
  removedIds: string[];
}

const locales = ['zh-CN', 'en-US'] as const;
const chars = (s: string) => Array.from(s).length;

/**
 * Checks an admin's edit of one category. Answers the edit to store, or every problem (paths as
 * in the request body: `names.zh-CN`, `subcategories.2.names.en-US`, …).
 */
export function checkCategoryEdit(
  draft: CategoryDraft,
  context: CategoryEditContext,
): { edit: CategoryEdit; problems: [] } | { edit: null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const names = bilingual(draft.names, 'names', { required: true, max: maxNameChars }, problems);
  const guidance = bilingual(
    draft.guidance,
    'guidance',
    { required: false, max: maxGuidanceChars },
    problems,
  );
  if (
    draft.defaultTeamId !== null &&
    draft.defaultTeamId !== context.currentDefaultTeamId &&
    !context.activeTeamIds.has(draft.defaultTeamId)
  ) {
    problems.push({ path: 'defaultTeamId', message: 'must be an active team, or null' });
  }
  if (draft.subcategories.length > maxSubcategories) {
    problems.push({ path: 'subcategories', message: `must hold at most ${maxSubcategories} subcategories` });
  }
  const existingById = new Map(context.existing.map((s) => [s.id, s]));
  const seenIds = new Set<string>();
  const seenNames = new Map<string, number>();
  const subcategories: CategoryEdit['subcategories'] = [];
  draft.subcategories.forEach((sub, index) => {
    const at = `subcategories.${index}`;
    if (sub.id !== undefined) {
      if (!existingById.has(sub.id)) {
        problems.push({ path: `${at}.id`, message: `is not a subcategory of ${context.category}` });
      } else if (seenIds.has(sub.id)) {
        problems.push({ path: `${at}.id`, message: 'is listed twice' });
      }
      seenIds.add(sub.id);
    }
    const subNames = bilingual(sub.names, `${at}.names`, { required: true, max: maxNameChars }, problems);
    for (const locale of locales) {
      const key = `${locale}:${subNames[locale].toLocaleLowerCase()}`;
      if (!subNames[locale]) continue;
      const earlier = seenNames.get(key);
      if (earlier !== undefined) {
        problems.push({
          path: `${at}.names.${locale}`,
          message: `is the same as subcategory ${earlier + 1}: names must differ`,
        });
      } else {
        seenNames.set(key, index);
      }
    }
    subcategories.push({ id: sub.id ?? null, names: subNames, active: sub.active, position: index + 1 });
  });
  const removedIds: string[] = [];
  for (const old of context.existing) {
    if (seenIds.has(old.id)) continue;
    if (context.usedSubcategoryIds.has(old.id)) {
      problems.push({
        path: 'subcategories',
        message: `“${old.names['en-US']}” (${old.id}) is set on complaints: keep it and deactivate it instead of removing it`,
      });
    } else {
      removedIds.push(old.id);
    }
  }
  if (problems.length) return { edit: null, problems };
  return {
    edit: { names, guidance, defaultTeamId: draft.defaultTeamId, subcategories, removedIds },
    problems: [],
  };
}

function bilingual(
  value: Partial<Bilingual>,
  path: string,
  rule: { required: boolean; max: number },
  problems: FieldProblem[],
): Bilingual {
  const out = { 'zh-CN': '', 'en-US': '' };
  for (const locale of locales) {
    const text = value[locale]?.trim() ?? '';
    if (rule.required && !text) problems.push({ path: `${path}.${locale}`, message: 'must not be empty' });
    else if (chars(text) > rule.max) {
      problems.push({ path: `${path}.${locale}`, message: `must be at most ${rule.max} characters` });
    } else if (rule.max === maxNameChars && /[\r\n]/.test(text)) {
      problems.push({ path: `${path}.${locale}`, message: 'must be on one line' });
    }
    out[locale] = text;
  }
  return out;
}

/**
 * Whether a subcategory may be set on a complaint of this category: it must belong to the
 * category and be active (a deactivated one stays on the complaints that have it). Without a
 * category (an intake that names only the subcategory), the subcategory's own becomes it.
 */
export function subcategoryProblem(
  subcategory: Pick<Subcategory, 'category' | 'active'> | null,
  category: Category | undefined,
): string | null {
  if (!subcategory) return 'no subcategory with this id';
  if (category !== undefined && subcategory.category !== category) {
    return `is not a subcategory of the complaint's category (${category})`;
  }
  if (!subcategory.active) return 'is deactivated';
  return null;
}
