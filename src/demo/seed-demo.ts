/**
 * Fills a fresh database with demo data: one login per role and about 200 complaints
 * from the last 8 weeks, each moved through the lifecycle as far as its age allows.
 *
 * Everything goes through the same commands the API uses, each given a copy of the
 * context whose clock reads the simulated instant of that step, so the history, the
 * deadlines and the analytics look lived-in and nothing is dated after `ctx.now()`.
 * The choices are seeded (same `now`, same data); secrets still use ctx.randomBytes.
 */
import { actorOf } from '../commands/accounts/sessions.js';
import { createUser } from '../commands/accounts/users.js';
import { addMessage } from '../commands/add-message.js';
import { assignOwner } from '../commands/assign-owner.js';
import type { CommandContext } from '../commands/context.js';
import { openComplaint } from '../commands/open-complaint.js';
import { approveRemedy, proposeRemedy } from '../commands/propose-remedy.js';
import { assignTask, completeTask } from '../commands/department-tasks.js';
import { transitionComplaint } from '../commands/transition-complaint.js';
import { addCorrectiveAction, completeCorrectiveAction } from '../commands/corrective-actions.js';
import { savePostMortem } from '../commands/post-mortem.js';
import { recordFollowUp } from '../commands/record-follow-up.js';
import type { Actor } from '../domain/complaint/complaint.js';
import { DomainError } from '../domain/errors.js';
import { findUserByEmail, type User } from '../store/user-repository.js';
import { planArrivals, type DemoArrival } from './demo-arrivals.js';
import { seedDemoLibrary, seedDemoOrganisation } from './demo-organisation.js';
import { addMinutes } from './demo-clock.js';
import { demoComplaintTemplates } from './demo-complaints.js';
import { planLifecycle, type DemoStep } from './demo-lifecycle.js';
import { childSeed, demoRandom } from './demo-random.js';
import { demoUsers, type DemoLogin, type DemoUserKey } from './demo-users.js';

export type { DemoLogin } from './demo-users.js';

export interface SeedDemoOptions {
  /** How many complaints; 200 by default. */
  complaints?: number;
  /** Over how many weeks before now; 8 by default. */
  weeks?: number;
}

const demoSeed = 20_261_124;

type StaffActor = Extract<Actor, { type: 'user' }>;

/**
 * Creates the demo users and complaints. When every demo user exists already, the
 * database was seeded before and nothing is added (complaints: 0).
 */
export async function seedDemo(
  ctx: CommandContext,
  options?: SeedDemoOptions,
): Promise<{ users: DemoLogin[]; complaints: number }> {
  const now = ctx.now();
  const weeks = Math.max(1 / 7, options?.weeks ?? 8);
  const count = Math.max(0, Math.floor(options?.complaints ?? 200));
  const users = [...demoUsers];
  // One transaction (each command's own becomes a savepoint): a seeding that fails half-way
  // leaves nothing behind, and one commit instead of thousands makes it faster.
  return ctx.database.db.transaction(async (tx) => {
    const seeding: CommandContext = { ...ctx, database: { ...ctx.database, db: tx } };
    const before = addMinutes(now, -(weeks * 7 + 1) * 24 * 60);
    const { staff, createdAny } = await ensureDemoUsers({ ...seeding, now: () => before });
    if (!createdAny) return { users, complaints: 0 };
    const arrivals = planArrivals({
      now,
      calendar: ctx.calendar,
      count,
      weeks,
      templates: demoComplaintTemplates,
      random: demoRandom(demoSeed),
    });
    await seedDemoOrganisation({ ...seeding, now: () => before }, staff);
    for (const [index, arrival] of arrivals.entries()) {
      await seedComplaint(seeding, now, staff, arrival, index);
    }
    await seedDemoLibrary(seeding, staff);
    return { users, complaints: arrivals.length };
  });
}

async function ensureDemoUsers(
  ctx: CommandContext,
): Promise<{ staff: Record<DemoUserKey, StaffActor>; createdAny: boolean }> {
  let createdAny = false;
  // One after the other: on PostgreSQL the transaction is one connection.
  const users: [DemoUserKey, User][] = [];
  for (const { key, email, name, role, password } of demoUsers) {
    const existing = await findUserByEmail(ctx.database.db, email);
    if (!existing) createdAny = true;
    users.push([key, existing ?? (await createUser(ctx, { email, name, role, password }))]);
  }
  const staff = Object.fromEntries(users.map(([key, user]) => [key, actorOf(user)]));
  return { staff: staff as Record<DemoUserKey, StaffActor>, createdAny }; // one entry per key of demoUsers
}

async function seedComplaint(
  ctx: CommandContext,
  now: Date,
  staff: Record<DemoUserKey, StaffActor>,
  arrival: DemoArrival,
  index: number,
): Promise<void> {
  const random = demoRandom(childSeed(demoSeed, index));
  const at = (instant: Date): CommandContext => ({ ...ctx, now: () => instant });
  const { template, input, receivedAt } = arrival;
  const customer: Actor = { type: 'customer', name: input.customer.name };
  const opener: Actor =
    template.channel === 'web'
      ? customer
      : template.channel === 'email'
        ? { type: 'system', name: 'email intake' }
        : staff[random.pick(['agentChen', 'agentWang', 'agentCarter'] as const)];
  const { complaint } = await openComplaint(at(receivedAt), input, opener);

  const steps = planLifecycle({ complaint, template, timeZone: ctx.calendar.timeZone }, random);
  const pendingRemedyIds: string[] = [];
  const taskIds: string[] = [];
  const actionIds: string[] = [];
  let previous = receivedAt.getTime();
  for (const step of steps) {
    // Strictly increasing instants keep the history in the order it happened.
    const instant = new Date(Math.max(step.at.getTime(), previous + 1000));
    if (instant.getTime() > now.getTime()) break;
    previous = instant.getTime();
    await playStep(at(instant), complaint.id, step, {
      staff,
      customer,
      pendingRemedyIds,
      taskIds,
      actionIds,
    });
  }
}

async function playStep(
  ctx: CommandContext,
  complaintId: string,
  step: DemoStep,
  who: {
    staff: Record<DemoUserKey, StaffActor>;
    customer: Actor;
    pendingRemedyIds: string[];
    taskIds: string[];
    actionIds: string[];
  },
): Promise<void> {
  const { staff } = who;
  switch (step.kind) {
    case 'triage':
      await transitionComplaint(
        ctx,
        complaintId,
        { to: 'triaged', ownerId: staff[step.owner].id },
        staff[step.actor],
      );
      return;
    case 'reply':
    case 'note':
      await addMessage(ctx, complaintId, { kind: step.kind, body: step.body }, staff[step.author]);
      return;
    case 'inbound':
      await addMessage(ctx, complaintId, { kind: 'inbound', body: step.body }, who.customer);
      return;
    case 'handover':
      await assignOwner(
        ctx,
        complaintId,
        { ownerId: staff[step.owner].id, reason: step.reason },
        staff[step.actor],
      );
      return;
    case 'remedy': {
      const remedy = await proposeRemedy(
        ctx,
        complaintId,
        { kind: step.remedyKind, amount: step.amount, description: step.description },
        staff[step.author],
      );
      if (remedy.status === 'pending_approval') who.pendingRemedyIds.push(remedy.id);
      return;
    }
    case 'approve':
      await approvePending(ctx, who.pendingRemedyIds, staff[step.approver], staff.admin);
      return;
    case 'transition':
      // The work starts only on approved remedies: whatever is still waiting, the admin decides now.
      if (step.to === 'in_progress') {
        await approvePending(ctx, who.pendingRemedyIds, staff.admin, staff.admin);
      }
      await transitionComplaint(
        ctx,
        complaintId,
        {
          to: step.to,
          reason: step.reason,
          responsibility: step.responsibility,
          resolution: step.resolution,
        },
        staff[step.actor],
      );
      return;
    case 'task': {
      const task = await assignTask(
        ctx,
        complaintId,
        {
          department: step.department,
          handlerId: staff.handler.id,
          request: step.request,
          dueAt: step.dueAt,
        },
        staff[step.actor],
      );
      who.taskIds.push(task.id);
      return;
    }
    case 'task_done':
      for (const id of who.taskIds.splice(0)) {
        await completeTask(ctx, id, { outcome: step.outcome }, staff.handler);
      }
      return;
    case 'follow_up':
      await recordFollowUp(ctx, complaintId, { outcome: step.outcome, notes: step.notes }, staff[step.actor]);
      return;
    case 'post_mortem': {
      const author = staff[step.actor];
      await savePostMortem(ctx, complaintId, { rootCause: step.rootCause, lessons: step.lessons }, author);
      const action = await addCorrectiveAction(
        ctx,
        complaintId,
        {
          kind: 'corrective',
          description: step.action,
          ownerId: author.id,
          dueAt: addMinutes(step.at, 14 * 24 * 60),
        },
        author,
      );
      who.actionIds.push(action.id);
      await savePostMortem(
        ctx,
        complaintId,
        { rootCause: step.rootCause, lessons: step.lessons, complete: true },
        author,
      );
      return;
    }
    case 'action_done':
      for (const id of who.actionIds.splice(0)) {
        await completeCorrectiveAction(ctx, id, { note: step.note }, staff[step.actor]);
      }
      return;
    default:
      return step satisfies never;
  }
}

/** Approves every waiting remedy (and forgets it); above the approver's authority, the admin signs. */
async function approvePending(
  ctx: CommandContext,
  pendingRemedyIds: string[],
  approver: StaffActor,
  admin: StaffActor,
): Promise<void> {
  for (const id of pendingRemedyIds.splice(0)) {
    try {
      await approveRemedy(ctx, id, approver);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'remedy.beyond_authority')) throw error;
      await approveRemedy(ctx, id, admin);
    }
  }
}
