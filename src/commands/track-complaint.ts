/**
 * The customer's own view of a complaint: tracking number + access token, no account.
 * A wrong token and an unknown number answer exactly the same (not found).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Complaint } from '../domain/complaint/complaint.js';
import { customerTimeline, type TimelineItem } from '../domain/complaint/customer-timeline.js';
import { normalizeTrackingNumber } from '../domain/complaint/tracking-number.js';
import { DomainError } from '../domain/errors.js';
import { findComplaintByTrackingNumber } from '../store/complaint-repository.js';
import { latestResolutionAt, listHistory } from '../store/history-repository.js';
import { listMessages } from '../store/message-repository.js';
import { listRemedies, type Remedy } from '../store/remedy-repository.js';
import { listSurveys, type Survey } from '../store/survey-repository.js';
import { hashToken, type CommandContext } from './context.js';

const notFound = () =>
  new DomainError('complaint.not_found', 'No complaint with this tracking number and access token.');

/** The complaint this tracking number and token open; throws not found otherwise. */
export async function openWithAccessToken(
  ctx: CommandContext,
  trackingNumber: string,
  accessToken: string,
): Promise<Complaint> {
  const normalized = normalizeTrackingNumber(trackingNumber);
  const presented = hashToken(accessToken);
  const found = normalized ? await findComplaintByTrackingNumber(ctx.database.db, normalized) : null;
  if (!found || !timingSafeEqual(Buffer.from(found.accessTokenHash), presented)) throw notFound();
  const { accessTokenHash: _hash, ...complaint } = found;
  return complaint;
}

export interface CustomerView {
  complaint: Complaint;
  timeline: TimelineItem[];
  /** For the offer and the survey: presenters show the customer only what is theirs. */
  remedies: Remedy[];
  surveys: Survey[];
  lastResolvedAt: Date | null;
}

export async function trackComplaint(
  ctx: CommandContext,
  trackingNumber: string,
  accessToken: string,
): Promise<CustomerView> {
  const complaint = await openWithAccessToken(ctx, trackingNumber, accessToken);
  const [history, messages, remedies, surveys, lastResolvedAt] = await Promise.all([
    listHistory(ctx.database.db, complaint.id, { limit: 1000 }),
    listMessages(ctx.database.db, complaint.id),
    listRemedies(ctx.database.db, complaint.id),
    listSurveys(ctx.database.db, complaint.id),
    latestResolutionAt(ctx.database.db, complaint.id),
  ]);
  const timeline = customerTimeline(
    {
      history: history.items,
      messages: messages.map((m) => ({ at: m.createdAt, kind: m.kind, body: m.body })),
    },
    complaint.locale,
    ctx.calendar.timeZone,
  );
  return { complaint, timeline, remedies, surveys, lastResolvedAt };
}
