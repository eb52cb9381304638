import { describe, expect, it } from 'vitest';
import type { Emotion, Risk, Severity, Tier } from '../vocabulary.js';
import {
  assessSeverity,
  noAggravatingFactor,
  severityRules,
  type MoneyAmount,
  type SeverityFacts,
} from './severity.js';

function facts(overrides: {
  risks?: Risk[];
  emotion?: Emotion;
  intensity?: number;
  tier?: Tier;
  amounts?: MoneyAmount[];
  time?: boolean;
  affectedCustomers?: number;
}): SeverityFacts {
  return {
    risks: overrides.risks ?? [],
    emotion: { label: overrides.emotion ?? 'calm', intensity: overrides.intensity ?? 0 },
    tier: overrides.tier ?? 'standard',
    statedLoss: { amounts: overrides.amounts ?? [], time: overrides.time ?? false },
    affectedCustomers: overrides.affectedCustomers,
  };
}

describe('assessSeverity', () => {
  it('grades a complaint with no aggravating factor minor and not urgent', () => {
    expect(assessSeverity(facts({ emotion: 'disappointed', intensity: 0.5 }))).toEqual({
      severity: 'minor',
      urgent: false,
      reasons: [noAggravatingFactor],
    });
  });

  it.each<[string, Parameters<typeof facts>[0], Severity, boolean]>([
    ['a safety risk is severe and urgent', { risks: ['safety'] }, 'severe', true],
    ['a fraud risk is severe and urgent', { risks: ['fraud'] }, 'severe', true],
    ['a data leak is severe and urgent', { risks: ['data_leak'] }, 'severe', true],
    ['a legal threat is moderate and urgent', { risks: ['legal'] }, 'moderate', true],
    ['a media threat is moderate and urgent', { risks: ['media'] }, 'moderate', true],
    ['a 500 CNY loss is moderate', { amounts: [{ amount: 500, currency: 'CNY' }] }, 'moderate', false],
    ['a 50 CNY loss stays minor', { amounts: [{ amount: 50, currency: 'CNY' }] }, 'minor', false],
    ['a 500 USD loss is moderate', { amounts: [{ amount: 500, currency: 'USD' }] }, 'moderate', false],
    [
      'a 20,000 CNY loss is severe and urgent',
      { amounts: [{ amount: 20_000, currency: 'CNY' }] },
      'severe',
      true,
    ],
    ['a 2,000 USD loss is severe', { amounts: [{ amount: 2_000, currency: 'USD' }] }, 'severe', true],
    ['lost time is moderate', { time: true }, 'moderate', false],
    ['strong anger is moderate', { emotion: 'angry', intensity: 0.8 }, 'moderate', false],
    ['mild anger stays minor', { emotion: 'angry', intensity: 0.4 }, 'minor', false],
    ['a VIP raises minor to moderate', { tier: 'vip' }, 'moderate', false],
    ['an angry VIP is urgent', { tier: 'vip', emotion: 'angry', intensity: 0.3 }, 'moderate', true],
    ['three affected customers are moderate', { affectedCustomers: 3 }, 'moderate', false],
    ['many affected customers are severe and urgent', { affectedCustomers: 50 }, 'severe', true],
    ['one affected customer changes nothing', { affectedCustomers: 1 }, 'minor', false],
  ])('decides that %s', (_name, given, severity, urgent) => {
    const assessment = assessSeverity(facts(given));
    expect(assessment.severity).toBe(severity);
    expect(assessment.urgent).toBe(urgent);
  });

  it('keeps the highest grade and gives every applying reason', () => {
    const assessment = assessSeverity(
      facts({ risks: ['legal', 'safety'], tier: 'vip', emotion: 'angry', intensity: 0.9 }),
    );
    expect(assessment.severity).toBe('severe');
    expect(assessment.reasons).toEqual([
      'Safety risk: severe, senior management steps in',
      'Legal threat: at least moderate',
      'Angry customer (intensity 0.7 or more): at least moderate',
      'VIP customer: at least moderate',
      'A risk is present: handle at once',
      'Severe complaint: handle at once',
      'Angry VIP customer: handle first',
    ]);
  });

  it('never lowers a VIP severe complaint', () => {
    expect(assessSeverity(facts({ risks: ['fraud'], tier: 'vip' })).severity).toBe('severe');
  });

  it('gives each rule a distinct reason', () => {
    const reasons = severityRules.map((rule) => rule.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
  });
});
