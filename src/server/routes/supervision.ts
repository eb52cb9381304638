/**
 * Supervision routes (PRODUCT.md R6, R10) for admins, supervisors and quality managers: the
 * deadline board, workload per person, the approvals inbox (only what the caller may approve)
 * and escalations. Read-only; approving and rejecting use the remedy routes.
 */
import { z } from 'zod';
import { can } from '../../domain/access/permissions.js';
import { DomainError } from '../../domain/errors.js';
import { limitOf } from '../../domain/policy/remedy-approval.js';
import { loadAuthorityLimits } from '../../store/remedy-repository.js';
import {
  deadlineBoard,
  escalations,
  pendingApprovals,
  workload,
  type OwnerDeadlines,
} from '../../store/supervision-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import { decodeCursor, encodeCursor } from '../presenters/complaint-presenter.js';
import type { App, RouteDeps } from './route-context.js';
import {
  ApprovalsPage,
  ApprovalsQuery,
  DeadlineBoardView,
  EscalationsPage,
  EscalationsQuery,
  maxEscalationWindowDays,
  WorkloadView,
} from './supervision.schema.js';

const tags = ['supervision'];
const security = [{ bearer: [] }];
const ApprovalCursor = z.object({ d: z.iso.datetime(), i: z.uuid() });
const EscalationCursor = z.object({ d: z.iso.datetime(), k: z.string().max(200) });
const defaultEscalationDays = 7;

const badCursor = () =>
  new DomainError('input.invalid', 'The cursor is not one this server gave out.', [
    { path: 'query.cursor', message: 'is invalid: use the nextCursor of the previous page' },
  ]);

const iso = (at: Date | null) => (at ? at.toISOString() : null);

function totalsOf(owners: OwnerDeadlines[]) {
  // Each complaint has one owner (or none), so the sums count every complaint once.
  const oldest = owners
    .map((o) => o.oldestBreachDueAt)
    .filter((at): at is Date => at !== null)
    .reduce<Date | null>((min, at) => (min === null || at < min ? at : min), null);
  return {
    open: owners.reduce((n, o) => n + o.open, 0),
    atRisk: owners.reduce((n, o) => n + o.atRisk, 0),
    breached: owners.reduce((n, o) => n + o.breached, 0),
    oldestBreachDueAt: iso(oldest),
    followUpsOverdue: owners.reduce((n, o) => n + o.followUpsOverdue, 0),
    postMortemsOverdue: owners.reduce((n, o) => n + o.postMortemsOverdue, 0),
  };
}

/** The owner rows summed per team (null: no team), most breached first, "no team" last on ties. */
function byTeam(owners: OwnerDeadlines[]) {
  const groups = new Map<string | null, OwnerDeadlines[]>();
  for (const o of owners) groups.set(o.teamId, [...(groups.get(o.teamId) ?? []), o]);
  return [...groups.entries()]
    .map(([teamId, rows]) => ({ teamId, teamName: rows[0]?.teamName ?? null, ...totalsOf(rows) }))
    .sort(
      (a, b) =>
        b.breached - a.breached ||
        b.followUpsOverdue + b.postMortemsOverdue - (a.followUpsOverdue + a.postMortemsOverdue) ||
        b.atRisk - a.atRisk ||
        b.open - a.open ||
        Number(a.teamId === null) - Number(b.teamId === null) ||
        (a.teamName ?? '').localeCompare(b.teamName ?? ''),
    );
}

export function supervisionRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/api/v1/supervision/board',
    {
      schema: {
        tags,
        security,
        summary:
          'The deadline board: open complaints, at risk and breached, and overdue follow-ups and post-mortems, per owner and per team, with totals',
        description:
          'Open complaints count once each by their worst handling clock (first response, resolution, progress update): open ≥ atRisk + breached. Follow-ups and post-mortems (after resolution) are counted apart. Each number matches its queue link: GET /api/v1/complaints?sla=at_risk|breached, or ?sla=breached&clock=follow_up|post_mortem (&owner=<id>|none, &team=<id>|none).',
        response: { 200: DeadlineBoardView },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'supervision.read');
      const now = ctx.now();
      const owners = await deadlineBoard(ctx.database.db, now);
      return {
        generatedAt: now.toISOString(),
        owners: owners.map((o) => ({ ...o, oldestBreachDueAt: iso(o.oldestBreachDueAt) })),
        teams: byTeam(owners),
        totals: totalsOf(owners),
      };
    },
  );

  app.get(
    '/api/v1/supervision/workload',
    {
      schema: {
        tags,
        security,
        summary: 'Workload per agent and handler (and anyone else owning open complaints)',
        description:
          'Open complaints owned (by severity), open department tasks, complaints resolved in the last 7 days, the median first-response time and the resolution SLA compliance over the last 30 days.',
        response: { 200: WorkloadView },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'supervision.read');
      const now = ctx.now();
      const people = await workload(ctx.database.db, now);
      return {
        generatedAt: now.toISOString(),
        people: people.map((p) => ({
          ...p,
          slaCompliance:
            p.resolutionClocks.total === 0 ? null : p.resolutionClocks.onTime / p.resolutionClocks.total,
        })),
      };
    },
  );

  app.get(
    '/api/v1/supervision/approvals',
    {
      schema: {
        tags,
        security,
        summary:
          'Remedies waiting for approval that you may approve (within your authority limit), oldest first',
        querystring: ApprovalsQuery,
        response: { 200: ApprovalsPage },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'supervision.read');
      const { role } = principal.user;
      const limits = await loadAuthorityLimits(ctx.database.db);
      const authorityLimit = limitOf(limits, role);
      if (!can(role, 'remedy.approve')) {
        return { canApprove: false, authorityLimit, items: [], nextCursor: null };
      }
      let after: { createdAt: Date; id: string } | undefined;
      if (request.query.cursor) {
        const parsed = ApprovalCursor.safeParse(decodeCursor(request.query.cursor));
        if (!parsed.success) throw badCursor();
        after = { createdAt: new Date(parsed.data.d), id: parsed.data.i };
      }
      // The same test as domain/policy/authority.ts isWithinAuthority, applied in SQL.
      const page = await pendingApprovals(
        ctx.database.db,
        { limit: authorityLimit },
        { limit: request.query.limit, after },
      );
      return {
        canApprove: true,
        authorityLimit,
        items: page.items.map(({ createdAt, ...item }) => ({
          ...item,
          waitingSince: createdAt.toISOString(),
        })),
        nextCursor: page.next
          ? encodeCursor({ d: page.next.createdAt.toISOString(), i: page.next.id })
          : null,
      };
    },
  );

  app.get(
    '/api/v1/supervision/escalations',
    {
      schema: {
        tags,
        security,
        summary:
          'Escalations in a window, newest first: deadlines escalated after a breach, and ratings of 1 or 2',
        querystring: EscalationsQuery,
        response: { 200: EscalationsPage },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'supervision.read');
      const q = request.query;
      const to = q.to ?? ctx.now();
      const from = q.from ?? new Date(to.getTime() - defaultEscalationDays * 86_400_000);
      // The schema checks a pair; a `from` alone is checked against now here.
      if (from.getTime() >= to.getTime()) {
        throw new DomainError('input.invalid', 'The window is empty.', [
          { path: 'query.from', message: 'must be before to (default: now)' },
        ]);
      }
      if (to.getTime() - from.getTime() > maxEscalationWindowDays * 86_400_000) {
        throw new DomainError('input.invalid', 'The window is too long.', [
          {
            path: 'query.from',
            message: `must be at most ${maxEscalationWindowDays} days before to (default: now)`,
          },
        ]);
      }
      let before: { at: Date; key: string } | undefined;
      if (q.cursor) {
        const parsed = EscalationCursor.safeParse(decodeCursor(q.cursor));
        if (!parsed.success) throw badCursor();
        before = { at: new Date(parsed.data.d), key: parsed.data.k };
      }
      const page = await escalations(ctx.database.db, { from, to }, { limit: q.limit, before });
      return {
        from: from.toISOString(),
        to: to.toISOString(),
        items: page.items.map(({ key: _key, at, dueAt, ...item }) => ({
          ...item,
          at: at.toISOString(),
          dueAt: iso(dueAt),
        })),
        nextCursor: page.next ? encodeCursor({ d: page.next.at.toISOString(), k: page.next.key }) : null,
      };
    },
  );
}
