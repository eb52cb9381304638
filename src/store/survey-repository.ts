/**
 * Satisfaction surveys: one per complaint and resolution round (a unique index says so).
 */
import { asc, eq } from 'drizzle-orm';
import type { Executor } from './database.js';
import { surveys } from './schema.js';

export interface Survey {
  id: string;
  complaintId: string;
  round: number;
  rating: number;
  comment: string | null;
  submittedAt: Date;
}

export async function insertSurvey(db: Executor, survey: Survey): Promise<Survey> {
  await db.insert(surveys).values(survey);
  return survey;
}

/** Every survey of a complaint, oldest round first. */
export async function listSurveys(db: Executor, complaintId: string): Promise<Survey[]> {
  return db
    .select()
    .from(surveys)
    .where(eq(surveys.complaintId, complaintId))
    .orderBy(asc(surveys.round), asc(surveys.submittedAt));
}
