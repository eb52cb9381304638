/**
 * Reclassifies a complaint as ordinary or complex (3 or 5 business days). Its resolution
 * deadline is recomputed from the receipt, and the daily progress-update clock starts or
 * stops; the history keeps the old and new deadlines and the reason.
 */
import type { Actor, Complaint } from '../domain/complaint/complaint.js';
import { clocksAtIntake, progressCycle } from '../domain/sla/index.js';
import type { Complexity } from '../domain/vocabulary.js';
import { updateComplaint } from '../store/complaint-repository.js';
import { appendHistory } from '../store/history-repository.js';
import { listClocks, startClocks, stopClocks } from '../store/sla-clock-repository.js';
import { lockExistingComplaint, requireOpen } from './complaint-guards.js';
import type { CommandContext } from './context.js';
import { deadlineTargets } from './move-clocks.js';

export async function changeComplexity(
  ctx: CommandContext,
  complaintId: string,
  input: { complexity: Complexity; reason: string },
  actor: Actor,
): Promise<Complaint> {
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    requireOpen(complaint, 'keeps its complexity');
    if (complaint.complexity === input.complexity) return complaint;
    const now = ctx.now();
    const clocks = (await listClocks(tx, [complaintId])).get(complaintId) ?? [];
    const resolution = clocks.find((c) => c.kind === 'resolution');
    const progress = clocks.find((c) => c.kind === 'progress_update');
    const policy = deadlineTargets(ctx, complaint);
    const planned = clocksAtIntake(
      { receivedAt: complaint.receivedAt, complexity: input.complexity },
      ctx.calendar,
      policy,
    );
    const newResolution = planned.find((c) => c.kind === 'resolution')!;
    const recorded: Record<string, unknown> = {
      complexity: [complaint.complexity, input.complexity],
      reason: input.reason.trim(),
    };
    if (resolution && !resolution.metAt && !resolution.stoppedAt) {
      await startClocks(tx, complaintId, [newResolution], now);
      recorded.resolutionDueAt = [resolution.dueAt.toISOString(), newResolution.dueAt.toISOString()];
    }
    const progressOpen = progress && !progress.metAt && !progress.stoppedAt;
    if (input.complexity === 'complex' && !progressOpen) {
      const next = progressCycle(now, policy.progressUpdateEveryHours.complex ?? 24, policy.warnAtShare);
      await startClocks(tx, complaintId, [next], now);
      recorded.progressUpdateDueAt = next.dueAt.toISOString();
    } else if (input.complexity === 'ordinary' && progressOpen) {
      await stopClocks(tx, complaintId, ['progress_update'], now);
      recorded.progressUpdate = 'stopped';
    }
    const updated = await updateComplaint(
      tx,
      complaintId,
      { complexity: input.complexity, resolutionDueAt: newResolution.dueAt },
      now,
    );
    await appendHistory(tx, complaintId, actor, 'complaint.complexity_changed', recorded, now);
    return updated;
  });
}
