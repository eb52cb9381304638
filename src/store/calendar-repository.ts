/**
 * Business calendars in the database. The shipped calendars (China with 调休, US federal)
 * are written on first start; admins edit them and add their own.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { defaultCalendars, type BusinessCalendar } from '../domain/sla/index.js';
import type { Executor } from './database.js';
import { businessCalendars } from './schema.js';

export const calendarsChannel = 'closeloop_calendars';

export interface StoredCalendar extends BusinessCalendar {
  id: string;
  name: string;
  isDefault: boolean;
  updatedAt: Date;
}

type Row = typeof businessCalendars.$inferSelect;
const toCalendar = (r: Row): StoredCalendar => ({
  id: r.id,
  name: r.name,
  timeZone: r.timeZone,
  weekend: r.weekend,
  holidays: r.holidays,
  workdays: r.workdays,
  ...(r.openingHours ? { openingHours: r.openingHours } : {}),
  isDefault: r.isDefault,
  updatedAt: r.updatedAt,
});

export async function listCalendars(db: Executor): Promise<StoredCalendar[]> {
  return (await db.select().from(businessCalendars).orderBy(asc(businessCalendars.id))).map(toCalendar);
}

export async function findCalendar(db: Executor, id: string): Promise<StoredCalendar | null> {
  const [row] = await db.select().from(businessCalendars).where(eq(businessCalendars.id, id)).limit(1);
  return row ? toCalendar(row) : null;
}

export async function findDefaultCalendar(db: Executor): Promise<StoredCalendar | null> {
  const [row] = await db
    .select()
    .from(businessCalendars)
    .where(eq(businessCalendars.isDefault, true))
    .limit(1);
  return row ? toCalendar(row) : null;
}

/** Writes the shipped calendars once, the Chinese one as the default. */
export async function ensureShippedCalendars(db: Executor, now: Date): Promise<void> {
  const shipped = [
    { id: 'cn', name: '中国大陆 / Mainland China', calendar: defaultCalendars.cn, isDefault: true },
    { id: 'us', name: 'US federal', calendar: defaultCalendars.us, isDefault: false },
  ];
  for (const s of shipped) {
    await db
      .insert(businessCalendars)
      .values({
        id: s.id,
        name: s.name,
        timeZone: s.calendar.timeZone,
        weekend: [...s.calendar.weekend],
        holidays: [...s.calendar.holidays],
        workdays: [...s.calendar.workdays],
        isDefault: sql`${s.isDefault} AND NOT EXISTS (SELECT 1 FROM business_calendars WHERE is_default)`,
        updatedAt: now,
      })
      .onConflictDoNothing();
  }
}

/** Creates or replaces a calendar; making it the default takes that from the old one. */
export async function saveCalendar(
  tx: Executor,
  calendar: Omit<StoredCalendar, 'updatedAt' | 'isDefault'> & { isDefault?: boolean | undefined },
  userId: string,
  now: Date,
): Promise<StoredCalendar> {
  if (calendar.isDefault) {
    await tx.update(businessCalendars).set({ isDefault: false }).where(eq(businessCalendars.isDefault, true));
  }
  const values = {
    name: calendar.name,
    timeZone: calendar.timeZone,
    weekend: [...calendar.weekend],
    holidays: [...calendar.holidays],
    workdays: [...calendar.workdays],
    openingHours: calendar.openingHours ?? null,
    updatedAt: now,
    updatedById: userId,
    ...(calendar.isDefault ? { isDefault: true } : {}),
  };
  const [row] = await tx
    .insert(businessCalendars)
    .values({ id: calendar.id, ...values })
    .onConflictDoUpdate({ target: businessCalendars.id, set: values })
    .returning();
  await tx.execute(sql`SELECT pg_notify(${calendarsChannel}, ${calendar.id})`);
  return toCalendar(row!);
}
