/**
 * The deadline preview's shapes (CONTRACT.md §8): what POST /api/v1/sla/preview accepts and answers.
 *
 * zod checks the shapes; whether a calendar makes sense (known time zone, day numbers 0–6, dates
 * that exist, no day both off and on) is decided by the domain's `validateCalendar`, run here so
 * that its problems join zod's in one errors[] list. Paths use the dots problem.ts gives zod's
 * (`calendar.weekend.0`), never the domain's brackets (`calendar.weekend[0]`).
 */
import { z } from 'zod';
import type { FieldProblem } from '../../domain/errors.js';
import { validateCalendar } from '../../domain/sla/index.js';
import { categories, complexities, severities, tiers } from '../../domain/vocabulary.js';
import { instant } from '../http/text.js';

/** Enough for ten years of any country's holidays; more is a mistake or an attack. */
export const maxCalendarDates = 1_000;

/** Instants the preview accepts: far inside the years 0001–9999 that local dates can write. */
const earliestInstant = Date.UTC(1900, 0, 1);
const latestInstant = Date.UTC(3000, 0, 1);

const previewInstant = instant.refine(
  (at) => at.getTime() >= earliestInstant && at.getTime() < latestInstant,
  'must be in the years 1900–2999',
);

const localDates = (meaning: string) =>
  z
    .array(z.string().max(10, "must be a date 'YYYY-MM-DD'"))
    .max(maxCalendarDates, `must list at most ${maxCalendarDates} dates`)
    .meta({ description: `${meaning}, as local dates 'YYYY-MM-DD'` });

const calendarShape = z.object({
  timeZone: z
    .string()
    .max(100, 'must be an IANA time zone such as Asia/Shanghai')
    .meta({ description: "IANA time zone, e.g. 'Asia/Shanghai'" }),
  weekend: z
    .array(z.number())
    .max(7, 'must list each day of the week at most once')
    .meta({ description: 'Days that are not business days, as JavaScript day numbers 0–6 (0 = Sunday)' }),
  holidays: localDates('Days off'),
  workdays: localDates('Make-up working days (调休) that count as business days even on a weekend'),
  openingHours: z
    .record(
      z.string().max(1),
      z
        .array(z.object({ from: z.string().max(5), to: z.string().max(5) }))
        .max(8, 'must list at most 8 ranges'),
    )
    .optional()
    .meta({
      description:
        "Opening hours per day number '0'–'6' (0 = Sunday), local 'HH:MM' ranges; kept with the calendar, not used by the deadline rule",
    }),
});

/**
 * A business calendar sent with the request. The domain's problems are added even when zod has
 * found others in the same calendar (so every problem is listed at once), except at a path zod has
 * already named: a wrong type there is one problem, not two.
 */
export const CalendarInput = calendarShape.superRefine(
  (calendar, ctx) => {
    const named = new Set(ctx.issues.map((issue) => pathKey(issue.path ?? [])));
    for (const problem of validateCalendar(calendar)) {
      const path = pathWithinCalendar(problem.path);
      if (!named.has(pathKey(path))) {
        ctx.addIssue({ code: 'custom', path, message: withDottedPaths(problem.message) });
      }
    }
  },
  // Run even when a field has the wrong shape; validateCalendar copes with any value.
  { when: ({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value) },
);
export type CalendarInput = z.infer<typeof CalendarInput>;

export const DeadlinePreviewBody = z
  .object({
    receivedAt: previewInstant,
    complexity: z.enum(complexities),
    resolvedAt: previewInstant.optional(),
    calendar: CalendarInput.optional().meta({
      description: 'The business calendar to count in; without it, the configured default',
    }),
    category: z.enum(categories).optional().meta({ description: "For the deadline policy's rules" }),
    severity: z.enum(severities).optional().meta({ description: "For the deadline policy's rules" }),
    tier: z.enum(tiers).optional().meta({ description: "For the deadline policy's rules" }),
  })
  .superRefine((body, ctx) => {
    if (body.resolvedAt !== undefined && body.resolvedAt.getTime() < body.receivedAt.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['resolvedAt'], message: 'must not be before receivedAt' });
    }
  });
export type DeadlinePreviewBody = z.infer<typeof DeadlinePreviewBody>;

const Instant = z.string().meta({ description: 'ISO 8601 instant in UTC with milliseconds' });

export const DeadlinesView = z.object({
  firstResponseDueAt: Instant,
  resolutionDueAt: Instant,
  progressUpdateEveryHours: z
    .number()
    .nullable()
    .meta({ description: 'Hours between progress updates the customer must get; null: none required' }),
  followUpDueAt: Instant.optional().meta({ description: 'Only with resolvedAt' }),
  postMortemDueAt: Instant.optional().meta({ description: 'Only with resolvedAt' }),
  policyVersion: z.number().meta({ description: 'The deadline policy version whose targets were used' }),
});
export type DeadlinesView = z.infer<typeof DeadlinesView>;

/** `calendar.holidays[3]` → `['holidays', 3]`: the path below the calendar object. */
function pathWithinCalendar(path: FieldProblem['path']): (string | number)[] {
  return path
    .replace(/^calendar\.?/, '')
    .split(/[.[\]]+/)
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** `calendar.workdays[0]` in a message → `calendar.workdays.0`, as the problem paths read. */
function withDottedPaths(message: string): string {
  return message.replace(/\[(\d+)\]/g, '.$1');
}
