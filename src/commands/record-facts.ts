/**
 * Step 2: the owner (or a supervisor or admin) records the verified facts, the
 * responsibility and the order or product refs. Each changed field goes into the history
 * as `[from, to]`; a stale `version` is refused, so nobody overwrites an edit unseen.
 */
import type { Actor, Complaint } from '../domain/complaint/complaint.js';
import { actsForOwner } from '../domain/complaint/department-task.js';
import {
  factChanges,
  factsProblems,
  normalizeFacts,
  type ComplaintFacts,
} from '../domain/complaint/verified-facts.js';
import { DomainError } from '../domain/errors.js';
import { complaintSearchDocument } from '../domain/search/search-tokens.js';
import { rewriteSearchTokens } from '../store/complaint-facts-repository.js';
import { updateComplaint } from '../store/complaint-repository.js';
import { appendHistory } from '../store/history-repository.js';
import { lockExistingComplaint, requireOpen } from './complaint-guards.js';
import type { CommandContext } from './context.js';

export async function recordFacts(
  ctx: CommandContext,
  complaintId: string,
  input: ComplaintFacts & { version?: number | undefined },
  actor: Extract<Actor, { type: 'user' }>,
): Promise<Complaint> {
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    if (!actsForOwner(actor, complaint.ownerId)) {
      throw new DomainError(
        'auth.forbidden',
        complaint.ownerId
          ? 'Only the owner of this complaint, a supervisor or an admin records its facts.'
          : 'This complaint has no owner yet: triage it (and own it) before recording its facts.',
      );
    }
    requireOpen(complaint, 'keeps its facts as they were');
    if (input.version !== undefined && input.version !== complaint.version) {
      throw new DomainError(
        'complaint.version_conflict',
        'Someone changed this complaint since you loaded it: reload it and edit again.',
      );
    }
    const next = normalizeFacts(input);
    const problems = factsProblems(complaint.status, next);
    if (problems.length) throw new DomainError('input.invalid', 'The facts are not valid.', problems);
    const changes = factChanges(complaint, next);
    if (Object.keys(changes).length === 0) return complaint;
    const now = ctx.now();
    const updated = await updateComplaint(tx, complaintId, next, now);
    if (changes.orderRef || changes.productRef) {
      await rewriteSearchTokens(
        tx,
        complaintId,
        complaintSearchDocument({
          subject: updated.subject,
          description: updated.description,
          expectation: updated.expectation,
          customerName: updated.customer.name,
          orderRef: updated.orderRef,
          productRef: updated.productRef,
        }),
      );
    }
    await appendHistory(tx, complaintId, actor, 'complaint.facts_recorded', changes, now);
    return updated;
  });
}
