/**
 * Wall-clock time in an IANA time zone, read with Intl.DateTimeFormat (no date library).
 *
 * Decides how an instant reads on the local clock and which instant a local wall time means:
 * a time skipped by a spring-forward gap moves forward by the gap, and a time repeated by a
 * fall-back takes the earlier instant (Temporal's "compatible"). Formatters are cached per zone
 * and UTC offsets per UTC hour, because deadline computation calls this on every complaint.
 * A "wall" value is milliseconds since 1970-01-01T00:00 on the local clock. Tests: time-zone.test.ts.
 */
import { dayNumberOfCivil, millisecondsPerDay } from './local-date.js';

const millisecondsPerHour = 3_600_000;
/** Outside these instants a local year may leave 0001–9999, which Intl writes without an era. */
const earliestInstant = dayNumberOfCivil(1, 1, 3) * millisecondsPerDay;
const latestInstant = dayNumberOfCivil(9999, 12, 29) * millisecondsPerDay;
/** Bounds the caches; past this they start again empty rather than grow without limit. */
const maximumCachedZones = 1_000;
const maximumCachedHoursPerZone = 100_000;
/** Marks a cached UTC hour that contains an offset change: measure each instant in it. */
const hourWithTransition = Number.NaN;

interface Zone {
  formatter: Intl.DateTimeFormat;
  offsetByHour: Map<number, number>;
}

const zones = new Map<string, Zone>();

/** True when Intl knows the IANA zone name ('Asia/Shanghai', 'UTC'; not an offset like '+08:00'). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    zoneOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall-clock reading of an instant (epoch milliseconds), as a wall value. */
export function wallClockOf(instant: number, timeZone: string): number {
  return instant + offsetAt(zoneOf(timeZone), instant);
}

/**
 * The instant (epoch milliseconds) at which the local clock reads `wall`. In a spring-forward gap
 * the result is the wall time moved forward by the gap; in a fall-back overlap, the earlier instant.
 */
export function instantOfWallClock(wall: number, timeZone: string): number {
  const zone = zoneOf(timeZone);
  // Every candidate lies within a day of the wall value: no UTC offset reaches 24 hours.
  const offsetBefore = offsetAt(zone, wall - millisecondsPerDay);
  const offsetAfter = offsetAt(zone, wall + millisecondsPerDay);
  const withOffsetBefore = wall - offsetBefore;
  const isValidBefore = offsetAt(zone, withOffsetBefore) === offsetBefore;
  if (offsetBefore === offsetAfter && isValidBefore) {
    return withOffsetBefore;
  }
  const withOffsetAfter = wall - offsetAfter;
  const isValidAfter = offsetAt(zone, withOffsetAfter) === offsetAfter;
  if (isValidBefore && isValidAfter) {
    return Math.min(withOffsetBefore, withOffsetAfter);
  }
  if (isValidAfter) {
    return withOffsetAfter;
  }
  // Valid with the offset before, or a gap: read with the offset in force before the gap, the wall
  // time lands after the transition, moved forward by exactly the size of the gap.
  return withOffsetBefore;
}

function zoneOf(timeZone: string): Zone {
  const cached = zones.get(timeZone);
  if (cached !== undefined) {
    return cached;
  }
  // IANA names start with a letter; Intl in newer engines also accepts offsets such as '+08:00'.
  const first = timeZone.charCodeAt(0) | 32;
  if (!(first >= 97 && first <= 122)) {
    throw new RangeError(`Unknown time zone: ${timeZone}`);
  }
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    throw new RangeError(`Unknown time zone: ${timeZone}`);
  }
  if (zones.size >= maximumCachedZones) {
    zones.clear();
  }
  const zone: Zone = { formatter, offsetByHour: new Map() };
  zones.set(timeZone, zone);
  return zone;
}

/** The UTC offset in milliseconds in force at an instant. */
function offsetAt(zone: Zone, instant: number): number {
  const hour = Math.floor(instant / millisecondsPerHour);
  const cached = zone.offsetByHour.get(hour);
  if (cached !== undefined) {
    return Number.isNaN(cached) ? measureOffset(zone, instant) : cached;
  }
  // Offsets change on whole seconds, and never twice within one hour, so an hour whose first
  // and last second share an offset has that offset throughout.
  const start = hour * millisecondsPerHour;
  const offsetAtStart = measureOffset(zone, start);
  const offsetAtEnd = measureOffset(zone, start + millisecondsPerHour - 1_000);
  if (zone.offsetByHour.size >= maximumCachedHoursPerZone) {
    zone.offsetByHour.clear();
  }
  if (offsetAtStart === offsetAtEnd) {
    zone.offsetByHour.set(hour, offsetAtStart);
    return offsetAtStart;
  }
  zone.offsetByHour.set(hour, hourWithTransition);
  return measureOffset(zone, instant);
}

function measureOffset(zone: Zone, instant: number): number {
  if (!(instant >= earliestInstant && instant <= latestInstant)) {
    throw new RangeError(`Instant outside the supported years 0001–9999: ${instant}`);
  }
  const wholeSecond = Math.floor(instant / 1_000) * 1_000;
  // 'MM/DD/YYYY, HH:MM:SS' in en-US with Latin digits; read the six numbers in that order.
  const text = zone.formatter.format(wholeSecond);
  const numbers = [0, 0, 0, 0, 0, 0];
  let field = 0;
  let inNumber = false;
  for (let index = 0; index < text.length && field < 6; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit >= 0 && digit <= 9) {
      numbers[field] = (numbers[field] ?? 0) * 10 + digit;
      inNumber = true;
    } else if (inNumber) {
      field++;
      inNumber = false;
    }
  }
  const [month = 0, day = 0, year = 0, hour = 0, minute = 0, second = 0] = numbers;
  // Some engines once wrote midnight as hour 24 of the same day.
  const wall =
    dayNumberOfCivil(year, month, day) * millisecondsPerDay +
    (hour % 24) * millisecondsPerHour +
    minute * 60_000 +
    second * 1_000;
  return wall - wholeSecond;
}
