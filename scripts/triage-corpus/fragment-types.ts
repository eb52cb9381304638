/** The shape of one language's hand-written fragments (see generate-triage-corpus.ts). */
import type { Category, Emotion, Risk } from '../../src/domain/vocabulary.js';

export const industries = [
  'restaurant',
  'hotel',
  'ecommerce',
  'logistics',
  'banking',
  'airline',
  'telecom',
  'travel',
] as const;
export type Industry = (typeof industries)[number];

export interface Fragments {
  /** How a complaint or review about an industry may start. */
  openers: Record<Industry, string[]>;
  /** What went wrong, by category and industry. */
  problems: Record<Category, Partial<Record<Industry, string[]>>>;
  /** Sentences that carry an emotion. */
  feelings: Record<Emotion, string[]>;
  /** How a complaint ends, by emotion. */
  demands: Record<Emotion, string[]>;
  /** Sentences that add a risk. */
  risks: Record<Risk, string[]>;
  /** What went well, by industry: the not-negative side of sentiment. */
  praise: Partial<Record<Industry, string[]>>;
  praiseEndings: string[];
  /** Questions, thanks and bookings: neither complaint nor praise. */
  neutral: string[];
}
