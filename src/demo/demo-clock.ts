/**
 * Local-time arithmetic for the demo schedule, in the business calendar's time zone:
 * which local day an instant falls on, the instant of a local wall time, and moving a
 * staff action into customer-service hours. Zone logic itself stays in domain/sla.
 */
import { localDateOf, zonedInstant } from '../domain/sla/index.js';
import type { DemoLanguage } from './demo-complaints.js';
import type { DemoRandom } from './demo-random.js';

const minute = 60_000;
const day = 24 * 60 * minute;

/** Customer service works 09:00–21:00 local, every day. */
const serviceOpensMinutes = 9 * 60;
const serviceClosesMinutes = 21 * 60;

export const addMinutes = (instant: Date, minutes: number): Date =>
  new Date(instant.getTime() + minutes * minute);

/** The local date `days` days after (or before, when negative) `localDate`, both 'YYYY-MM-DD'. */
export function shiftLocalDate(localDate: string, days: number): string {
  const [y, m, d] = localDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + days * day).toISOString().slice(0, 10);
}

/** Minutes since local midnight. */
export function localMinutesOf(instant: Date, timeZone: string): number {
  const midnight = zonedInstant(localDateOf(instant, timeZone), 0, timeZone);
  return (instant.getTime() - midnight.getTime()) / minute;
}

/** The instant itself inside service hours; else the next opening plus a short start-up. */
export function duringServiceHours(instant: Date, timeZone: string, random: DemoRandom): Date {
  const minutes = localMinutesOf(instant, timeZone);
  if (minutes >= serviceOpensMinutes && minutes < serviceClosesMinutes) return instant;
  const today = localDateOf(instant, timeZone);
  const opening = minutes < serviceOpensMinutes ? today : shiftLocalDate(today, 1);
  return zonedInstant(opening, serviceOpensMinutes + random.int(0, 50) + random.next(), timeZone);
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A local date as a customer writes it: 11月3日, Nov 3. */
export function writtenDate(instant: Date, timeZone: string, language: DemoLanguage): string {
  const [, m, d] = localDateOf(instant, timeZone).split('-').map(Number);
  if (language === 'en') return `${monthNames[(m ?? 1) - 1] ?? ''} ${d ?? 1}`;
  return `${m ?? 1}月${d ?? 1}日`;
}
