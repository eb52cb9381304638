/**
 * Hands a complaint over to another owner (S0 step 4: one owner, accountable). The
 * reason is required and kept in the history as an accountability event.
 */
import type { Actor, Complaint } from '../domain/complaint/complaint.js';
import { DomainError } from '../domain/errors.js';
import { updateComplaint } from '../store/complaint-repository.js';
import { lockExistingComplaint, requireOpen } from './complaint-guards.js';
import { appendHistory } from '../store/history-repository.js';
import { findUserById } from '../store/user-repository.js';
import type { CommandContext } from './context.js';

export async function assignOwner(
  ctx: CommandContext,
  complaintId: string,
  input: { ownerId: string; reason: string },
  actor: Extract<Actor, { type: 'user' }>,
): Promise<Complaint> {
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    requireOpen(complaint, 'cannot change owner');
    const owner = await findUserById(tx, input.ownerId);
    if (!owner?.active) {
      throw new DomainError('input.invalid', 'The owner must be an active user.', [
        { path: 'ownerId', message: 'No active user with this id.' },
      ]);
    }
    if (complaint.ownerId === owner.id) return complaint;
    const now = ctx.now();
    const updated = await updateComplaint(tx, complaintId, { ownerId: owner.id }, now);
    await appendHistory(
      tx,
      complaintId,
      actor,
      'complaint.handed_over',
      { ownerId: [complaint.ownerId, owner.id], reason: input.reason.trim() },
      now,
    );
    return updated;
  });
}
