/**
 * What triage says about a complaint text (CONTRACT.md §7), plus the explanation an
 * agent sees. Stored on the complaint with the version of the model that produced it.
 */
import type { Category, Emotion, Risk, Severity, Tier } from '../vocabulary.js';

export interface TriageInput {
  text: string;
  /** A hint only: the text decides the language. */
  locale?: string | undefined;
  tier?: Tier | undefined;
  /** Impact scope: how many customers the same failure affects, when someone knows. */
  affectedCustomers?: number | undefined;
}

export interface TriageEvidence {
  /** Which field this evidence decided: 'category', 'emotion', 'risk:safety', 'severity', 'urgent'… */
  field: string;
  /** The words or features that decided it, as they appear in the text where possible. */
  cues: string[];
}

export interface TriageResult {
  language: 'zh' | 'en';
  category: { label: Category; confidence: number };
  emotion: { label: Emotion; intensity: number };
  /** Probability 0..1 that the text voices dissatisfaction; `isNegative()` reads it. */
  negative: number;
  risks: Risk[];
  severity: Severity;
  urgent: boolean;
  /** True when the category confidence is low and a person should look. */
  needsReview: boolean;
  /** True when only a bounded prefix of a very long text was read. */
  truncated: boolean;
  explanation: TriageEvidence[];
  modelVersion: string;
}
