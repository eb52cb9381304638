/**
 * Teams (admin): list, create, rename, deactivate and reactivate, with types taken from the
 * server's zod contracts. A user's team is set through the account change (accounts-api.ts).
 */
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { TeamList, TeamView } from '../../../../src/server/routes/teams.schema';
import { api } from '../../api/client';

export type Team = z.infer<typeof TeamView>;

export const listTeams = () => api<z.infer<typeof TeamList>>('/api/v1/teams');

export const createTeam = (name: string) => api<Team>('/api/v1/teams', { method: 'POST', body: { name } });

export const changeTeam = (id: string, body: { name?: string; active?: boolean }) =>
  api<Team>(`/api/v1/teams/${id}`, { method: 'PATCH', body });

/** The teams, reloaded when `version` changes; null while loading. */
export function useTeams(version = 0): Team[] | null {
  const [teams, setTeams] = useState<Team[] | null>(null);
  useEffect(() => {
    let live = true;
    listTeams().then(
      (page) => live && setTeams(page.items),
      () => live && setTeams([]),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return teams;
}
