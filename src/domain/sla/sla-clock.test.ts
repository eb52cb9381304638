import { describe, expect, it } from 'vitest';
import { clocksAtResolution } from './sla-clock.js';

const resolvedAt = new Date('2026-03-02T02:00:00.000Z');
const kinds = (plans: { kind: string }[]) => plans.map((p) => p.kind);

describe('the clocks a resolution starts', () => {
  it('starts a follow-up for every complaint and a post-mortem for moderate and severe ones', () => {
    expect(kinds(clocksAtResolution({ resolvedAt, severity: 'minor' }))).toEqual(['follow_up']);
    for (const severity of ['moderate', 'severe'] as const) {
      const plans = clocksAtResolution({ resolvedAt, severity });
      expect(kinds(plans)).toEqual(['follow_up', 'post_mortem']);
      expect(plans[1]!.dueAt.toISOString()).toBe('2026-03-04T02:00:00.000Z'); // + 48 h
      expect(plans[0]!.dueAt.toISOString()).toBe('2026-03-03T02:00:00.000Z'); // + 24 h
    }
  });

  it('follows the configured severities instead of the default', () => {
    expect(
      kinds(clocksAtResolution({ resolvedAt, severity: 'minor', postMortemSeverities: ['minor'] })),
    ).toEqual(['follow_up', 'post_mortem']);
    expect(
      kinds(clocksAtResolution({ resolvedAt, severity: 'moderate', postMortemSeverities: ['severe'] })),
    ).toEqual(['follow_up']);
    expect(kinds(clocksAtResolution({ resolvedAt, severity: 'severe', postMortemSeverities: [] }))).toEqual([
      'follow_up',
    ]);
  });
});
