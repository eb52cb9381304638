/**
 * The authority limits API's shapes (seed 000 rule 4, CONTRACT.md §5 "configurable").
 * Rows are taken as plain values here and checked by domain/policy/authority-limits.ts,
 * so one answer lists every problem of the table at once.
 */
import { z } from 'zod';
import { roles } from '../../domain/vocabulary.js';

const AuthorityLimitInput = z.object({
  role: z
    .string()
    .max(40)
    .meta({ description: `One of ${roles.join(', ')}; every role needs one row` }),
  amount: z
    .number()
    .nullable()
    .meta({ description: '0 or more; null: unlimited (the admin stays unlimited)' }),
  currency: z.string().max(10).meta({ description: 'ISO 4217, the same on every row (e.g. CNY)' }),
});

export const AuthorityLimitsBody = z.object({ limits: z.array(AuthorityLimitInput).max(50) });

export const AuthorityLimitsView = z.object({
  limits: z.array(
    z.object({
      role: z.enum(roles),
      amount: z.number().nullable().meta({ description: 'null: unlimited' }),
      currency: z.string(),
    }),
  ),
});
