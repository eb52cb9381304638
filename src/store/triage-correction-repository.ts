/**
 * Agents' corrections of triage fields (PRODUCT.md R3): who changed which field from what to
 * what, under which model. Retraining reads them with the complaint texts they correct.
 */
import { asc, gt, sql } from 'drizzle-orm';
import type { Executor } from './database.js';
import { queryRows } from './database.js';
import { triageCorrections } from './schema.js';

export type CorrectedField = 'category' | 'emotion' | 'severity' | 'risks' | 'urgent';

export interface NewCorrection {
  complaintId: string;
  field: CorrectedField;
  from: unknown;
  to: unknown;
  modelVersion: string;
  correctedById: string;
  correctedAt: Date;
}

export async function insertCorrections(tx: Executor, corrections: readonly NewCorrection[]): Promise<void> {
  if (corrections.length === 0) return;
  await tx.insert(triageCorrections).values(
    corrections.map((c) => ({
      complaintId: c.complaintId,
      field: c.field,
      fromValue: c.from,
      toValue: c.to,
      modelVersion: c.modelVersion,
      correctedById: c.correctedById,
      correctedAt: c.correctedAt,
    })),
  );
}

/** A corrected complaint as training data: its text and the labels people settled on. */
export interface CorrectedExample {
  complaintId: string;
  text: string;
  category: string;
  emotion: string;
  risks: string[];
  /** The labels a person changed; the others are still the model's suggestion. */
  correctedFields: ('category' | 'emotion' | 'risks')[];
  correctedAt: Date;
}

const learnedFields = ['category', 'emotion', 'risks'] as const;

/**
 * Every complaint with at least one category, emotion or risks correction, with its current
 * (corrected) labels, oldest correction first; bounded by `limit`.
 */
export async function listCorrectedExamples(db: Executor, limit = 50_000): Promise<CorrectedExample[]> {
  const rows = await queryRows<{
    complaint_id: string;
    subject: string;
    description: string;
    category: string;
    emotion: string;
    risks: string[] | string;
    fields: string[] | string;
    corrected_at: Date | string;
  }>(
    db,
    sql`
      SELECT c.id AS complaint_id, c.subject, c.description, c.category, c.emotion, c.risks, x.fields,
        x.corrected_at
      FROM (
        SELECT complaint_id, array_agg(DISTINCT field ORDER BY field) AS fields,
          max(corrected_at) AS corrected_at FROM triage_corrections
        WHERE field IN ('category', 'emotion', 'risks') GROUP BY complaint_id
      ) x JOIN complaints c ON c.id = x.complaint_id
      ORDER BY x.corrected_at, c.id
      LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    complaintId: r.complaint_id,
    text:
      r.subject && !r.description.startsWith(r.subject) ? `${r.subject}\n${r.description}` : r.description,
    category: r.category,
    emotion: r.emotion,
    risks: textArray(r.risks),
    correctedFields: textArray(r.fields).filter((f): f is (typeof learnedFields)[number] =>
      (learnedFields as readonly string[]).includes(f),
    ),
    correctedAt: new Date(r.corrected_at),
  }));
}

/** A text[] as the driver gives it: an array (pg, PGlite) or its literal '{a,b}'. */
function textArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value.slice(1, -1).split(',').filter(Boolean);
}

/** How many corrections there are, per field, since `since` (all when absent). */
export async function countCorrections(db: Executor, since?: Date): Promise<Record<string, number>> {
  const rows = await db
    .select({ field: triageCorrections.field, count: sql<number>`count(*)::int` })
    .from(triageCorrections)
    .where(since ? gt(triageCorrections.correctedAt, since) : undefined)
    .groupBy(triageCorrections.field)
    .orderBy(asc(triageCorrections.field));
  return Object.fromEntries(rows.map((r) => [r.field, Number(r.count)]));
}
