import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { Complexity } from '../vocabulary.js';
import { chinaMainland, unitedStatesFederal } from './calendars.js';
import type { BusinessCalendar, DeadlinePolicy } from './deadline-types.js';
import { computeDeadlines, defaultDeadlinePolicy } from './deadlines.js';

/** The resolution deadline, as an ISO string, of a complaint received at `receivedAt`. */
function resolutionDue(receivedAt: string, calendar: BusinessCalendar, complexity: Complexity = 'ordinary') {
  return computeDeadlines(
    { receivedAt: new Date(receivedAt), complexity },
    calendar,
  ).resolutionDueAt.toISOString();
}

function thrown(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('resolution deadline', () => {
  it('is the same local time three business days later when received on a weekday', () => {
    // Tuesday 2025-03-11 14:30 in Shanghai → Friday 2025-03-14 14:30.
    expect(resolutionDue('2025-03-11T06:30:00.000Z', chinaMainland)).toBe('2025-03-14T06:30:00.000Z');
  });

  it('keeps seconds and milliseconds of the time of receipt', () => {
    expect(resolutionDue('2025-03-11T06:30:15.250Z', chinaMainland)).toBe('2025-03-14T06:30:15.250Z');
  });

  it('is the end of the third business day when received on a Saturday', () => {
    // Saturday 2025-03-15 10:00 in Shanghai → Monday, Tuesday, Wednesday 3/19 → 24:00 on 3/19.
    expect(resolutionDue('2025-03-15T02:00:00.000Z', chinaMainland)).toBe('2025-03-19T16:00:00.000Z');
  });

  it('skips a holiday in the way', () => {
    // Friday 2025-01-17 09:00 in New York; Monday 1/20 is Martin Luther King Jr. Day → Thursday 1/23.
    expect(resolutionDue('2025-01-17T14:00:00.000Z', unitedStatesFederal)).toBe('2025-01-23T14:00:00.000Z');
    // Thursday 2025-04-03 09:00 in Shanghai; Qingming is 4/4–4/6 → Monday, Tuesday, Wednesday 4/9.
    expect(resolutionDue('2025-04-03T01:00:00.000Z', chinaMainland)).toBe('2025-04-09T01:00:00.000Z');
  });

  it('counts a make-up working day', () => {
    // Friday 2025-09-26 10:00 in Shanghai; Sunday 9/28 is a working day → 9/28, 9/29, 9/30 (before 10/1).
    expect(resolutionDue('2025-09-26T02:00:00.000Z', chinaMainland)).toBe('2025-09-30T02:00:00.000Z');
  });

  it('treats receipt on a make-up working day as receipt on a business day', () => {
    // Sunday 2025-09-28 10:00 → 9/29, 9/30, then 10/1–10/8 off → Thursday 10/9 10:00.
    expect(resolutionDue('2025-09-28T02:00:00.000Z', chinaMainland)).toBe('2025-10-09T02:00:00.000Z');
  });

  it('is the end of the third business day when received on a holiday', () => {
    // Friday 2025-10-03 15:00, National Day → 10/9, 10/10, Saturday 10/11 (a working day) → 24:00 on 10/11.
    expect(resolutionDue('2025-10-03T07:00:00.000Z', chinaMainland)).toBe('2025-10-11T16:00:00.000Z');
  });

  it('keeps the local time of day across the spring-forward change', () => {
    // Thursday 2025-03-06 10:00 EST → Friday, Monday, Tuesday 3/11 10:00 EDT.
    expect(resolutionDue('2025-03-06T15:00:00.000Z', unitedStatesFederal)).toBe('2025-03-11T14:00:00.000Z');
    // Saturday 2025-03-08 12:00 EST → 24:00 EDT on Wednesday 3/12.
    expect(resolutionDue('2025-03-08T17:00:00.000Z', unitedStatesFederal)).toBe('2025-03-13T04:00:00.000Z');
  });

  it('keeps the local time of day across the fall-back change', () => {
    // Thursday 2025-10-30 16:45 EDT → Friday, Monday, Tuesday 11/4 16:45 EST.
    expect(resolutionDue('2025-10-30T20:45:00.000Z', unitedStatesFederal)).toBe('2025-11-04T21:45:00.000Z');
  });

  it('gives both receipts in the repeated hour of a Sunday the same end of day', () => {
    // 01:30 EDT and 01:30 EST on Sunday 2025-11-02 → 24:00 EST on Wednesday 11/5.
    expect(resolutionDue('2025-11-02T05:30:00.000Z', unitedStatesFederal)).toBe('2025-11-06T05:00:00.000Z');
    expect(resolutionDue('2025-11-02T06:30:00.000Z', unitedStatesFederal)).toBe('2025-11-06T05:00:00.000Z');
  });

  it('crosses the year end and the New Year holiday', () => {
    // Wednesday 2025-12-31 16:00 in Shanghai; 1/1–1/3 off, Sunday 1/4 a working day → 1/4, 1/5, 1/6.
    expect(resolutionDue('2025-12-31T08:00:00.000Z', chinaMainland)).toBe('2026-01-06T08:00:00.000Z');
    // Wednesday 2025-12-31 16:00 in New York; Thursday 1/1 off → 1/2, 1/5, 1/6.
    expect(resolutionDue('2025-12-31T21:00:00.000Z', unitedStatesFederal)).toBe('2026-01-06T21:00:00.000Z');
  });

  it('counts five business days for a complex complaint', () => {
    // Friday 2025-09-26 10:00 → 9/28, 9/29, 9/30, 10/9, 10/10.
    expect(resolutionDue('2025-09-26T02:00:00.000Z', chinaMainland, 'complex')).toBe(
      '2025-10-10T02:00:00.000Z',
    );
    // Monday 2025-06-16 11:00 EDT; Thursday 6/19 is Juneteenth → 6/17, 6/18, 6/20, 6/23, 6/24.
    expect(resolutionDue('2025-06-16T15:00:00.000Z', unitedStatesFederal, 'complex')).toBe(
      '2025-06-24T15:00:00.000Z',
    );
    expect(resolutionDue('2025-06-16T15:00:00.000Z', unitedStatesFederal)).toBe('2025-06-20T15:00:00.000Z');
  });

  it('gives receipt at midnight of a business day the same deadline as the end of the day before it', () => {
    // Monday 2025-03-10 00:00 in Shanghai, and Sunday 3/9 23:59:59.999 → 24:00 on Wednesday 3/12.
    expect(resolutionDue('2025-03-09T16:00:00.000Z', chinaMainland)).toBe('2025-03-12T16:00:00.000Z');
    expect(resolutionDue('2025-03-09T15:59:59.999Z', chinaMainland)).toBe('2025-03-12T16:00:00.000Z');
  });
});

describe('other deadlines', () => {
  it('makes the first response due exactly 24 clock hours after receipt, even across a DST change', () => {
    const deadlines = computeDeadlines(
      { receivedAt: new Date('2025-03-08T17:00:00.000Z'), complexity: 'ordinary' },
      unitedStatesFederal,
    );
    expect(deadlines.firstResponseDueAt.toISOString()).toBe('2025-03-09T17:00:00.000Z');
  });

  it('asks for progress updates every 24 hours on complex complaints only', () => {
    const receivedAt = new Date('2025-03-11T06:30:00.000Z');
    expect(
      computeDeadlines({ receivedAt, complexity: 'complex' }, chinaMainland).progressUpdateEveryHours,
    ).toBe(24);
    expect(
      computeDeadlines({ receivedAt, complexity: 'ordinary' }, chinaMainland).progressUpdateEveryHours,
    ).toBe(null);
  });

  it('makes follow-up due 24 hours and post-mortem 48 hours after resolution', () => {
    const deadlines = computeDeadlines(
      {
        receivedAt: new Date('2025-03-11T06:30:00.000Z'),
        complexity: 'ordinary',
        resolvedAt: new Date('2025-03-12T09:30:00.000Z'),
      },
      chinaMainland,
    );
    expect(deadlines.followUpDueAt?.toISOString()).toBe('2025-03-13T09:30:00.000Z');
    expect(deadlines.postMortemDueAt?.toISOString()).toBe('2025-03-14T09:30:00.000Z');
  });

  it('leaves follow-up and post-mortem out until the complaint is resolved', () => {
    const deadlines = computeDeadlines(
      { receivedAt: new Date('2025-03-11T06:30:00.000Z'), complexity: 'ordinary', resolvedAt: undefined },
      chinaMainland,
    );
    expect(deadlines).not.toHaveProperty('followUpDueAt');
    expect(deadlines).not.toHaveProperty('postMortemDueAt');
  });
});

describe('policy and input', () => {
  it('applies a policy of its own', () => {
    const policy: DeadlinePolicy = {
      firstResponseHours: 4,
      resolutionBusinessDays: { ordinary: 1, complex: 2 },
      progressUpdateEveryHours: { ordinary: 48, complex: 12 },
      followUpHours: 72,
      postMortemHours: 168,
    };
    const deadlines = computeDeadlines(
      {
        receivedAt: new Date('2025-09-26T02:00:00.000Z'),
        complexity: 'complex',
        resolvedAt: new Date('2025-09-29T02:00:00.000Z'),
      },
      chinaMainland,
      policy,
    );
    expect(deadlines).toEqual({
      firstResponseDueAt: new Date('2025-09-26T06:00:00.000Z'),
      resolutionDueAt: new Date('2025-09-29T02:00:00.000Z'),
      progressUpdateEveryHours: 12,
      followUpDueAt: new Date('2025-10-02T02:00:00.000Z'),
      postMortemDueAt: new Date('2025-10-06T02:00:00.000Z'),
    });
  });

  it('ships the defaults of the contract', () => {
    expect(defaultDeadlinePolicy).toEqual({
      firstResponseHours: 24,
      resolutionBusinessDays: { ordinary: 3, complex: 5 },
      progressUpdateEveryHours: { ordinary: null, complex: 24 },
      followUpHours: 24,
      postMortemHours: 48,
    });
    expect(Object.isFrozen(defaultDeadlinePolicy.resolutionBusinessDays)).toBe(true);
  });

  it('refuses an unusable policy and invalid instants, naming every problem', () => {
    const policy: DeadlinePolicy = {
      ...defaultDeadlinePolicy,
      firstResponseHours: Number.NaN,
      resolutionBusinessDays: { ordinary: 0, complex: 5 },
      postMortemHours: -1,
    };
    const error = thrown(() =>
      computeDeadlines(
        { receivedAt: new Date('not a date'), complexity: 'ordinary', resolvedAt: new Date(Number.NaN) },
        chinaMainland,
        policy,
      ),
    );
    expect(error.code).toBe('input.invalid');
    expect(error.errors?.map((problem) => problem.path)).toEqual([
      'policy.resolutionBusinessDays.ordinary',
      'policy.firstResponseHours',
      'policy.postMortemHours',
      'receivedAt',
      'resolvedAt',
    ]);
  });

  it('refuses an invalid calendar, naming its problems', () => {
    const calendar: BusinessCalendar = { ...chinaMainland, workdays: ['2025-10-01'] };
    const error = thrown(() =>
      computeDeadlines(
        { receivedAt: new Date('2025-09-26T02:00:00.000Z'), complexity: 'ordinary' },
        calendar,
      ),
    );
    expect(error.code).toBe('input.invalid');
    expect(error.errors).toHaveLength(1);
    expect(error.errors?.[0]?.path).toMatch(/^calendar\.holidays\[\d+\]$/);
  });
});
