/**
 * The remedy matrix API's shapes (step 3), the remedy suggestions for one complaint, and
 * an approver's rejection. Row fields are taken as plain values here and checked by
 * domain/policy/remedy-matrix.ts, so one answer lists every problem of the table at once.
 */
import { z } from 'zod';
import { categories, remedyKinds, roles, severities } from '../../domain/vocabulary.js';
import { requiredText, text } from '../http/text.js';

const LabelInput = z.object({
  'zh-CN': text(1_000).optional(),
  'en-US': text(1_000).optional(),
});

export const RemedyMatrixRowInput = z.object({
  severity: z
    .string()
    .max(40)
    .meta({ description: `One of ${severities.join(', ')}` }),
  category: z
    .string()
    .max(40)
    .nullable()
    .default(null)
    .meta({ description: `null (every category), or one of ${categories.join(', ')}` }),
  kind: z
    .string()
    .max(40)
    .meta({ description: `One of ${remedyKinds.join(', ')}` }),
  amount: z.number().nullable().default(null).meta({ description: '0 or more; null: no fixed amount' }),
  currency: z
    .string()
    .max(10)
    .nullable()
    .default(null)
    .meta({ description: 'ISO 4217; needed with an amount' }),
  label: LabelInput.meta({ description: 'What the customer gets, in both languages' }),
});

export const RemedyMatrixBody = z.object({ rows: z.array(RemedyMatrixRowInput).max(200) });

const RemedyMatrixRowView = z.object({
  severity: z.enum(severities),
  category: z.enum(categories).nullable(),
  kind: z.enum(remedyKinds),
  amount: z.number().nullable(),
  currency: z.string(),
  label: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
});

export const RemedyMatrixView = z.object({
  source: z.enum(['default', 'custom']).meta({ description: 'default: the shipped table, never edited' }),
  rows: z.array(RemedyMatrixRowView),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  defaults: z.array(RemedyMatrixRowView).meta({ description: 'The shipped table, to start again from' }),
});

export const RemedySuggestionsView = z.object({
  severity: z.enum(severities),
  category: z.enum(categories),
  limit: z.number().nullable().meta({ description: 'Your authority limit; null: unlimited' }),
  approvers: z
    .array(z.object({ role: z.enum(roles), limit: z.number().nullable() }))
    .meta({ description: 'The roles that approve remedies, with their limits (null: unlimited)' }),
  items: z.array(
    RemedyMatrixRowView.extend({
      withinAuthority: z
        .boolean()
        .nullable()
        .meta({ description: 'null: the amount is decided on the complaint, and decides' }),
      approverRoles: z
        .array(z.enum(roles))
        .meta({ description: 'Who approves it when above your authority' }),
    }),
  ),
});

export const RejectRemedyBody = z.object({
  reason: requiredText(2_000).meta({ description: 'Why: the proposer reads it' }),
});
