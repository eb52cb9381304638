import { describe, expect, it } from 'vitest';
import {
  checkCategoryEdit,
  subcategoryProblem,
  type CategoryEditContext,
  type Subcategory,
} from './category-settings.js';

const existing: Subcategory[] = [
  {
    id: 's1',
    category: 'logistics',
    names: { 'zh-CN': '送错地址', 'en-US': 'Wrong address' },
    active: true,
    position: 1,
  },
  {
    id: 's2',
    category: 'logistics',
    names: { 'zh-CN': '包裹破损', 'en-US': 'Damaged' },
    active: true,
    position: 2,
  },
];
const context: CategoryEditContext = {
  category: 'logistics',
  existing,
  usedSubcategoryIds: new Set(['s1']),
  activeTeamIds: new Set(['team-a']),
  currentDefaultTeamId: 'team-old',
};
const names = { 'zh-CN': '物流', 'en-US': 'Logistics' };

describe('checkCategoryEdit', () => {
  it('keeps the order, trims the texts, numbers the positions and deletes unused subcategories left out', () => {
    const checked = checkCategoryEdit(
      {
        names: { 'zh-CN': ' 物流 ', 'en-US': 'Logistics' },
        guidance: { 'en-US': ' Late parcels ' },
        defaultTeamId: 'team-a',
        subcategories: [
          { names: { 'zh-CN': '延误', 'en-US': 'Late' }, active: true },
          { id: 's1', names: existing[0]!.names, active: false },
        ],
      },
      context,
    );
    expect(checked.problems).toEqual([]);
    expect(checked.edit).toEqual({
      names,
      guidance: { 'zh-CN': '', 'en-US': 'Late parcels' },
      defaultTeamId: 'team-a',
      subcategories: [
        { id: null, names: { 'zh-CN': '延误', 'en-US': 'Late' }, active: true, position: 1 },
        { id: 's1', names: existing[0]!.names, active: false, position: 2 },
      ],
      removedIds: ['s2'],
    });
  });

  it('lists every problem at once, and refuses removing a subcategory in use', () => {
    const checked = checkCategoryEdit(
      {
        names: { 'zh-CN': '', 'en-US': 'Line one\nline two' },
        guidance: { 'zh-CN': '长'.repeat(2_001) },
        defaultTeamId: 'team-unknown',
        subcategories: [
          { id: 's2', names: { 'zh-CN': '破损', 'en-US': 'Damaged' }, active: true },
          { id: 's2', names: { 'zh-CN': '破损', 'en-US': 'damaged' }, active: true },
          { id: 'other', names: {}, active: true },
        ],
      },
      context,
    );
    expect(checked.edit).toBeNull();
    expect(checked.problems.map((p) => p.path)).toEqual([
      'names.zh-CN',
      'names.en-US',
      'guidance.zh-CN',
      'defaultTeamId',
      'subcategories.1.id',
      'subcategories.1.names.zh-CN',
      'subcategories.1.names.en-US',
      'subcategories.2.id',
      'subcategories.2.names.zh-CN',
      'subcategories.2.names.en-US',
      'subcategories',
    ]);
    expect(checked.problems.at(-1)!.message).toContain('deactivate it instead');
  });

  it('keeps a default team that was since deactivated, but takes no new inactive one', () => {
    const draft = {
      names,
      guidance: {},
      subcategories: [{ id: 's1', names: existing[0]!.names, active: true }],
    };
    expect(checkCategoryEdit({ ...draft, defaultTeamId: 'team-old' }, context).problems).toEqual([]);
    expect(checkCategoryEdit({ ...draft, defaultTeamId: null }, context).problems).toEqual([]);
  });
});

describe('subcategoryProblem', () => {
  it('allows only an active subcategory of the complaint’s category', () => {
    expect(subcategoryProblem(existing[0]!, 'logistics')).toBeNull();
    expect(subcategoryProblem(null, 'logistics')).toBe('no subcategory with this id');
    expect(subcategoryProblem(existing[0]!, 'policy')).toContain('is not a subcategory');
    expect(subcategoryProblem({ ...existing[0]!, active: false }, 'logistics')).toBe('is deactivated');
  });

  it('takes the subcategory’s own category when none is given (intake), still only an active one', () => {
    expect(subcategoryProblem(existing[0]!, undefined)).toBeNull();
    expect(subcategoryProblem(null, undefined)).toBe('no subcategory with this id');
    expect(subcategoryProblem({ ...existing[0]!, active: false }, undefined)).toBe('is deactivated');
  });
});
