/**
 * Business calendars (admin): time zone, weekend, holidays and make-up working days, the
 * default one for new complaints' deadlines, and holiday feeds imported from .ics files.
 */
import { z } from 'zod';
import { actorOf } from '../../commands/accounts/sessions.js';
import { DomainError } from '../../domain/errors.js';
import { daysFromICalendar, validateCalendar } from '../../domain/sla/index.js';
import {
  findCalendar,
  listCalendars,
  saveCalendar,
  type StoredCalendar,
} from '../../store/calendar-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import { line } from '../http/text.js';
import { CalendarInput } from './sla.schema.js';
import type { App, RouteDeps } from './route-context.js';

const tags = ['calendars'];
const security = [{ bearer: [] }];
const IdParams = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a short id: a-z, 0-9, -'),
});

const CalendarView = z.object({
  id: z.string(),
  name: z.string(),
  isDefault: z.boolean(),
  calendar: z.object({
    timeZone: z.string(),
    weekend: z.array(z.number()),
    holidays: z.array(z.string()),
    workdays: z.array(z.string()),
    openingHours: z.record(z.string(), z.array(z.object({ from: z.string(), to: z.string() }))).optional(),
  }),
  updatedAt: z.string(),
});

const present = (c: StoredCalendar): z.infer<typeof CalendarView> => ({
  id: c.id,
  name: c.name,
  isDefault: c.isDefault,
  calendar: {
    timeZone: c.timeZone,
    weekend: [...c.weekend],
    holidays: [...c.holidays],
    workdays: [...c.workdays],
    ...(c.openingHours
      ? { openingHours: c.openingHours as Record<string, { from: string; to: string }[]> }
      : {}),
  },
  updatedAt: c.updatedAt.toISOString(),
});

const notFound = () => new DomainError('calendar.not_found', 'No calendar with this id.');

export function calendarRoutes(app: App, { ctx, reloadCalendar }: RouteDeps): void {
  app.addContentTypeParser(
    ['text/calendar', 'application/ics'],
    { parseAs: 'string', bodyLimit: 2 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  app.get(
    '/api/v1/calendars',
    {
      schema: {
        tags,
        security,
        summary: 'Business calendars',
        response: { 200: z.object({ items: z.array(CalendarView) }) },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      return { items: (await listCalendars(ctx.database.db)).map(present) };
    },
  );

  app.get(
    '/api/v1/calendars/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One business calendar',
        params: IdParams,
        response: { 200: CalendarView },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const calendar = await findCalendar(ctx.database.db, request.params.id);
      if (!calendar) throw notFound();
      return present(calendar);
    },
  );

  app.put(
    '/api/v1/calendars/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Create or replace a calendar (admin); isDefault makes new deadlines follow it',
        params: IdParams,
        body: z.object({ name: line(200), isDefault: z.boolean().optional(), calendar: CalendarInput }),
        response: { 200: CalendarView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'calendar.manage');
      const { name, isDefault, calendar } = request.body;
      const saved = await ctx.database.db.transaction((tx) =>
        saveCalendar(
          tx,
          { id: request.params.id, name, isDefault, ...calendar },
          actorOf(principal.user).id,
          ctx.now(),
        ),
      );
      await reloadCalendar();
      return present(saved);
    },
  );

  app.post(
    '/api/v1/calendars/:id/import',
    {
      schema: {
        tags,
        security,
        summary: 'Add the holidays and make-up working days (补班) of an iCalendar file (admin)',
        params: IdParams,
        consumes: ['text/calendar'],
        response: {
          200: CalendarView.extend({
            imported: z.object({ holidays: z.number(), workdays: z.number(), skipped: z.number() }),
          }),
        },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'calendar.manage');
      if (typeof request.body !== 'string') {
        throw Object.assign(new Error('text/calendar expected'), { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' });
      }
      const current = await findCalendar(ctx.database.db, request.params.id);
      if (!current) throw notFound();
      const days = daysFromICalendar(request.body);
      if (days.problems.length) {
        throw new DomainError('input.invalid', 'The file cannot be imported as it is.', days.problems);
      }
      const merged = {
        ...current,
        // A day the file calls a working day is no longer a day off here, and the reverse.
        holidays: [
          ...new Set([...current.holidays.filter((d) => !days.workdays.includes(d)), ...days.holidays]),
        ].sort(),
        workdays: [
          ...new Set([...current.workdays.filter((d) => !days.holidays.includes(d)), ...days.workdays]),
        ].sort(),
      };
      const problems = validateCalendar(merged);
      if (problems.length) {
        throw new DomainError('input.invalid', 'The imported calendar is not valid.', problems);
      }
      const saved = await ctx.database.db.transaction((tx) =>
        saveCalendar(tx, merged, principal.user.id, ctx.now()),
      );
      await reloadCalendar();
      return {
        ...present(saved),
        imported: { holidays: days.holidays.length, workdays: days.workdays.length, skipped: days.skipped },
      };
    },
  );
}
