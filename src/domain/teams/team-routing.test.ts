import { describe, expect, it } from 'vitest';
import { complaintTeam, escalationSupervisors } from './team-routing.js';

const teamA = { id: 'team-a', active: true };
const teamB = { id: 'team-b', active: true };

describe('complaintTeam', () => {
  it("is the owner's team when someone owns the complaint, even without one", () => {
    expect(complaintTeam({ ownerId: 'u1', ownerTeam: teamA, categoryTeam: teamB })).toBe(teamA);
    expect(complaintTeam({ ownerId: 'u1', ownerTeam: null, categoryTeam: teamB })).toBeNull();
  });

  it("is the category's default team when nobody owns the complaint", () => {
    expect(complaintTeam({ ownerId: null, ownerTeam: null, categoryTeam: teamB })).toBe(teamB);
    expect(complaintTeam({ ownerId: null, ownerTeam: null, categoryTeam: null })).toBeNull();
  });
});

describe('escalationSupervisors', () => {
  const all = ['s1', 's2', 's3'];

  it("tells the team's active supervisors", () => {
    expect(escalationSupervisors({ team: teamA, teamSupervisorIds: ['s2'], allSupervisorIds: all })).toEqual([
      's2',
    ]);
  });

  it('falls back to every supervisor without a team, with a deactivated team, or a team without supervisors', () => {
    expect(escalationSupervisors({ team: null, teamSupervisorIds: [], allSupervisorIds: all })).toEqual(all);
    expect(
      escalationSupervisors({
        team: { id: 'x', active: false },
        teamSupervisorIds: ['s2'],
        allSupervisorIds: all,
      }),
    ).toEqual(all);
    expect(escalationSupervisors({ team: teamA, teamSupervisorIds: [], allSupervisorIds: all })).toEqual(all);
  });

  it('leaves out who acted, and falls back when they are the only supervisor of the team', () => {
    expect(
      escalationSupervisors({
        team: teamA,
        teamSupervisorIds: ['s1', 's2'],
        allSupervisorIds: all,
        except: 's1',
      }),
    ).toEqual(['s2']);
    expect(
      escalationSupervisors({ team: teamA, teamSupervisorIds: ['s1'], allSupervisorIds: all, except: 's1' }),
    ).toEqual(['s2', 's3']);
  });
});
