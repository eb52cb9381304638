/**
 * The zod building blocks every route schema uses for text from outside.
 *
 * PostgreSQL cannot store NUL in text, and control characters in a complaint are never
 * what a person typed: both are refused here with a clear message, never a 500 later.
 */
import { z } from 'zod';

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

// A UTF-16 surrogate half without its partner: would be stored as U+FFFD, changing the text.
const loneSurrogate = /\p{Cs}/u;

/** Text of at most `max` characters with no control characters except tab and newlines. */
export const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !controlCharacters.test(s), 'must not contain NUL or other control characters')
    .refine((s) => !loneSurrogate.test(s), 'must be valid Unicode text (a lone surrogate was found)');

/** Required text: not empty and not only spaces. */
export const requiredText = (max: number) =>
  text(max).refine((s) => s.trim().length > 0, 'must not be empty');

/** One line: also no line breaks. */
export const line = (max: number) =>
  requiredText(max).refine((s) => !/[\r\n]/.test(s), 'must be on one line');

export const instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2025-10-11T09:00:00.000Z' })
  .transform((s) => new Date(s));

export const phone = z
  .string()
  .regex(/^\+?[0-9][0-9 ()-]{4,30}$/, 'must be a phone number (digits, spaces, +, -, parentheses)');

export const email = z.email('must be an email address').max(254);

/** `?status=new,triaged` or `?status=new&status=triaged`. */
export const commaList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      v === undefined
        ? undefined
        : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).filter(Boolean),
    z.array(item).max(20).optional(),
  );
