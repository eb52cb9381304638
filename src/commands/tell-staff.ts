/**
 * What the customer's answers tell staff: a notification to the owner or the supervisors
 * (the same shape as the SLA notifications), and the customer's own words as an inbound
 * message. Both run inside the caller's transaction.
 */
import type { Actor, Complaint } from '../domain/complaint/complaint.js';
import { complaintTeam, escalationSupervisors } from '../domain/teams/team-routing.js';
import type { Executor } from '../store/database.js';
import { appendHistory } from '../store/history-repository.js';
import { newId } from '../store/ids.js';
import { insertMessage } from '../store/message-repository.js';
import { activeUserIdsWithRoles, notify } from '../store/notification-repository.js';
import { activeSupervisorIdsOfTeam, complaintTeamFacts } from '../store/team-repository.js';

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

/**
 * The supervisors an escalation about this complaint tells: the active supervisors of the
 * complaint's team, else every active supervisor (domain/teams/team-routing.ts), except
 * `exceptUserId` (who needs no notice of their own act).
 */
export async function supervisorIds(
  tx: Executor,
  complaint: Pick<Complaint, 'ownerId' | 'triage'>,
  exceptUserId?: string | null,
): Promise<string[]> {
  const team = complaintTeam(
    await complaintTeamFacts(tx, { ownerId: complaint.ownerId, category: complaint.triage.category.label }),
  );
  const teamSupervisorIds = team?.active ? await activeSupervisorIdsOfTeam(tx, team.id) : [];
  const allSupervisorIds = await activeUserIdsWithRoles(tx, ['supervisor']);
  return escalationSupervisors({ team, teamSupervisorIds, allSupervisorIds, except: exceptUserId });
}

/** The owner, or the supervisors (of the category's team) when nobody owns the complaint. */
export async function ownerOrSupervisors(tx: Executor, complaint: Complaint): Promise<string[]> {
  return complaint.ownerId ? [complaint.ownerId] : supervisorIds(tx, complaint);
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
