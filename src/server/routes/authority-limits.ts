/**
 * Authority limits (seed 000 rule 4): what each role may offer without approval. Staff
 * read them; admins replace the whole table. The next remedy proposed or approved
 * follows a saved change (the remedy commands read the table in their transaction).
 */
import { readAuthorityLimits, replaceLimits } from '../../commands/authority-limits.js';
import { requirePrincipal } from '../auth/guard.js';
import { AuthorityLimitsBody, AuthorityLimitsView } from './authority-limits.schema.js';
import type { App, RouteDeps } from './route-context.js';

const security = [{ bearer: [] }];

export function authorityLimitRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/api/v1/authority-limits',
    {
      schema: {
        tags: ['remedies'],
        security,
        summary: 'Authority limits: the most each role may offer without approval (null: unlimited)',
        response: { 200: AuthorityLimitsView },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'authority_limit.read');
      return { limits: await readAuthorityLimits(ctx) };
    },
  );

  app.put(
    '/api/v1/authority-limits',
    {
      schema: {
        tags: ['remedies'],
        security,
        summary:
          'Replace the authority limits (admin): one row per role, amounts of 0 or more or null, one currency, the admin unlimited; all problems are listed',
        body: AuthorityLimitsBody,
        response: { 200: AuthorityLimitsView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'authority_limit.manage');
      const limits = await replaceLimits(ctx, request.body.limits);
      // The table keeps no editor or time: this line is the record of who changed it.
      request.log.info({ by: principal.user.id, limits }, 'authority limits replaced');
      return { limits };
    },
  );
}
