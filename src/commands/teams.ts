/**
 * Teams (admin): create, rename, deactivate or reactivate. A deactivated team keeps its
 * members but takes no new ones, and escalations about its complaints go to every supervisor
 * (domain/teams/team-routing.ts).
 */
import { DomainError } from '../domain/errors.js';
import { newId } from '../store/ids.js';
import { findTeam, insertTeam, updateTeam } from '../store/team-repository.js';
import type { CommandContext } from './context.js';

const taken = () => new DomainError('team.name_taken', 'Another team has this name.');
const notFound = () => new DomainError('team.not_found', 'No team with this id.');

export async function createTeam(ctx: CommandContext, input: { name: string }): Promise<{ id: string }> {
  const now = ctx.now();
  const created = await insertTeam(ctx.database.db, {
    id: newId(now.getTime()),
    name: input.name.trim(),
    createdAt: now,
  });
  if (!created) throw taken();
  return created;
}

export async function changeTeam(
  ctx: CommandContext,
  id: string,
  input: { name?: string | undefined; active?: boolean | undefined },
): Promise<{ id: string; name: string; active: boolean }> {
  const changes: { name?: string; active?: boolean } = {};
  if (input.name !== undefined) changes.name = input.name.trim();
  if (input.active !== undefined) changes.active = input.active;
  const result = await updateTeam(ctx.database.db, id, changes, ctx.now());
  if (result === 'taken') throw taken();
  const team = result === 'updated' ? await findTeam(ctx.database.db, id) : null;
  if (!team) throw notFound();
  return team;
}
