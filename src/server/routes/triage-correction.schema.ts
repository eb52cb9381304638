/**
 * What an agent may correct of a complaint's triage (CONTRACT.md §4 vocabulary).
 */
import { z } from 'zod';
import { categories, emotions, risks, severities } from '../../domain/vocabulary.js';
import { text } from '../http/text.js';

export const TriageCorrectionBody = z.strictObject({
  category: z.enum(categories).optional(),
  emotion: z.enum(emotions).optional(),
  severity: z.enum(severities).optional(),
  risks: z
    .array(z.enum(risks))
    .max(risks.length * 2)
    .optional(),
  urgent: z.boolean().optional(),
  reason: text(1000).optional(),
});
export type TriageCorrectionBody = z.infer<typeof TriageCorrectionBody>;
