/**
 * Follow-ups after resolution: the outcome of each call or message, in order.
 */
import { asc, eq } from 'drizzle-orm';
import type { FollowUpOutcome } from '../domain/complaint/follow-up.js';
import type { Executor } from './database.js';
import { followUps } from './schema.js';

export interface FollowUp {
  id: string;
  complaintId: string;
  round: number;
  outcome: FollowUpOutcome;
  notes: string | null;
  recordedById: string;
  recordedAt: Date;
}

export async function insertFollowUp(db: Executor, followUp: FollowUp): Promise<FollowUp> {
  await db.insert(followUps).values(followUp);
  return followUp;
}

/** A complaint's follow-ups, oldest first. */
export async function listFollowUps(db: Executor, complaintId: string): Promise<FollowUp[]> {
  const rows = await db
    .select()
    .from(followUps)
    .where(eq(followUps.complaintId, complaintId))
    .orderBy(asc(followUps.recordedAt), asc(followUps.id));
  // The column only ever holds the outcome keys.
  return rows.map((r) => ({ ...r, outcome: r.outcome as FollowUpOutcome }));
}
