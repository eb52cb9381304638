/**
 * Deadline policies (admin): the targets of CONTRACT.md §8 per category, severity and customer
 * tier. Every save is a new version; complaints keep the version they were opened under.
 */
import { z } from 'zod';
import { actorOf } from '../../commands/accounts/sessions.js';
import { deadlinePolicyProblems, type DeadlinePolicyRules } from '../../domain/sla/index.js';
import { categories, severities, tiers } from '../../domain/vocabulary.js';
import {
  listDeadlinePolicies,
  saveDeadlinePolicy,
  type StoredDeadlinePolicy,
} from '../../store/deadline-policy-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import { text } from '../http/text.js';
import type { App, RouteDeps } from './route-context.js';

const tags = ['sla'];
const security = [{ bearer: [] }];

const hours = z
  .number()
  .positive('must be a number of hours above 0')
  .max(24 * 365, 'must be at most a year of hours (8760)');
const businessDays = z
  .number()
  .int('must be a whole number of business days')
  .min(1, 'must be at least 1 business day')
  .max(250, 'must be at most 250 business days');

const share = z
  .number()
  .gt(0, 'must be a share of the time above 0')
  .lt(1, 'must be a share of the time below 1 (0.75: warn at 75 % of the time)');

const Base = z.strictObject({
  warnAtShare: share.optional(),
  firstResponseHours: hours,
  resolutionBusinessDays: z.strictObject({ ordinary: businessDays, complex: businessDays }),
  progressUpdateEveryHours: z.strictObject({ ordinary: hours.nullable(), complex: hours.nullable() }),
  followUpHours: hours,
  postMortemHours: hours,
});

const Targets = z.strictObject({
  warnAtShare: share.optional(),
  firstResponseHours: hours.optional(),
  resolutionBusinessDays: z
    .strictObject({ ordinary: businessDays.optional(), complex: businessDays.optional() })
    .optional(),
  progressUpdateEveryHours: z
    .strictObject({ ordinary: hours.nullable().optional(), complex: hours.nullable().optional() })
    .optional(),
  followUpHours: hours.optional(),
  postMortemHours: hours.optional(),
});

const Rule = z.strictObject({
  when: z.strictObject({
    category: z.enum(categories).optional(),
    severity: z.enum(severities).optional(),
    tier: z.enum(tiers).optional(),
  }),
  set: Targets,
});

const PolicyRules = z
  .strictObject({
    base: Base,
    rules: z.array(Rule).max(200, 'must have at most 200 rules'),
  })
  // Runs once the shapes are right: what the values mean together (duplicates, 5 days ≥ 3).
  .superRefine((policy, ctx) => {
    // zod's range checks have named their fields already: one problem per field, not two.
    const named = new Set(ctx.issues.map((issue) => (issue.path ?? []).map(String).join('.')));
    for (const problem of deadlinePolicyProblems(policy)) {
      if (named.has(problem.path)) continue;
      ctx.addIssue({ code: 'custom', path: problem.path.split('.').map(segment), message: problem.message });
    }
  });

const segment = (s: string) => (/^\d+$/.test(s) ? Number(s) : s);

const PolicyView = z.object({
  version: z.number(),
  current: z.boolean(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdById: z.string().nullable(),
  policy: z.object({ base: Base, rules: z.array(Rule) }),
});
type PolicyView = z.infer<typeof PolicyView>;

const present = (p: StoredDeadlinePolicy, currentVersion: number): PolicyView => ({
  version: p.version,
  current: p.version === currentVersion,
  note: p.note,
  createdAt: p.createdAt.toISOString(),
  createdById: p.createdById,
  policy: p.rules as PolicyView['policy'],
});

export function deadlinePolicyRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/api/v1/deadline-policies',
    {
      schema: {
        tags,
        security,
        summary: 'Every version of the deadline policy, newest first',
        response: { 200: z.object({ items: z.array(PolicyView) }) },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const stored = await listDeadlinePolicies(ctx.database.db);
      const newest = Math.max(...stored.map((p) => p.version));
      return { items: stored.reverse().map((p) => present(p, newest)) };
    },
  );

  app.get(
    '/api/v1/deadline-policies/current',
    {
      schema: {
        tags,
        security,
        summary: 'The deadline policy new complaints are opened under',
        response: { 200: PolicyView },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const stored = await listDeadlinePolicies(ctx.database.db);
      const newest = stored[stored.length - 1]!;
      return present(newest, newest.version);
    },
  );

  app.post(
    '/api/v1/deadline-policies',
    {
      schema: {
        tags,
        security,
        summary: 'Save a new version of the deadline policy (admin); new complaints follow it',
        description:
          'base: the targets for every complaint; rules: targets changed for complaints of a category, severity or tier. Where several rules match, the one with more conditions wins, then the later one. Complaints already open keep the version they were opened under.',
        body: z.strictObject({ policy: PolicyRules, note: text(500).optional() }),
        response: { 201: PolicyView },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'deadline_policy.manage');
      const saved = await ctx.database.db.transaction((tx) =>
        saveDeadlinePolicy(
          tx,
          request.body.policy as DeadlinePolicyRules,
          request.body.note?.trim() || null,
          actorOf(principal.user).id,
          ctx.now(),
        ),
      );
      await ctx.deadlinePolicies.reload();
      return reply.status(201).send(present(saved, saved.version));
    },
  );
}
