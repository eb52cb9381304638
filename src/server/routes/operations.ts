/**
 * Health, and the job queue's dead letters for admins.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { listJobs, retryDeadJob } from '../../store/job-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import type { App, RouteDeps } from './route-context.js';

const JobView = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['pending', 'running', 'done', 'dead']),
  attempts: z.number(),
  maxAttempts: z.number(),
  runAt: z.string(),
  lastError: z.string().nullable(),
  updatedAt: z.string(),
});

export function operationRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Answers once the database answers',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => {
      await ctx.database.db.execute(sql`SELECT 1`);
      return { status: 'ok' as const };
    },
  );

  app.get(
    '/api/v1/jobs',
    {
      schema: {
        tags: ['operations'],
        security: [{ bearer: [] }],
        summary: 'Jobs by status; dead letters by default (admin)',
        querystring: z.object({
          status: z.enum(['pending', 'running', 'done', 'dead']).default('dead'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(JobView) }) },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'jobs.inspect');
      const jobs = await listJobs(ctx.database.db, request.query.status, request.query.limit);
      return {
        items: jobs.map((j) => ({
          id: j.id,
          kind: j.kind,
          status: j.status,
          attempts: j.attempts,
          maxAttempts: j.maxAttempts,
          runAt: j.runAt.toISOString(),
          lastError: j.lastError,
          updatedAt: j.updatedAt.toISOString(),
        })),
      };
    },
  );

  app.post(
    '/api/v1/jobs/:id/retry',
    {
      schema: {
        tags: ['operations'],
        security: [{ bearer: [] }],
        summary: 'Put a dead job back in the queue (admin)',
        params: z.object({ id: z.string().max(300) }),
        response: { 202: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      await requirePrincipal(ctx, request, 'jobs.inspect');
      if (!(await retryDeadJob(ctx.database.db, request.params.id, ctx.now()))) {
        throw new DomainError('job.not_found', 'No dead job with this id.');
      }
      return reply.code(202).send({ id: request.params.id });
    },
  );
}
