/**
 * The shapes of triage on demand (CONTRACT.md §7): the text in, the suggestion out with
 * the cue words that decided each field. The intake form's live suggestion imports them.
 */
import { z } from 'zod';
import { categories, emotions, locales, risks, severities, tiers } from '../../domain/vocabulary.js';
import { requiredText } from '../http/text.js';

/** `tier` as intake records it: a VIP's severity and urgency come out as they will on saving. */
export const TriageBody = z.object({
  text: requiredText(50_000),
  locale: z.enum(locales).optional(),
  tier: z.enum(tiers).optional(),
});

export const TriageView = z.object({
  language: z.enum(['zh', 'en']),
  category: z.object({ label: z.enum(categories), confidence: z.number() }),
  emotion: z.object({ label: z.enum(emotions), intensity: z.number() }),
  risks: z.array(z.enum(risks)),
  severity: z.enum(severities),
  urgent: z.boolean(),
  needsReview: z.boolean(),
  truncated: z.boolean(),
  explanation: z.array(z.object({ field: z.string(), cues: z.array(z.string()) })),
  modelVersion: z.string(),
});
