/**
 * A complaint as a case for the training library (seed 000 step 6): what happened, what the
 * customer expected, what was done and offered, why it happened, what was learned, and the
 * key steps in time. Every text passes the anonymiser; the case keeps no contact data, no
 * names and no link a reader could follow back to the customer.
 */
import type { HistoryEntry } from '../complaint/complaint.js';
import { complaintStatuses, type ComplaintStatus } from '../complaint/lifecycle.js';
import type {
  Category,
  Locale,
  RemedyKind,
  Responsibility,
  Role,
  RootCause,
  Severity,
} from '../vocabulary.js';
import { createAnonymiser } from './anonymise.js';
import type { CustomerAnswer, PostMortem } from './post-mortem.js';

export const caseSteps = [
  'received',
  ...complaintStatuses.filter((s) => s !== 'new'),
  'reopened',
  'handed_over',
  'remedy_offered',
  'remedy_approved',
  'deadline_missed',
  'escalated',
  'post_mortem_completed',
] as const;
export type CaseStep = (typeof caseSteps)[number];

export interface LibraryCaseBody {
  /** What happened, in the customer's words (anonymised). */
  summary: string;
  expectation: string | null;
  resolution: string | null;
  responsibility: Responsibility | null;
  remedies: { kind: RemedyKind; amount: number | null; currency: string }[];
  rootCause: RootCause | null;
  wentWell: string | null;
  wentBadly: string | null;
  lessons: string | null;
  /** The final answer along the customer's four needs (seed 003). */
  customerAnswer: CustomerAnswer | null;
  /** Key steps, hours after receipt. */
  timeline: { step: CaseStep; afterHours: number; clock?: string }[];
  language: 'zh' | 'en';
  locale: Locale;
}

export interface LibraryCaseInput {
  complaint: {
    subject: string;
    description: string;
    expectation: string | null;
    resolution: string | null;
    responsibility: Responsibility | null;
    receivedAt: Date;
    locale: Locale;
    orderRef: string | null;
    customer: { name: string; email: string | null; phone: string | null };
    triage: { language: 'zh' | 'en'; category: { label: Category }; severity: Severity };
  };
  remedies: readonly { kind: RemedyKind; amount: number | null; currency: string; status: string }[];
  postMortem: Pick<PostMortem, 'rootCause' | 'wentWell' | 'wentBadly' | 'lessons' | 'customerAnswer'> | null;
  history: readonly Pick<HistoryEntry, 'at' | 'action' | 'changes'>[];
  staff: readonly { name: string; role: Role }[];
  title?: string | undefined;
  tags: readonly string[];
}

export interface LibraryCase {
  title: string;
  category: Category;
  severity: Severity;
  tags: string[];
  body: LibraryCaseBody;
  /** The texts a search looks in. */
  searchText: string[];
}

function stepOf(entry: Pick<HistoryEntry, 'action' | 'changes'>): CaseStep | null {
  switch (entry.action) {
    case 'complaint.opened':
      return 'received';
    case 'complaint.reopened':
      return 'reopened';
    case 'complaint.handed_over':
      return 'handed_over';
    case 'remedy.proposed':
      return 'remedy_offered';
    case 'remedy.approved':
      return 'remedy_approved';
    case 'sla.breached':
      return 'deadline_missed';
    case 'sla.escalated':
      return 'escalated';
    case 'post_mortem.completed':
      return 'post_mortem_completed';
    case 'complaint.status_changed': {
      const status = entry.changes.status;
      const to = Array.isArray(status) ? (status[1] as unknown) : null;
      return typeof to === 'string' && (complaintStatuses as readonly string[]).includes(to) && to !== 'new'
        ? (to as Exclude<ComplaintStatus, 'new'>) // checked against the statuses just above
        : null;
    }
    default:
      return null;
  }
}

/** Tags as people type them: trimmed, without repeats (case-insensitive), in their order. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const t = tag.trim().replace(/\s+/g, ' ');
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/** The anonymised case for a resolved complaint. */
export function buildLibraryCase(input: LibraryCaseInput): LibraryCase {
  const { complaint } = input;
  const anonymise = createAnonymiser({
    language: complaint.triage.language,
    customer: complaint.customer,
    orderRef: complaint.orderRef,
    staff: input.staff,
  });
  const clean = (text: string | null | undefined) => (text?.trim() ? anonymise(text.trim()) : null);
  const pm = input.postMortem;
  const answer = pm?.customerAnswer ?? null;
  const customerAnswer: CustomerAnswer | null = answer
    ? {
        whenSolved: clean(answer.whenSolved) ?? '',
        howSolved: clean(answer.howSolved) ?? '',
        rootCause: clean(answer.rootCause) ?? '',
        prevention: clean(answer.prevention) ?? '',
      }
    : null;
  const received = complaint.receivedAt.getTime();
  const timeline: LibraryCaseBody['timeline'] = [];
  for (const entry of input.history) {
    const step = stepOf(entry);
    if (!step) continue;
    const afterHours = Math.max(0, Math.round(((entry.at.getTime() - received) / 3_600_000) * 10) / 10);
    const clock = entry.changes.clock;
    timeline.push({ step, afterHours, ...(typeof clock === 'string' ? { clock } : {}) });
  }
  const body: LibraryCaseBody = {
    summary: clean(complaint.description) ?? '',
    expectation: clean(complaint.expectation),
    resolution: clean(complaint.resolution),
    responsibility: complaint.responsibility,
    remedies: input.remedies
      .filter((r) => r.status === 'approved')
      .map((r) => ({ kind: r.kind, amount: r.amount, currency: r.currency })),
    rootCause: pm?.rootCause ?? null,
    wentWell: clean(pm?.wentWell),
    wentBadly: clean(pm?.wentBadly),
    lessons: clean(pm?.lessons),
    customerAnswer,
    timeline,
    language: complaint.triage.language,
    locale: complaint.locale,
  };
  const title = clean(input.title) ?? clean(complaint.subject) ?? '';
  const tags = normaliseTags(input.tags.map(anonymise));
  return {
    title,
    category: complaint.triage.category.label,
    severity: complaint.triage.severity,
    tags,
    body,
    searchText: caseSearchText(title, body, tags),
  };
}

/** The texts a search looks in: the title, the body's texts and the tags (also what reindexing reads). */
export function caseSearchText(title: string, body: LibraryCaseBody, tags: readonly string[]): string[] {
  const answer = body.customerAnswer;
  return [
    title,
    body.summary,
    body.expectation,
    body.resolution,
    body.wentWell,
    body.wentBadly,
    body.lessons,
    ...(answer ? [answer.whenSolved, answer.howSolved, answer.rootCause, answer.prevention] : []),
    ...tags,
  ].filter((t): t is string => Boolean(t));
}
