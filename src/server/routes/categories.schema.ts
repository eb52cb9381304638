/**
 * The shapes of category administration: the seven fixed keys (CONTRACT.md §4) with the names,
 * guidance, default team and subcategories admins give them, and a complaint's subcategory.
 * Texts are taken as plain values here and checked by domain/categories/category-settings.ts,
 * so one answer lists every problem of an edit at once.
 */
import { z } from 'zod';
import { categories } from '../../domain/vocabulary.js';
import { text } from '../http/text.js';

const Bilingual = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const BilingualInput = z.object({
  'zh-CN': text(2_000).optional(),
  'en-US': text(2_000).optional(),
});

export const SubcategoryView = z.object({
  id: z.string(),
  category: z.enum(categories),
  names: Bilingual,
  active: z
    .boolean()
    .meta({ description: 'false: kept on the complaints that have it, not offered any more' }),
  position: z.number().int(),
});

export const CategoryView = z.object({
  key: z.enum(categories),
  names: Bilingual.meta({ description: 'Display names; the shipped labels until an admin edits them' }),
  guidance: Bilingual.meta({ description: 'What belongs here, for agents (may be empty)' }),
  defaultTeamId: z
    .string()
    .nullable()
    .meta({ description: 'The team that takes its unassigned complaints (the "my team" queue)' }),
  subcategories: z.array(SubcategoryView),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const CategoryList = z.object({ items: z.array(CategoryView) });

export const CategoryParams = z.object({
  key: z.enum(categories).meta({ description: 'One of the seven category keys' }),
});

export const CategoryBody = z.strictObject({
  names: BilingualInput,
  guidance: BilingualInput.default({}),
  defaultTeamId: z.uuid('must be a team id').nullable().default(null),
  subcategories: z
    .array(
      z.strictObject({
        id: z.uuid('must be the id of a subcategory of this category').optional(),
        names: BilingualInput,
        active: z.boolean().default(true),
      }),
    )
    .max(200)
    .default([])
    .meta({
      description:
        'In display order, the whole list: one left out is deleted if no complaint has it, else refused (deactivate it instead)',
    }),
});

export const SubcategoryBody = z.strictObject({
  subcategoryId: z
    .uuid('must be a subcategory id')
    .nullable()
    .meta({ description: "An active subcategory of the complaint's category; null clears it" }),
});
