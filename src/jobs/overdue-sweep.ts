/**
 * The overdue sweep: every minute, finds corrective and preventive actions and department
 * tasks that are open and past their due time and were not yet reported, in batches
 * through their partial indexes, and tells the assignee, the complaint's owner and the
 * supervisors of the complaint's team (all supervisors when it has none; commands/tell-staff.ts), once. Each batch marks its rows in the statement that claims them, in the
 * same transaction as the history entries and the notifications (whose ids are
 * deterministic), so however many workers sweep at once, each overdue item is reported once.
 */
import { z } from 'zod';
import type { CommandContext } from '../commands/context.js';
import { supervisorIds } from '../commands/tell-staff.js';
import type { Complaint } from '../domain/complaint/complaint.js';
import { findComplaintsByIds } from '../store/complaint-repository.js';
import { appendHistory } from '../store/history-repository.js';
import { activeUserIdsWithRoles, notify, type NewNotification } from '../store/notification-repository.js';
import { claimOverdue, type OverdueSource } from '../store/overdue-repository.js';
import { defineJob } from './job-definition.js';

const Payload = z.object({ minute: z.string() });
const batchSize = 500;
const maxBatches = 20;

const events = {
  corrective_action: { action: 'action.overdue', idField: 'actionId' },
  department_task: { action: 'task.overdue', idField: 'taskId' },
} as const satisfies Record<OverdueSource, { action: string; idField: string }>;

const system = { type: 'system', name: 'Deadlines' } as const;

/** One batch of one kind: claimed, recorded and told in one transaction. Answers how many. */
async function sweepBatch(ctx: CommandContext, source: OverdueSource, now: Date): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const items = await claimOverdue(tx, source, now, batchSize);
    if (items.length === 0) return 0;
    const complaints = new Map(
      (await findComplaintsByIds(tx, [...new Set(items.map((i) => i.complaintId))])).map((c) => [c.id, c]),
    );
    // The same team's supervisors for every complaint of one owner and category: asked once a batch.
    const supervisorsByTeamKey = new Map<string, Promise<string[]>>();
    const supervisorsOf = (complaint: Complaint | undefined): Promise<string[]> => {
      if (!complaint) return activeUserIdsWithRoles(tx, ['supervisor']);
      const key = `${complaint.ownerId ?? ''}|${complaint.triage.category.label}`;
      let found = supervisorsByTeamKey.get(key);
      if (!found) {
        found = supervisorIds(tx, complaint);
        supervisorsByTeamKey.set(key, found);
      }
      return found;
    };
    const event = events[source];
    const notes: NewNotification[] = [];
    for (const item of items) {
      const complaint = complaints.get(item.complaintId);
      const recipients = new Set([
        item.assigneeId,
        ...(complaint?.ownerId ? [complaint.ownerId] : []),
        ...(await supervisorsOf(complaint)),
      ]);
      const payload = {
        [event.idField]: item.id,
        dueAt: item.dueAt.toISOString(),
        assigneeId: item.assigneeId,
        trackingNumber: complaint?.trackingNumber ?? null,
        subject: complaint?.subject ?? null,
      };
      for (const userId of recipients) {
        notes.push({
          id: `${event.action}:${item.id}:${userId}`,
          userId,
          kind: event.action,
          complaintId: item.complaintId,
          payload,
          createdAt: now,
        });
      }
      await appendHistory(tx, item.complaintId, system, event.action, payload, now);
    }
    await notify(tx, notes);
    return items.length;
  });
}

/** Reports every overdue item not yet reported; answers how many it reported. */
export async function sweepOverdue(ctx: CommandContext): Promise<number> {
  const now = ctx.now();
  let reported = 0;
  for (const source of ['corrective_action', 'department_task'] as const) {
    for (let batch = 0; batch < maxBatches; batch++) {
      const count = await sweepBatch(ctx, source, now);
      reported += count;
      if (count < batchSize) break;
    }
  }
  return reported;
}

export const overdueSweepJob = defineJob<z.infer<typeof Payload>>({
  kind: 'overdue.sweep',
  payload: Payload,
  maxAttempts: 3,
  idFor: (p) => `overdue.sweep:${p.minute}`,
  handle: async (ctx) => {
    await sweepOverdue(ctx);
  },
});
