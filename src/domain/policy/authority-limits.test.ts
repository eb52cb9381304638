import { describe, expect, it } from 'vitest';
import { validateAuthorityLimits, type AuthorityLimitDraft } from './authority-limits.js';

const table = (
  overrides: Partial<Record<string, Partial<AuthorityLimitDraft>>> = {},
): AuthorityLimitDraft[] =>
  (
    [
      { role: 'admin', amount: null, currency: 'CNY' },
      { role: 'supervisor', amount: 2000, currency: 'CNY' },
      { role: 'quality_manager', amount: 200, currency: 'CNY' },
      { role: 'agent', amount: 200, currency: 'CNY' },
      { role: 'handler', amount: 0, currency: 'CNY' },
    ] as AuthorityLimitDraft[]
  ).map((row) => ({ ...row, ...overrides[row.role] }));

describe('authority limits an admin saves', () => {
  it('accepts one row per role and answers them in the vocabulary order', () => {
    const checked = validateAuthorityLimits([...table()].reverse());
    expect(checked.problems).toEqual([]);
    expect(checked.limits?.map((l) => l.role)).toEqual([
      'admin',
      'supervisor',
      'quality_manager',
      'agent',
      'handler',
    ]);
    expect(checked.limits?.find((l) => l.role === 'agent')?.amount).toBe(200);
  });

  it('keeps the admin unlimited', () => {
    const checked = validateAuthorityLimits(table({ admin: { amount: 1_000_000 } }));
    expect(checked.problems).toEqual([
      { path: 'limits.0.amount', message: expect.stringMatching(/unlimited/) },
    ]);
  });

  it('lists every problem: negative and over-precise amounts, a second currency, an unknown, a repeated and a missing role', () => {
    const rows = table({ supervisor: { amount: -1 }, agent: { amount: 10.005, currency: 'USD' } });
    rows[2] = { role: 'boss', amount: 5, currency: 'cny' };
    rows.push({ role: 'agent', amount: 1, currency: 'CNY' });
    const checked = validateAuthorityLimits(rows);
    expect(checked.limits).toBeNull();
    expect(checked.problems.map((p) => p.path)).toEqual([
      'limits.1.amount',
      'limits.2.role',
      'limits.2.currency',
      'limits.3.amount',
      'limits.3.currency',
      'limits.5.role',
      'limits',
    ]);
    expect(checked.problems.at(-1)?.message).toBe('needs a row for quality_manager');
  });

  it('takes amounts with two decimals and null (unlimited) for any role', () => {
    const checked = validateAuthorityLimits(
      table({ agent: { amount: 199.99 }, supervisor: { amount: null } }),
    );
    expect(checked.problems).toEqual([]);
    expect(checked.limits?.find((l) => l.role === 'supervisor')?.amount).toBeNull();
  });
});
