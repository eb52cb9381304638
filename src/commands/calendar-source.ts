/**
 * The default business calendar, as commands read it (`ctx.calendar`): loaded from the
 * database at start, reloaded when an admin changes a calendar (NOTIFY, so every process
 * on the same PostgreSQL follows at once).
 */
import { defaultCalendars, type BusinessCalendar } from '../domain/sla/index.js';
import {
  calendarsChannel,
  ensureShippedCalendars,
  findDefaultCalendar,
} from '../store/calendar-repository.js';
import type { Database } from '../store/database.js';

export class CalendarSource {
  private calendar: BusinessCalendar = defaultCalendars.cn;
  private unlisten: (() => Promise<void>) | null = null;

  private constructor(private readonly database: Database) {}

  /** Writes the shipped calendars on a new database, loads the default, follows changes. */
  static async start(database: Database, now: Date): Promise<CalendarSource> {
    const source = new CalendarSource(database);
    await ensureShippedCalendars(database.db, now);
    await source.reload();
    source.unlisten = await database.listen(
      calendarsChannel,
      () => void source.reload().catch(() => undefined),
    );
    return source;
  }

  get current(): BusinessCalendar {
    return this.calendar;
  }

  async reload(): Promise<void> {
    const stored = await findDefaultCalendar(this.database.db);
    if (stored) {
      // A fresh object: the domain caches its day sets per calendar object.
      this.calendar = {
        timeZone: stored.timeZone,
        weekend: stored.weekend,
        holidays: stored.holidays,
        workdays: stored.workdays,
        ...(stored.openingHours ? { openingHours: stored.openingHours } : {}),
      };
    }
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }
}
