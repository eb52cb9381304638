/**
 * Writes a complaint's post-mortem (seed 000 step 6) and, when asked, completes it. The
 * domain decides who may write it and what completing needs; completing meets the
 * post-mortem deadline. Every save writes a history entry with what changed.
 */
import type { Actor } from '../domain/complaint/complaint.js';
import { DomainError } from '../domain/errors.js';
import {
  canWritePostMortem,
  completionDetail,
  completionProblems,
  type CustomerAnswer,
  type PostMortem,
} from '../domain/learning/post-mortem.js';
import type { RootCause } from '../domain/vocabulary.js';
import { countLiveActions } from '../store/corrective-action-repository.js';
import type { Executor } from '../store/database.js';
import { appendHistory } from '../store/history-repository.js';
import { findPostMortem, savePostMortemRow, wasEverResolved } from '../store/post-mortem-repository.js';
import { listClocks, meetClocks } from '../store/sla-clock-repository.js';
import { findExistingComplaint, lockExistingComplaint } from './complaint-guards.js';
import type { CommandContext } from './context.js';

export interface PostMortemInput {
  rootCause: RootCause;
  wentWell?: string | undefined;
  wentBadly?: string | undefined;
  lessons?: string | undefined;
  customerAnswer?: Partial<CustomerAnswer> | undefined;
  complete?: boolean | undefined;
}

type UserActor = Extract<Actor, { type: 'user' }>;

const textOrNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

function answerOrNull(answer: Partial<CustomerAnswer> | undefined): CustomerAnswer | null {
  if (!answer) return null;
  const clean: CustomerAnswer = {
    whenSolved: answer.whenSolved?.trim() ?? '',
    howSolved: answer.howSolved?.trim() ?? '',
    rootCause: answer.rootCause?.trim() ?? '',
    prevention: answer.prevention?.trim() ?? '',
  };
  return Object.values(clean).some(Boolean) ? clean : null;
}

/**
 * The checks every step-6 write starts with, inside its transaction: the complaint exists,
 * the actor may write its post-mortem, and it was resolved at least once.
 */
export async function lockComplaintForLearning(tx: Executor, complaintId: string, actor: UserActor) {
  const complaint = await lockExistingComplaint(tx, complaintId);
  if (!canWritePostMortem(actor, complaint.ownerId)) {
    throw new DomainError(
      'auth.forbidden',
      'Only the complaint’s owner, a supervisor, a quality manager or an admin writes its post-mortem.',
    );
  }
  if (!(await wasEverResolved(tx, complaint))) {
    throw new DomainError(
      'complaint.precondition_failed',
      'The complaint has not been resolved yet: the post-mortem and its actions follow the resolution.',
    );
  }
  return complaint;
}

export async function savePostMortem(
  ctx: CommandContext,
  complaintId: string,
  input: PostMortemInput,
  actor: UserActor,
): Promise<PostMortem> {
  return ctx.database.db.transaction(async (tx) => {
    await lockComplaintForLearning(tx, complaintId, actor);
    const before = await findPostMortem(tx, complaintId);
    const now = ctx.now();
    const next: PostMortem = {
      complaintId,
      rootCause: input.rootCause,
      wentWell: textOrNull(input.wentWell),
      wentBadly: textOrNull(input.wentBadly),
      lessons: textOrNull(input.lessons),
      customerAnswer: answerOrNull(input.customerAnswer),
      authorId: before?.authorId ?? actor.id,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
      completedAt: before?.completedAt ?? null,
    };
    const completing = input.complete === true;
    if (completing) {
      const problems = completionProblems({
        rootCause: next.rootCause,
        lessons: next.lessons,
        liveActionCount: await countLiveActions(tx, complaintId),
      });
      if (problems.length) {
        throw new DomainError('complaint.precondition_failed', completionDetail(problems), problems);
      }
      next.completedAt ??= now;
    }
    const recorded: Record<string, unknown> = {};
    for (const field of ['rootCause', 'wentWell', 'wentBadly', 'lessons', 'customerAnswer'] as const) {
      const was = before ? before[field] : null;
      if (JSON.stringify(was) !== JSON.stringify(next[field])) recorded[field] = [was, next[field]];
    }
    const newlyCompleted = completing && !before?.completedAt;
    if (newlyCompleted) recorded.completedAt = now.toISOString();
    if (completing) {
      // Completing meets the deadline; after a reopening and a new resolution, completing
      // again meets the new one.
      const met = await meetClocks(tx, complaintId, ['post_mortem'], now);
      if (met.length) recorded.clocks = { met };
    }
    const saved = await savePostMortemRow(tx, next);
    if (Object.keys(recorded).length) {
      await appendHistory(
        tx,
        complaintId,
        actor,
        newlyCompleted ? 'post_mortem.completed' : 'post_mortem.saved',
        recorded,
        now,
      );
    }
    return saved;
  });
}

/** Everything the post-mortem view shows: the post-mortem, whether it can be written, its deadline. */
export async function readPostMortem(ctx: CommandContext, complaintId: string) {
  const db = ctx.database.db;
  const complaint = await findExistingComplaint(db, complaintId);
  const [postMortem, resolvedOnce, clocks] = await Promise.all([
    findPostMortem(db, complaintId),
    wasEverResolved(db, complaint),
    listClocks(db, [complaintId]),
  ]);
  const clock = clocks.get(complaintId)?.find((c) => c.kind === 'post_mortem') ?? null;
  return { complaint, postMortem, resolvedOnce, clock };
}
