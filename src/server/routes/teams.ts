/**
 * Teams (admin): list, create, rename, deactivate and reactivate. Every staff member may list
 * them (team names show on the deadline board and the user list). A user's team is set through
 * PATCH /api/v1/users/{id} (routes/accounts.ts).
 */
import { changeTeam, createTeam } from '../../commands/teams.js';
import { DomainError } from '../../domain/errors.js';
import { isUuid } from '../../store/ids.js';
import { listTeams, type Team } from '../../store/team-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import type { App, RouteDeps } from './route-context.js';
import { ChangeTeamBody, CreateTeamBody, TeamIdParams, TeamList, TeamView } from './teams.schema.js';

const tags = ['teams'];
const security = [{ bearer: [] }];

const presentTeam = (t: Team): TeamView => ({ ...t, createdAt: t.createdAt.toISOString() });

export function teamRoutes(app: App, { ctx }: RouteDeps): void {
  const present = async (id: string) => {
    const team = (await listTeams(ctx.database.db)).find((t) => t.id === id);
    if (!team) throw new DomainError('team.not_found', 'No team with this id.');
    return presentTeam(team);
  };

  app.get(
    '/api/v1/teams',
    {
      schema: {
        tags,
        security,
        summary: 'Teams, active first, with their active members and supervisors',
        response: { 200: TeamList },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'user.list');
      return { items: (await listTeams(ctx.database.db)).map(presentTeam) };
    },
  );

  app.post(
    '/api/v1/teams',
    {
      schema: {
        tags,
        security,
        summary: 'Create a team (admin); 409 when another team has the name, in any case',
        body: CreateTeamBody,
        response: { 201: TeamView },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'team.manage');
      const { id } = await createTeam(ctx, request.body);
      request.log.info({ by: principal.user.id, team: id }, 'team created');
      return reply.code(201).send(await present(id));
    },
  );

  app.patch(
    '/api/v1/teams/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Rename, deactivate or reactivate a team (admin)',
        description:
          'A deactivated team keeps its members but takes no new ones, cannot be a default team, and escalations about its complaints go to every supervisor.',
        params: TeamIdParams,
        body: ChangeTeamBody,
        response: { 200: TeamView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'team.manage');
      if (!isUuid(request.params.id)) throw new DomainError('team.not_found', 'No team with this id.');
      const team = await changeTeam(ctx, request.params.id, request.body);
      request.log.info({ by: principal.user.id, team: team.id, changes: request.body }, 'team changed');
      return present(team.id);
    },
  );
}
