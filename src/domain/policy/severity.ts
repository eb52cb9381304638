/**
 * Severity and urgency of a complaint (PRODUCT R3, R4; seed 000 step 3): the single table.
 *
 * Each row reads "when <condition>, the complaint is at least <severity>" or "...is urgent";
 * the severity is the highest row that applies (minor when none does), and every row that
 * applies gives its reason, so the agent sees why. Triage, intake and the remedy policy all
 * call `assessSeverity()` and never re-decide. Change a row together with severity.test.ts.
 */
import { severities, type Emotion, type Risk, type Severity, type Tier } from '../vocabulary.js';

export const currencies = ['CNY', 'USD', 'EUR', 'GBP', 'HKD'] as const;
export type Currency = (typeof currencies)[number];

export interface MoneyAmount {
  amount: number;
  currency: Currency;
}

export interface StatedLoss {
  /** Amounts of money the customer names ("500元", "¥500", "$500"). */
  amounts: readonly MoneyAmount[];
  /** The customer says the failure cost them time: a wasted trip, a missed flight, a day off. */
  time: boolean;
}

export interface SeverityFacts {
  risks: readonly Risk[];
  emotion: { label: Emotion; intensity: number };
  tier: Tier;
  statedLoss: StatedLoss;
  /** How many customers the same failure affects, when someone knows. */
  affectedCustomers?: number | undefined;
}

export interface SeverityAssessment {
  severity: Severity;
  urgent: boolean;
  /** The reason of every row that applied, in table order. */
  reasons: string[];
}

/** From these amounts a stated loss counts (moderate) and is a major loss (severe). */
export const moneyLossThresholds: Readonly<Record<Currency, { moderate: number; severe: number }>> = {
  CNY: { moderate: 100, severe: 10_000 },
  USD: { moderate: 15, severe: 1_500 },
  EUR: { moderate: 15, severe: 1_400 },
  GBP: { moderate: 12, severe: 1_200 },
  HKD: { moderate: 110, severe: 11_000 },
};

/** An angry customer at or above this intensity is handled as at least moderate. */
export const highAngerIntensity = 0.7;
/** Impact scope: from this many affected customers a complaint is moderate, then severe. */
export const severalCustomers = 2;
export const manyCustomers = 10;

const hasRisk = (facts: SeverityFacts, risk: Risk): boolean => facts.risks.includes(risk);
const lossReaches = (facts: SeverityFacts, level: 'moderate' | 'severe'): boolean =>
  facts.statedLoss.amounts.some(({ amount, currency }) => amount >= moneyLossThresholds[currency][level]);
const affected = (facts: SeverityFacts): number => facts.affectedCustomers ?? 0;

export interface SeverityRule {
  atLeast: Severity;
  reason: string;
  applies: (facts: SeverityFacts) => boolean;
}

export interface UrgencyRule {
  reason: string;
  applies: (facts: SeverityFacts, severity: Severity) => boolean;
}

export const severityRules: readonly SeverityRule[] = [
  {
    atLeast: 'severe',
    reason: 'Safety risk: severe, senior management steps in',
    applies: (f) => hasRisk(f, 'safety'),
  },
  { atLeast: 'severe', reason: 'Fraud risk: severe', applies: (f) => hasRisk(f, 'fraud') },
  { atLeast: 'severe', reason: 'Personal data leak: severe', applies: (f) => hasRisk(f, 'data_leak') },
  { atLeast: 'moderate', reason: 'Legal threat: at least moderate', applies: (f) => hasRisk(f, 'legal') },
  {
    atLeast: 'moderate',
    reason: 'Media or public exposure threat: at least moderate',
    applies: (f) => hasRisk(f, 'media'),
  },
  {
    atLeast: 'severe',
    reason: `Major money loss (from ${moneyLossThresholds.CNY.severe} CNY or equivalent): severe`,
    applies: (f) => lossReaches(f, 'severe'),
  },
  {
    atLeast: 'moderate',
    reason: `Stated money loss (from ${moneyLossThresholds.CNY.moderate} CNY or equivalent): at least moderate`,
    applies: (f) => lossReaches(f, 'moderate'),
  },
  {
    atLeast: 'moderate',
    reason: 'The customer lost time: at least moderate',
    applies: (f) => f.statedLoss.time,
  },
  {
    atLeast: 'moderate',
    reason: `Angry customer (intensity ${highAngerIntensity} or more): at least moderate`,
    applies: (f) => f.emotion.label === 'angry' && f.emotion.intensity >= highAngerIntensity,
  },
  { atLeast: 'moderate', reason: 'VIP customer: at least moderate', applies: (f) => f.tier === 'vip' },
  {
    atLeast: 'severe',
    reason: `Many customers affected (${manyCustomers} or more): severe`,
    applies: (f) => affected(f) >= manyCustomers,
  },
  {
    atLeast: 'moderate',
    reason: `Several customers affected (${severalCustomers} or more): at least moderate`,
    applies: (f) => affected(f) >= severalCustomers,
  },
];

export const urgencyRules: readonly UrgencyRule[] = [
  { reason: 'A risk is present: handle at once', applies: (f) => f.risks.length > 0 },
  { reason: 'Severe complaint: handle at once', applies: (_f, severity) => severity === 'severe' },
  {
    reason: 'Angry VIP customer: handle first',
    applies: (f) => f.tier === 'vip' && f.emotion.label === 'angry',
  },
];

export const noAggravatingFactor = 'No aggravating factor: minor';

const rank = (severity: Severity): number => severities.indexOf(severity);

/** Applies the table to the facts of one complaint. */
export function assessSeverity(facts: SeverityFacts): SeverityAssessment {
  let severity: Severity = 'minor';
  const reasons: string[] = [];
  for (const rule of severityRules) {
    if (rule.applies(facts)) {
      reasons.push(rule.reason);
      if (rank(rule.atLeast) > rank(severity)) {
        severity = rule.atLeast;
      }
    }
  }
  if (reasons.length === 0) {
    reasons.push(noAggravatingFactor);
  }
  let urgent = false;
  for (const rule of urgencyRules) {
    if (rule.applies(facts, severity)) {
      reasons.push(rule.reason);
      urgent = true;
    }
  }
  return { severity, urgent, reasons };
}
