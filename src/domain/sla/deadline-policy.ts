/**
 * Deadline policies that admins edit (PRODUCT.md R6): the CONTRACT.md §8 targets as a base,
 * and rules that change some targets for complaints of a category, severity or customer tier.
 *
 * A policy is saved as a new version each time; a complaint keeps the version it was opened
 * under, so editing the policy never moves the deadlines already promised to customers.
 * Where several rules match, the more specific one (more conditions) wins field by field;
 * between rules equally specific, the later one in the list wins.
 */
import { DomainError, type FieldProblem } from '../errors.js';
import { categories, severities, tiers } from '../vocabulary.js';
import type { Category, Complexity, Severity, Tier } from '../vocabulary.js';
import type { DeadlinePolicy } from './deadline-types.js';
import { defaultDeadlinePolicy } from './deadlines.js';

/** Targets a rule may change; anything left out keeps the base value. */
export interface DeadlineTargets {
  firstResponseHours?: number | undefined;
  resolutionBusinessDays?: Partial<Record<Complexity, number>> | undefined;
  progressUpdateEveryHours?: Partial<Record<Complexity, number | null>> | undefined;
  followUpHours?: number | undefined;
  postMortemHours?: number | undefined;
  warnAtShare?: number | undefined;
}

export interface DeadlineRule {
  /** The complaints it applies to; an empty `when` would match all and is refused. */
  when: { category?: Category | undefined; severity?: Severity | undefined; tier?: Tier | undefined };
  set: DeadlineTargets;
}

export interface DeadlinePolicyRules {
  base: DeadlinePolicy;
  rules: readonly DeadlineRule[];
}

export interface VersionedDeadlinePolicy {
  version: number;
  rules: DeadlinePolicyRules;
}

/** What decides which rules apply to a complaint; a fact left out matches no rule that names it. */
export interface DeadlineFacts {
  category?: Category | undefined;
  severity?: Severity | undefined;
  tier?: Tier | undefined;
}

/** Version 1: the CONTRACT.md §8 defaults, no rules. */
export const shippedDeadlinePolicy: DeadlinePolicyRules = Object.freeze({
  base: defaultDeadlinePolicy,
  rules: Object.freeze([]),
});

const conditionCount = (rule: DeadlineRule) =>
  Object.values(rule.when).filter((value) => value !== undefined).length;

function matches(rule: DeadlineRule, facts: DeadlineFacts): boolean {
  const { category, severity, tier } = rule.when;
  return (
    (category === undefined || category === facts.category) &&
    (severity === undefined || severity === facts.severity) &&
    (tier === undefined || tier === facts.tier)
  );
}

/** The targets for one complaint: the base, then the matching rules from general to specific. */
export function policyFor(policy: DeadlinePolicyRules, facts: DeadlineFacts): DeadlinePolicy {
  const matching = policy.rules
    .map((rule, index) => ({ rule, index, specificity: conditionCount(rule) }))
    .filter(({ rule }) => matches(rule, facts))
    .sort((a, b) => a.specificity - b.specificity || a.index - b.index);
  if (matching.length === 0) return policy.base;
  const result: DeadlinePolicy = {
    ...policy.base,
    resolutionBusinessDays: { ...policy.base.resolutionBusinessDays },
    progressUpdateEveryHours: { ...policy.base.progressUpdateEveryHours },
  };
  for (const { rule } of matching) {
    const set = rule.set;
    if (set.firstResponseHours !== undefined) result.firstResponseHours = set.firstResponseHours;
    if (set.followUpHours !== undefined) result.followUpHours = set.followUpHours;
    if (set.postMortemHours !== undefined) result.postMortemHours = set.postMortemHours;
    if (set.warnAtShare !== undefined) result.warnAtShare = set.warnAtShare;
    Object.assign(result.resolutionBusinessDays, definedOnly(set.resolutionBusinessDays));
    Object.assign(result.progressUpdateEveryHours, definedOnly(set.progressUpdateEveryHours));
  }
  return result;
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const maxHours = 24 * 365;
const maxBusinessDays = 250;

/**
 * Every problem with a policy an admin wants to save, with its path; the shapes and keys are
 * checked at the edge, this checks what they mean.
 */
export function deadlinePolicyProblems(policy: DeadlinePolicyRules): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const hours = (path: string, value: number | null | undefined, nullable = false) => {
    if (value === undefined) return;
    if (value === null) {
      if (!nullable) problems.push({ path, message: 'must be a number of hours' });
      return;
    }
    if (!(Number.isFinite(value) && value > 0 && value <= maxHours)) {
      problems.push({ path, message: `must be a number of hours above 0 and at most ${maxHours}` });
    }
  };
  const days = (path: string, value: number | undefined) => {
    if (value === undefined) return;
    if (!(Number.isSafeInteger(value) && value >= 1 && value <= maxBusinessDays)) {
      problems.push({
        path,
        message: `must be a whole number of business days from 1 to ${maxBusinessDays}`,
      });
    }
  };
  const targets = (path: string, set: DeadlineTargets) => {
    if (set.warnAtShare !== undefined && !(set.warnAtShare > 0 && set.warnAtShare < 1)) {
      problems.push({
        path: `${path}.warnAtShare`,
        message: 'must be a share of the time between 0 and 1, e.g. 0.75',
      });
    }
    hours(`${path}.firstResponseHours`, set.firstResponseHours);
    hours(`${path}.followUpHours`, set.followUpHours);
    hours(`${path}.postMortemHours`, set.postMortemHours);
    for (const complexity of ['ordinary', 'complex'] as const) {
      days(`${path}.resolutionBusinessDays.${complexity}`, set.resolutionBusinessDays?.[complexity]);
      hours(
        `${path}.progressUpdateEveryHours.${complexity}`,
        set.progressUpdateEveryHours?.[complexity],
        true,
      );
    }
  };

  targets('base', policy.base);
  const base = policy.base.resolutionBusinessDays;
  if (base.complex < base.ordinary) {
    problems.push({
      path: 'base.resolutionBusinessDays.complex',
      message: 'must not be fewer business days than ordinary complaints get',
    });
  }
  const seen = new Map<string, number>();
  policy.rules.forEach((rule, index) => {
    const path = `rules.${index}`;
    if (conditionCount(rule) === 0) {
      problems.push({ path: `${path}.when`, message: 'must name a category, a severity or a tier' });
    }
    const key = JSON.stringify([rule.when.category, rule.when.severity, rule.when.tier]);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ path: `${path}.when`, message: `has the same conditions as rules.${earlier}` });
    } else {
      seen.set(key, index);
    }
    if (Object.values(rule.set).every((value) => value === undefined)) {
      problems.push({ path: `${path}.set`, message: 'must change at least one target' });
    }
    targets(`${path}.set`, rule.set);
  });
  if (problems.length === 0) problems.push(...inversions(policy));
  return problems;
}

/**
 * Rules that together give complex complaints fewer business days than ordinary ones, for some
 * complaint (every combination of the facts, each also unknown: 96 cases).
 */
function inversions(policy: DeadlinePolicyRules): FieldProblem[] {
  if (policy.rules.length === 0) return [];
  const known = <T>(values: readonly T[]) => [undefined, ...values];
  for (const category of known(categories)) {
    for (const severity of known(severities)) {
      for (const tier of known(tiers)) {
        const facts = { category, severity, tier };
        const days = policyFor(policy, facts).resolutionBusinessDays;
        if (days.complex < days.ordinary) {
          const named = Object.entries(facts)
            .filter(([, value]) => value !== undefined)
            .map(([key, value]) => `${key} ${value}`)
            .join(', ');
          return [
            {
              path: 'rules',
              message: `give complex complaints fewer business days than ordinary ones (${days.complex} < ${days.ordinary}) for ${named || 'any complaint'}`,
            },
          ];
        }
      }
    }
  }
  return [];
}

/** Throws `input.invalid` listing every problem, or returns the policy unchanged. */
export function validateDeadlinePolicy(policy: DeadlinePolicyRules): DeadlinePolicyRules {
  const problems = deadlinePolicyProblems(policy);
  if (problems.length > 0) {
    throw new DomainError('input.invalid', 'The deadline policy is invalid.', problems);
  }
  return policy;
}
