import { describe, expect, it } from 'vitest';
import { monetaryRemedyKinds } from './authority.js';
import { approvalAnswerDueAt, approverRoles, mayDecide } from './remedy-approval.js';
import {
  defaultRemedyMatrix,
  suggestRemedies,
  validateRemedyMatrix,
  type RemedyMatrixDraftRow,
} from './remedy-matrix.js';
import type { Role } from '../vocabulary.js';

const row = (overrides: Partial<RemedyMatrixDraftRow> = {}): RemedyMatrixDraftRow => ({
  severity: 'minor',
  category: null,
  kind: 'apology',
  amount: null,
  currency: null,
  label: { 'zh-CN': '致歉', 'en-US': 'Apologise' },
  ...overrides,
});

const everySeverity = [row(), row({ severity: 'moderate' }), row({ severity: 'severe' })];

describe('the shipped remedy matrix', () => {
  it('passes its own validation', () => {
    expect(validateRemedyMatrix(defaultRemedyMatrix).problems).toEqual([]);
  });

  it('follows seed 000 step 3: apology and small compensation for minor complaints', () => {
    const minor = defaultRemedyMatrix.filter((r) => r.severity === 'minor');
    expect(minor.map((r) => r.kind)).toContain('apology');
    const money = minor.filter((r) => r.amount !== null);
    expect(money.length).toBeGreaterThan(0);
    for (const r of money) {
      expect(r.amount).toBeGreaterThanOrEqual(20);
      expect(r.amount).toBeLessThanOrEqual(50);
    }
  });

  it('offers redo or upgrade for moderate, and refund, public apology and long-term benefits for severe', () => {
    const kinds = (severity: string) =>
      defaultRemedyMatrix.filter((r) => r.severity === severity).map((r) => r.kind);
    expect(kinds('moderate')).toEqual(expect.arrayContaining(['redo_service', 'upgrade']));
    expect(kinds('severe')).toEqual(expect.arrayContaining(['refund', 'apology', 'upgrade']));
    const severeLabels = defaultRemedyMatrix
      .filter((r) => r.severity === 'severe')
      .map((r) => r.label['en-US']);
    expect(severeLabels.join(' ')).toMatch(/Senior management/);
    expect(severeLabels.join(' ')).toMatch(/public apology/i);
  });

  it('labels every row in both languages and leaves per-complaint refunds without an amount', () => {
    for (const r of defaultRemedyMatrix) {
      expect(r.label['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(r.label['en-US']).toMatch(/[a-z]/);
    }
    const fullRefund = defaultRemedyMatrix.find((r) => r.severity === 'severe' && r.kind === 'refund');
    expect(fullRefund?.amount).toBeNull();
    expect(monetaryRemedyKinds).toContain('refund');
  });
});

describe('validating an admin’s remedy matrix', () => {
  it('accepts a table with a row for every severity, filling in the currency', () => {
    const result = validateRemedyMatrix([
      ...everySeverity,
      row({ kind: 'coupon', amount: 30, currency: 'CNY' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.rows?.[0]).toMatchObject({ severity: 'minor', kind: 'apology', currency: 'CNY' });
    expect(result.rows).toHaveLength(4);
  });

  it('lists every problem at once, each with its path', () => {
    const result = validateRemedyMatrix([
      row({ severity: 'tiny', kind: 'hug' }),
      row({ severity: 'moderate', category: 'weather', amount: -5, currency: 'CNY' }),
      row({ severity: 'moderate', amount: 10, currency: 'yuan', label: { 'zh-CN': ' ', 'en-US': 'Coupon' } }),
      row({ severity: 'moderate', amount: 10.005, currency: 'CNY', label: { 'zh-CN': '券' } }),
    ]);
    expect(result.rows).toBeNull();
    expect(result.problems.map((p) => p.path)).toEqual([
      'rows.0.severity',
      'rows.0.kind',
      'rows.1.category',
      'rows.1.amount',
      'rows.2.currency',
      'rows.2.label.zh-CN',
      'rows.3.amount',
      'rows.3.label.en-US',
      'rows',
      'rows',
    ]);
    const coverage = result.problems.filter((p) => p.path === 'rows').map((p) => p.message);
    expect(coverage[0]).toMatch(/^minor:/);
    expect(coverage[1]).toMatch(/^severe:/);
  });

  it('refuses a severity covered only by category rows', () => {
    const result = validateRemedyMatrix([
      row(),
      row({ severity: 'moderate', category: 'logistics' }),
      row({ severity: 'severe' }),
    ]);
    expect(result.problems).toEqual([{ path: 'rows', message: expect.stringMatching(/^moderate:/) }]);
  });

  it('refuses an amount too large to store', () => {
    const result = validateRemedyMatrix([row({ amount: 1e300, currency: 'CNY' }), ...everySeverity.slice(1)]);
    expect(result.problems).toEqual([{ path: 'rows.0.amount', message: 'must be at most 100000000' }]);
  });

  it('refuses an empty table and labels that are too long', () => {
    expect(validateRemedyMatrix([]).problems).toHaveLength(3);
    const long = 'x'.repeat(201);
    const result = validateRemedyMatrix([
      row({ label: { 'zh-CN': '好', 'en-US': long } }),
      ...everySeverity.slice(1),
    ]);
    expect(result.problems).toEqual([{ path: 'rows.0.label.en-US', message: expect.stringMatching(/200/) }]);
  });
});

describe('suggesting remedies for a complaint', () => {
  const matrix = validateRemedyMatrix([
    ...everySeverity,
    row({ severity: 'moderate', kind: 'redo_service' }),
    row({ severity: 'moderate', category: 'logistics', kind: 'refund', amount: 30, currency: 'CNY' }),
  ]).rows!;

  it('uses the rows of the complaint’s category when there are any', () => {
    expect(
      suggestRemedies(matrix, { severity: 'moderate', category: 'logistics' }).map((r) => r.kind),
    ).toEqual(['refund']);
  });

  it('falls back to the severity’s rows for every category, in order', () => {
    expect(suggestRemedies(matrix, { severity: 'moderate', category: 'policy' }).map((r) => r.kind)).toEqual([
      'apology',
      'redo_service',
    ]);
    expect(suggestRemedies(matrix, { severity: 'severe', category: 'logistics' })).toHaveLength(1);
  });
});

describe('who decides a remedy above authority', () => {
  const limits = new Map<Role, number | null>([
    ['agent', 200],
    ['supervisor', 2000],
    ['admin', null],
  ]);

  it('names the approving roles whose limit covers the amount', () => {
    expect(approverRoles(800, limits)).toEqual(['supervisor', 'admin']);
    expect(approverRoles(5000, limits)).toEqual(['admin']);
    expect(mayDecide('supervisor', 5000, limits)).toBe(false);
    // An agent's limit covers 100, but agents do not approve.
    expect(mayDecide('agent', 100, limits)).toBe(false);
  });

  it('promises the customer an answer within a day, never after the resolution deadline', () => {
    const at = new Date('2026-03-02T09:00:00.000Z');
    expect(approvalAnswerDueAt(at, new Date('2026-03-05T09:00:00.000Z')).toISOString()).toBe(
      '2026-03-03T09:00:00.000Z',
    );
    expect(approvalAnswerDueAt(at, new Date('2026-03-02T12:00:00.000Z')).toISOString()).toBe(
      '2026-03-02T12:00:00.000Z',
    );
    // Already past the deadline: still a real time, a day ahead.
    expect(approvalAnswerDueAt(at, new Date('2026-03-01T12:00:00.000Z')).toISOString()).toBe(
      '2026-03-03T09:00:00.000Z',
    );
  });
});
