/**
 * The shapes of teams (admin): who escalations about a complaint go to, and the "my team" queue.
 * The web app's admin pages import these contracts.
 */
import { z } from 'zod';
import { line } from '../http/text.js';

export const TeamView = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean().meta({ description: 'false: deactivated, takes no new members' }),
  createdAt: z.string(),
  members: z.number().int().meta({ description: 'Active members' }),
  supervisors: z.number().int().meta({ description: 'Active supervisors among them: who escalations go to' }),
});
export type TeamView = z.infer<typeof TeamView>;

export const TeamList = z.object({ items: z.array(TeamView) });

export const CreateTeamBody = z.strictObject({ name: line(100) });

export const ChangeTeamBody = z
  .strictObject({
    name: line(100).optional(),
    active: z.boolean().optional().meta({ description: 'false deactivates the team, true reactivates it' }),
  })
  .refine((b) => b.name !== undefined || b.active !== undefined, {
    message: 'give a name or active',
    path: ['name'],
  });

export const TeamIdParams = z.object({ id: z.string().max(100) });
