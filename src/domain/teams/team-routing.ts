/**
 * Teams in routing and escalation. A complaint's team is its owner's team; a complaint nobody
 * owns belongs to its category's default team (category_settings). An escalation goes to the
 * active supervisors of that team; when there is no team, it is deactivated, or it has no active
 * supervisor, it goes to every active supervisor, so an escalation always reaches someone.
 * commands/tell-staff.ts and jobs/sla-clock-events.ts rely on this; change it with its test.
 */

export interface ComplaintTeamFacts {
  ownerId: string | null;
  /** The owner's team, if the owner has one. */
  ownerTeam: { id: string; active: boolean } | null;
  /** The default team of the complaint's category, if one is set. */
  categoryTeam: { id: string; active: boolean } | null;
}

/** The complaint's team: the owner's, or for a complaint nobody owns, its category's default. */
export function complaintTeam(facts: ComplaintTeamFacts): { id: string; active: boolean } | null {
  return facts.ownerId !== null ? facts.ownerTeam : facts.categoryTeam;
}

/**
 * The supervisors an escalation tells: the team's active supervisors when the complaint has an
 * active team with at least one, else every active supervisor. `except` (who acted) is left out.
 */
export function escalationSupervisors(input: {
  team: { id: string; active: boolean } | null;
  teamSupervisorIds: readonly string[];
  allSupervisorIds: readonly string[];
  except?: string | null | undefined;
}): string[] {
  const others = (ids: readonly string[]) => [...new Set(ids)].filter((id) => id !== input.except);
  // A team whose only supervisor is the one who acted has nobody left to tell: all supervisors.
  const team = input.team?.active ? others(input.teamSupervisorIds) : [];
  return team.length > 0 ? team : others(input.allSupervisorIds);
}
