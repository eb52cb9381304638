/**
 * Complaints as the API shows them: instants as ISO strings, contact data masked for
 * roles that do not need it (PRODUCT.md R14).
 */
import type { z } from 'zod';
import { can, maskEmail, maskPhone } from '../../domain/access/permissions.js';
import type { Complaint, HistoryEntry } from '../../domain/complaint/complaint.js';
import type { Role } from '../../domain/vocabulary.js';
import type { AttachmentInfo } from '../../store/attachment-repository.js';
import type { Message } from '../../store/message-repository.js';
import type { Remedy } from '../../store/remedy-repository.js';
import type { RemedyCost } from '../../store/remedy-cost-repository.js';
import { clockKinds, clockState, type Clock } from '../../domain/sla/index.js';
import type {
  AttachmentView,
  ClockView,
  ComplaintView,
  MessageView,
  RemedyView,
} from '../routes/complaints.schema.js';

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export function presentClock(clock: Clock, now: Date): z.infer<typeof ClockView> {
  return {
    kind: clock.kind,
    state: clockState(clock, now),
    cycle: clock.cycle,
    startedAt: iso(clock.startedAt),
    dueAt: iso(clock.dueAt),
    warnAt: iso(clock.warnAt),
    metAt: isoOrNull(clock.metAt),
    breachedAt: isoOrNull(clock.breachedAt),
    escalatedAt: isoOrNull(clock.escalatedAt),
  };
}

const clockOrder = new Map(clockKinds.map((k, i) => [k, i]));

/** A complaint for a staff member in `viewer`'s role, with its clocks as they stand at `now`. */
export function presentComplaint(
  c: Complaint,
  viewer: Role,
  clocks: readonly Clock[],
  now: Date,
  /** Remedy cost per currency, when the caller loaded it (`remedyCost` is left out otherwise). */
  remedyCost?: RemedyCost[],
): z.infer<typeof ComplaintView> {
  const showContact = can(viewer, 'contact.read');
  return {
    id: c.id,
    trackingNumber: c.trackingNumber,
    status: c.status,
    channel: c.channel,
    customer: {
      ...c.customer,
      email: c.customer.email && !showContact ? maskEmail(c.customer.email) : c.customer.email,
      phone: c.customer.phone && !showContact ? maskPhone(c.customer.phone) : c.customer.phone,
    },
    subject: c.subject,
    description: c.description,
    expectation: c.expectation,
    orderRef: c.orderRef,
    productRef: c.productRef,
    occurredAt: isoOrNull(c.occurredAt),
    receivedAt: iso(c.receivedAt),
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    complexity: c.complexity,
    locale: c.locale,
    triage: {
      language: c.triage.language,
      category: c.triage.category,
      emotion: c.triage.emotion,
      risks: c.triage.risks,
      severity: c.triage.severity,
      urgent: c.triage.urgent,
      needsReview: c.triage.needsReview,
      explanation: c.triage.explanation,
      modelVersion: c.triage.modelVersion,
    },
    ownerId: c.ownerId,
    createdById: c.createdById,
    responsibility: c.responsibility,
    verifiedFacts: c.verifiedFacts,
    resolution: c.resolution,
    resolvedAt: isoOrNull(c.resolvedAt),
    closedAt: isoOrNull(c.closedAt),
    firstResponseDueAt: iso(c.firstResponseDueAt),
    firstRespondedAt: isoOrNull(c.firstRespondedAt),
    resolutionDueAt: iso(c.resolutionDueAt),
    deadlinePolicyVersion: c.deadlinePolicyVersion,
    repeatOfId: c.repeatOfId,
    clocks: [...clocks]
      .sort((a, b) => (clockOrder.get(a.kind) ?? 0) - (clockOrder.get(b.kind) ?? 0))
      .map((clock) => presentClock(clock, now)),
    ...(remedyCost ? { remedyCost } : {}),
    resolutionCount: c.resolutionCount,
    reopenCount: c.reopenCount,
    satisfactionRating: c.satisfactionRating,
    subcategoryId: c.subcategoryId,
    version: c.version,
  };
}

export function presentHistoryEntry(h: HistoryEntry) {
  return { at: iso(h.at), actor: h.actor, action: h.action, changes: h.changes };
}

export function presentMessage(m: Message): z.infer<typeof MessageView> {
  return { ...m, createdAt: iso(m.createdAt) };
}

export function presentAttachment(a: AttachmentInfo): z.infer<typeof AttachmentView> {
  return {
    id: a.id,
    complaintId: a.complaintId,
    filename: a.filename,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    uploadedByType: a.uploadedByType,
    createdAt: iso(a.createdAt),
    url: `/api/v1/attachments/${a.id}`,
  };
}

export function presentRemedy(r: Remedy): z.infer<typeof RemedyView> {
  return {
    ...r,
    decidedAt: isoOrNull(r.decidedAt),
    customerRespondedAt: isoOrNull(r.customerRespondedAt),
    createdAt: iso(r.createdAt),
  };
}

/** Opaque keyset cursors: the position of the last item, base64url-encoded. */
export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}
