import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categories, severities, tiers } from '../vocabulary.js';
import {
  deadlinePolicyProblems,
  policyFor,
  shippedDeadlinePolicy,
  validateDeadlinePolicy,
  type DeadlinePolicyRules,
} from './deadline-policy.js';
import { defaultDeadlinePolicy } from './deadlines.js';

const withRules = (rules: DeadlinePolicyRules['rules']): DeadlinePolicyRules => ({
  base: defaultDeadlinePolicy,
  rules,
});

describe('deadline policy rules', () => {
  it('gives every complaint the CONTRACT.md §8 defaults when there are no rules', () => {
    expect(
      policyFor(shippedDeadlinePolicy, { category: 'logistics', severity: 'severe', tier: 'vip' }),
    ).toEqual(defaultDeadlinePolicy);
  });

  it('changes only the targets a matching rule sets', () => {
    const policy = withRules([{ when: { tier: 'vip' }, set: { firstResponseHours: 4 } }]);
    const vip = policyFor(policy, { category: 'other', severity: 'minor', tier: 'vip' });
    expect(vip.firstResponseHours).toBe(4);
    expect(vip.resolutionBusinessDays).toEqual({ ordinary: 3, complex: 5 });
    expect(policyFor(policy, { category: 'other', severity: 'minor', tier: 'standard' })).toBe(policy.base);
  });

  it('lets the rule with more conditions win, whatever the order, then the later one', () => {
    const policy = withRules([
      { when: { severity: 'severe', tier: 'vip' }, set: { firstResponseHours: 1 } },
      { when: { severity: 'severe' }, set: { firstResponseHours: 6, followUpHours: 12 } },
      { when: { tier: 'vip' }, set: { firstResponseHours: 8 } },
    ]);
    const both = policyFor(policy, { category: 'policy', severity: 'severe', tier: 'vip' });
    expect(both.firstResponseHours).toBe(1);
    expect(both.followUpHours).toBe(12);
    // Two rules equally specific: the later one.
    expect(policyFor(policy, { severity: 'minor', tier: 'vip' }).firstResponseHours).toBe(8);
  });

  it('merges business days and update intervals per complexity', () => {
    const policy = withRules([
      { when: { category: 'product_quality' }, set: { resolutionBusinessDays: { complex: 7 } } },
      { when: { severity: 'severe' }, set: { progressUpdateEveryHours: { ordinary: 12 } } },
    ]);
    const targets = policyFor(policy, { category: 'product_quality', severity: 'severe' });
    expect(targets.resolutionBusinessDays).toEqual({ ordinary: 3, complex: 7 });
    expect(targets.progressUpdateEveryHours).toEqual({ ordinary: 12, complex: 24 });
    // The base is never changed by a merge.
    expect(policy.base.resolutionBusinessDays.complex).toBe(5);
  });

  it('matches a rule naming a fact only when that fact is known', () => {
    const policy = withRules([{ when: { category: 'other' }, set: { firstResponseHours: 2 } }]);
    expect(policyFor(policy, {}).firstResponseHours).toBe(24);
  });

  it('lists every problem of a policy with its path', () => {
    const policy = withRules([
      { when: {}, set: { firstResponseHours: 2 } },
      { when: { tier: 'vip' }, set: {} },
      { when: { tier: 'vip' }, set: { followUpHours: -1, resolutionBusinessDays: { ordinary: 9 } } },
    ]);
    const problems = deadlinePolicyProblems({
      ...policy,
      base: { ...defaultDeadlinePolicy, resolutionBusinessDays: { ordinary: 5, complex: 3 } },
    });
    expect(problems.map((p) => p.path)).toEqual([
      'base.resolutionBusinessDays.complex',
      'rules.0.when',
      'rules.1.set',
      'rules.2.when',
      'rules.2.set.followUpHours',
    ]);
    expect(() => validateDeadlinePolicy(policy)).toThrow(/invalid/);
  });

  it('refuses rules that together give complex complaints fewer days than ordinary ones', () => {
    const policy = withRules([
      { when: { tier: 'vip' }, set: { resolutionBusinessDays: { ordinary: 5 } } },
      { when: { severity: 'severe' }, set: { resolutionBusinessDays: { complex: 4 } } },
    ]);
    expect(deadlinePolicyProblems(policy)).toEqual([
      {
        path: 'rules',
        message:
          'give complex complaints fewer business days than ordinary ones (4 < 5) for severity severe, tier vip',
      },
    ]);
  });

  it('accepts the shipped policy', () => {
    expect(deadlinePolicyProblems(shippedDeadlinePolicy)).toEqual([]);
  });

  it('never gives complex complaints fewer business days than ordinary ones in a valid policy', () => {
    const days = fc.integer({ min: 1, max: 20 });
    const rule = fc.record({
      when: fc.record(
        {
          category: fc.constantFrom(...categories),
          severity: fc.constantFrom(...severities),
          tier: fc.constantFrom(...tiers),
        },
        { requiredKeys: [] },
      ),
      set: fc.record({
        resolutionBusinessDays: fc.record({ ordinary: days, complex: days }, { requiredKeys: [] }),
      }),
    });
    fc.assert(
      fc.property(
        fc.array(rule, { maxLength: 6 }),
        fc.constantFrom(...categories),
        fc.constantFrom(...severities),
        fc.constantFrom(...tiers),
        (rules, category, severity, tier) => {
          const policy = withRules(rules);
          fc.pre(deadlinePolicyProblems(policy).length === 0);
          const targets = policyFor(policy, { category, severity, tier });
          return targets.resolutionBusinessDays.complex >= targets.resolutionBusinessDays.ordinary;
        },
      ),
    );
  });
});
