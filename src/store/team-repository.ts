/**
 * Teams of staff, and the facts escalation needs about a complaint's team. Team names are
 * unique whatever their case (the index `teams_name_key` on lower(name)).
 */
import { and, asc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { ComplaintTeamFacts } from '../domain/teams/team-routing.js';
import type { Category } from '../domain/vocabulary.js';
import { queryRows, type Executor } from './database.js';
import { teams, users } from './schema.js';

export interface Team {
  id: string;
  name: string;
  active: boolean;
  createdAt: Date;
  /** Active members, and how many of them are supervisors. */
  members: number;
  supervisors: number;
}

export async function listTeams(db: Executor): Promise<Team[]> {
  const rows = await db
    .select({
      id: teams.id,
      name: teams.name,
      active: teams.active,
      createdAt: teams.createdAt,
      members: sql<number>`count(${users.id})::int`,
      supervisors: sql<number>`(count(${users.id}) FILTER (WHERE ${users.role} = 'supervisor'))::int`,
    })
    .from(teams)
    .leftJoin(users, and(eq(users.teamId, teams.id), eq(users.active, true)))
    .groupBy(teams.id)
    .orderBy(sql`${teams.active} DESC`, asc(sql`lower(${teams.name})`), asc(teams.id))
    .limit(1000);
  return rows.map((r) => ({ ...r, members: Number(r.members), supervisors: Number(r.supervisors) }));
}

/** One team; `share` locks it until the transaction ends, so it is not deactivated meanwhile. */
export async function findTeam(
  db: Executor,
  id: string,
  lock?: 'share',
): Promise<{ id: string; name: string; active: boolean } | null> {
  const query = db
    .select({ id: teams.id, name: teams.name, active: teams.active })
    .from(teams)
    .where(eq(teams.id, id))
    .limit(1);
  const [row] = lock ? await query.for('share') : await query;
  return row ?? null;
}

/** Inserts a team; null when another team has this name (in any case). */
export async function insertTeam(
  db: Executor,
  team: { id: string; name: string; createdAt: Date },
): Promise<{ id: string } | null> {
  const rows = await db
    .insert(teams)
    .values({ ...team, active: true, updatedAt: team.createdAt })
    .onConflictDoNothing()
    .returning({ id: teams.id });
  return rows[0] ?? null;
}

/** Renames or (de)activates a team; 'taken' when another team has the name. */
export async function updateTeam(
  db: Executor,
  id: string,
  changes: { name?: string; active?: boolean },
  now: Date,
): Promise<'updated' | 'not_found' | 'taken'> {
  if (changes.name !== undefined) {
    const [clash] = await db
      .select({ id: teams.id })
      .from(teams)
      .where(sql`lower(${teams.name}) = lower(${changes.name}) AND ${teams.id} <> ${id}`)
      .limit(1);
    if (clash) return 'taken';
  }
  try {
    const rows = await db
      .update(teams)
      .set({ ...changes, updatedAt: now })
      .where(eq(teams.id, id))
      .returning({ id: teams.id });
    return rows.length ? 'updated' : 'not_found';
  } catch (error) {
    // Another admin took the name between the check and the update.
    const e = error as { code?: string; cause?: { code?: string } };
    if ((e.cause?.code ?? e.code) === '23505') return 'taken';
    throw error;
  }
}

/** The team facts of one complaint: its owner's team and its category's default team. */
export async function complaintTeamFacts(
  db: Executor,
  complaint: { ownerId: string | null; category: Category },
): Promise<ComplaintTeamFacts> {
  const [row] = await queryRows<{
    ownerTeamId: string | null;
    ownerTeamActive: boolean | null;
    categoryTeamId: string | null;
    categoryTeamActive: boolean | null;
  }>(
    db,
    sql`SELECT ot.id AS "ownerTeamId", ot.active AS "ownerTeamActive",
               ct.id AS "categoryTeamId", ct.active AS "categoryTeamActive"
        FROM (SELECT 1) one
        LEFT JOIN users o ON o.id = ${complaint.ownerId}::uuid
        LEFT JOIN teams ot ON ot.id = o.team_id
        LEFT JOIN category_settings cs ON cs.category = ${complaint.category}
        LEFT JOIN teams ct ON ct.id = cs.default_team_id`,
  );
  const team = (id: string | null | undefined, active: boolean | null | undefined) =>
    id ? { id, active: Boolean(active) } : null;
  return {
    ownerId: complaint.ownerId,
    ownerTeam: team(row?.ownerTeamId, row?.ownerTeamActive),
    categoryTeam: team(row?.categoryTeamId, row?.categoryTeamActive),
  };
}

/** The active supervisors of a team. */
export async function activeSupervisorIdsOfTeam(db: Executor, teamId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.teamId, teamId), eq(users.role, 'supervisor'), eq(users.active, true)));
  return rows.map((r) => r.id);
}

/**
 * A list filter by team. `members`: complaints whose owner is in the team (the deadline board's
 * team rows count these); `none`: nobody owns them or their owner is in no team; `routed`: the
 * team's queue, its members' complaints and the unassigned ones its categories route to it.
 */
export type TeamFilter =
  { kind: 'members'; teamId: string } | { kind: 'none' } | { kind: 'routed'; teamId: string };

export function inTeam(filter: TeamFilter, ownerId: AnyColumn, category: AnyColumn): SQL {
  switch (filter.kind) {
    case 'members':
      return sql`${ownerId} IN (SELECT u.id FROM users u WHERE u.team_id = ${filter.teamId}::uuid)`;
    case 'none':
      return sql`NOT EXISTS (SELECT 1 FROM users u WHERE u.id = ${ownerId} AND u.team_id IS NOT NULL)`;
    case 'routed':
      return sql`(${ownerId} IN (SELECT u.id FROM users u WHERE u.team_id = ${filter.teamId}::uuid)
        OR (${ownerId} IS NULL AND ${category} IN
          (SELECT s.category FROM category_settings s WHERE s.default_team_id = ${filter.teamId}::uuid)))`;
  }
}

/** A user's team, or null. */
export async function teamIdOfUser(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select({ teamId: users.teamId }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.teamId ?? null;
}
