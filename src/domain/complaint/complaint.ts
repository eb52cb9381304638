/**
 * A complaint as the rest of the code sees it (CONTRACT.md §5), and who acts on it.
 */
import type { ComplaintStatus } from './lifecycle.js';
import type {
  Category,
  Channel,
  Complexity,
  Emotion,
  Locale,
  Responsibility,
  Risk,
  Role,
  Severity,
  Tier,
} from '../vocabulary.js';
import type { TriageEvidence } from '../triage/triage-result.js';

export interface ComplaintCustomer {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  tier: Tier;
}

export interface ComplaintTriage {
  language: 'zh' | 'en';
  category: { label: Category; confidence: number; source: 'triage' | 'person' };
  emotion: { label: Emotion; intensity: number };
  risks: Risk[];
  severity: Severity;
  severitySource: 'triage' | 'person';
  urgent: boolean;
  needsReview: boolean;
  explanation: TriageEvidence[];
  modelVersion: string;
}

export interface Complaint {
  id: string;
  trackingNumber: string;
  status: ComplaintStatus;
  channel: Channel;
  customer: ComplaintCustomer;
  subject: string;
  description: string;
  expectation: string | null;
  orderRef: string | null;
  productRef: string | null;
  occurredAt: Date | null;
  receivedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  complexity: Complexity;
  locale: Locale;
  triage: ComplaintTriage;
  ownerId: string | null;
  createdById: string | null;
  responsibility: Responsibility | null;
  /** Step 2: what the owner verified against records (S0 step 2, "事实问题"). */
  verifiedFacts: string | null;
  resolution: string | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  firstResponseDueAt: Date;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date;
  /** The deadline policy version it was opened under (its targets never move with edits). */
  deadlinePolicyVersion: number;
  /** The same customer's complaint of the 30 days before (二次投诉), if any. */
  repeatOfId: string | null;
  /** How often it was resolved and reopened, and the latest survey rating (PRODUCT.md R8). */
  resolutionCount: number;
  reopenCount: number;
  satisfactionRating: number | null;
  /** A subcategory of its category, set by staff (domain/categories/category-settings.ts); null: none. */
  subcategoryId: string | null;
  version: number;
}

export type Actor =
  | { type: 'user'; id: string; name: string; role: Role }
  | { type: 'customer'; name: string }
  | { type: 'system'; name: string };

export interface HistoryEntry {
  at: Date;
  actor: { type: Actor['type']; id: string | null; name: string | null };
  action: string;
  changes: Record<string, unknown>;
}

/** A subject when the customer gave none: the first words of the description. */
export function subjectFrom(description: string, maxChars = 60): string {
  const firstLine = description.trim().split(/\r?\n/)[0] ?? '';
  const chars = Array.from(firstLine);
  return chars.length <= maxChars ? firstLine : `${chars.slice(0, maxChars - 1).join('')}…`;
}
