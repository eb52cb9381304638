/**
 * "Add to case library" (seed 000 step 6): an anonymised copy of a resolved or closed
 * complaint, with its post-mortem, for training. The domain builds and anonymises the
 * case; this loads what it needs and stores it once per complaint.
 */
import type { Actor } from '../domain/complaint/complaint.js';
import { DomainError } from '../domain/errors.js';
import { buildLibraryCase } from '../domain/learning/library-case.js';
import { hasCaseForComplaint, insertCase, type StoredCase } from '../store/case-library-repository.js';
import { lockExistingComplaint } from './complaint-guards.js';
import { appendHistory, listHistory } from '../store/history-repository.js';
import { newId } from '../store/ids.js';
import { findPostMortem } from '../store/post-mortem-repository.js';
import { listRemedies } from '../store/remedy-repository.js';
import { listUsers } from '../store/user-repository.js';
import type { Executor } from '../store/database.js';
import type { CommandContext } from './context.js';

/** Every staff member's name and role: any of them may be named in a complaint's texts. */
async function staffNames(db: Executor) {
  const staff: { name: string; role: Awaited<ReturnType<typeof listUsers>>['items'][number]['role'] }[] = [];
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const { items, next } = await listUsers(db, { limit: 200, afterEmail: after });
    staff.push(...items.map((u) => ({ name: u.name, role: u.role })));
    if (!next) break;
    after = next;
  }
  return staff;
}

async function wholeHistory(db: Executor, complaintId: string) {
  const entries = [];
  let afterId: number | undefined;
  for (let page = 0; page < 50; page++) {
    const { items, nextId } = await listHistory(db, complaintId, { limit: 1000, afterId });
    entries.push(...items);
    if (nextId === null) break;
    afterId = nextId;
  }
  return entries;
}

export async function addToCaseLibrary(
  ctx: CommandContext,
  complaintId: string,
  input: { title?: string | undefined; tags: string[] },
  actor: Extract<Actor, { type: 'user' }>,
): Promise<StoredCase> {
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    if (complaint.status !== 'resolved' && complaint.status !== 'closed') {
      throw new DomainError(
        'complaint.precondition_failed',
        `A ${complaint.status} complaint cannot go into the case library yet: resolve it first.`,
      );
    }
    if (await hasCaseForComplaint(tx, complaintId)) {
      throw new DomainError('case.already_in_library', 'This complaint is already in the case library.');
    }
    const [remedies, postMortem, history, staff] = [
      await listRemedies(tx, complaintId),
      await findPostMortem(tx, complaintId),
      await wholeHistory(tx, complaintId),
      await staffNames(tx),
    ];
    const built = buildLibraryCase({
      complaint,
      remedies,
      postMortem,
      history,
      staff,
      title: input.title,
      tags: input.tags,
    });
    const now = ctx.now();
    const stored = await insertCase(tx, {
      id: newId(now.getTime()),
      complaintId,
      title: built.title,
      category: built.category,
      severity: built.severity,
      tags: built.tags,
      body: built.body,
      searchText: built.searchText,
      createdById: actor.id,
      createdAt: now,
    });
    if (!stored) {
      throw new DomainError('case.already_in_library', 'This complaint is already in the case library.');
    }
    await appendHistory(
      tx,
      complaintId,
      actor,
      'case.added_to_library',
      { caseId: stored.id, title: stored.title, tags: stored.tags },
      now,
    );
    return stored;
  });
}
