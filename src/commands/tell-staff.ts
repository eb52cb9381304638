/**
 * What the customer's answers tell staff: a notification to the owner or the supervisors
 * (the same shape as the SLA notifications), and the customer's own words as an inbound
 * message. Both run inside the caller's transaction.
 */
import type { Actor, Complaint } from '../domain/complaint/complaint.js';
import type { Executor } from '../store/database.js';
import { appendHistory } from '../store/history-repository.js';
import { newId } from '../store/ids.js';
import { insertMessage } from '../store/message-repository.js';
import { activeUserIdsWithRoles, notify } from '../store/notification-repository.js';

/**
 * Notifies these users once each about one event: the id is `<kind>:<eventKey>:<user>`,
 * so the same event never notifies anyone twice.
 */
export async function tellStaff(
  tx: Executor,
  userIds: readonly string[],
  event: {
    kind: string;
    eventKey: string;
    complaint: Complaint;
    details: Record<string, unknown>;
    now: Date;
  },
): Promise<void> {
  const { kind, eventKey, complaint, details, now } = event;
  await notify(
    tx,
    [...new Set(userIds)].map((userId) => ({
      id: `${kind}:${eventKey}:${userId}`,
      userId,
      kind,
      complaintId: complaint.id,
      payload: {
        trackingNumber: complaint.trackingNumber,
        subject: complaint.subject,
        severity: complaint.triage.severity,
        ...details,
      },
      createdAt: now,
    })),
  );
}

/** The active supervisors, except `exceptUserId` (who needs no notice of their own act). */
export async function supervisorIds(tx: Executor, exceptUserId?: string | null): Promise<string[]> {
  const ids = await activeUserIdsWithRoles(tx, ['supervisor']);
  return ids.filter((id) => id !== exceptUserId);
}

/** The owner, or the supervisors when nobody owns the complaint. */
export async function ownerOrSupervisors(tx: Executor, complaint: Complaint): Promise<string[]> {
  return complaint.ownerId ? [complaint.ownerId] : supervisorIds(tx);
}

/** The customer's words as an inbound message, with its history entry (as addMessage writes them). */
export async function recordInboundMessage(
  tx: Executor,
  complaint: Complaint,
  body: string,
  actor: Extract<Actor, { type: 'customer' }>,
  now: Date,
): Promise<void> {
  const id = newId(now.getTime());
  await insertMessage(tx, {
    id,
    complaintId: complaint.id,
    kind: 'inbound',
    authorId: null,
    authorName: actor.name,
    body,
    createdAt: now,
  });
  await appendHistory(tx, complaint.id, actor, 'message.added', { kind: 'inbound', messageId: id }, now);
}
