import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOfWallClock, isKnownTimeZone, wallClockOf } from './time-zone.js';

const zones = [
  'UTC',
  'Asia/Shanghai',
  'America/New_York',
  'Europe/London',
  'America/Santiago',
  // DST of 30 minutes, changing at a half hour of UTC.
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kolkata',
] as const;

/** The UTC offset through formatToParts without any cache, as a reference. */
function referenceOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return (
    Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) -
    wholeSecond
  );
}

const instant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) });

describe('wall-clock time in a time zone', () => {
  it('knows IANA zone names and nothing else', () => {
    expect(isKnownTimeZone('Asia/Shanghai')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('+08:00')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });

  it('reads the same UTC offset as an uncached formatter', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (at, timeZone) => {
        expect(wallClockOf(at, timeZone) - at).toBe(referenceOffset(at, timeZone));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the offset right on both sides of a change at a half hour of UTC', () => {
    // Lord Howe Island moves from +10:30 to +11:00 at 2025-10-04T15:30:00Z (02:00 local).
    const change = Date.UTC(2025, 9, 4, 15, 30, 0);
    const offsetOf = (at: number) => wallClockOf(at, 'Australia/Lord_Howe') - at;
    expect(offsetOf(change - 1)).toBe(10.5 * 3_600_000);
    expect(offsetOf(change)).toBe(11 * 3_600_000);
    expect(offsetOf(change - 1_800_000)).toBe(10.5 * 3_600_000);
    expect(offsetOf(change + 1_799_999)).toBe(11 * 3_600_000);
  });

  it('maps a wall time back to an instant that reads the same, the earlier one when repeated', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (at, timeZone) => {
        const wall = wallClockOf(at, timeZone);
        const back = instantOfWallClock(wall, timeZone);
        expect(wallClockOf(back, timeZone)).toBe(wall);
        expect(back).toBeLessThanOrEqual(at);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses instants whose local year leaves 0001–9999', () => {
    expect(() => wallClockOf(Date.UTC(10000, 0, 1), 'UTC')).toThrow(RangeError);
    expect(() => wallClockOf(-62_200_000_000_000, 'UTC')).toThrow(RangeError);
  });
});
