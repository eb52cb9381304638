/**
 * Retrained triage models (model-file bytes and their before/after scores), at most one
 * active (a unique partial index says so). No active row: every process runs the shipped
 * model file. Switching writes the row(s) and tells every process (NOTIFY), in one transaction.
 */
import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from './database.js';
import { triageModels, users } from './schema.js';

export const triageModelsChannel = 'closeloop_triage_models';

/** One switch, kept in the model's metrics (there is no history table for models). */
export interface TriageModelSwitch {
  action: 'activated' | 'deactivated';
  at: string;
  byId: string | null;
  /** On 'deactivated': what became active instead (a version, or 'shipped'). */
  replacedBy?: string;
}

export interface StoredTriageModel {
  version: string;
  metrics: Record<string, unknown>;
  active: boolean;
  createdById: string | null;
  createdByName: string | null;
  createdAt: Date;
}

/** Stores a model; answers false when a model with this version (the same weights) exists. */
export async function insertTriageModel(
  db: Executor,
  model: {
    version: string;
    file: Buffer;
    metrics: Record<string, unknown>;
    createdById: string | null;
    createdAt: Date;
  },
): Promise<boolean> {
  const rows = await db
    .insert(triageModels)
    .values({
      version: model.version,
      model: model.file,
      metrics: model.metrics,
      active: false,
      createdById: model.createdById,
      createdAt: model.createdAt,
    })
    .onConflictDoNothing()
    .returning({ version: triageModels.version });
  return rows.length > 0;
}

/** Every stored model without its bytes, newest first. */
export async function listTriageModels(db: Executor): Promise<StoredTriageModel[]> {
  const rows = await db
    .select({
      version: triageModels.version,
      metrics: triageModels.metrics,
      active: triageModels.active,
      createdById: triageModels.createdById,
      createdByName: users.name,
      createdAt: triageModels.createdAt,
    })
    .from(triageModels)
    .leftJoin(users, eq(users.id, triageModels.createdById))
    .orderBy(desc(triageModels.createdAt), desc(triageModels.version));
  return rows.map((r) => ({ ...r, metrics: r.metrics as Record<string, unknown> }));
}

/** The active model's version and bytes, or null when the shipped model is in use. */
export async function findActiveTriageModel(db: Executor): Promise<{ version: string; file: Buffer } | null> {
  const [row] = await db
    .select({ version: triageModels.version, file: triageModels.model })
    .from(triageModels)
    .where(eq(triageModels.active, true));
  return row ? { version: row.version, file: Buffer.from(row.file) } : null;
}

/** A stored model's bytes, or null when no model has this version. */
export async function findTriageModelFile(db: Executor, version: string): Promise<Buffer | null> {
  const [row] = await db
    .select({ file: triageModels.model })
    .from(triageModels)
    .where(eq(triageModels.version, version));
  return row ? Buffer.from(row.file) : null;
}

const appendSwitch = (entry: TriageModelSwitch) =>
  sql`jsonb_set(${triageModels.metrics}, '{switches}', coalesce(${triageModels.metrics} -> 'switches', '[]'::jsonb) || ${JSON.stringify([entry])}::jsonb)`;

/**
 * Makes `version` the active model (null: none, so the shipped file), records the switch on
 * the rows it touches and notifies every process. Answers the version that was active before
 * (null: the shipped model). Run it in a transaction.
 */
export async function switchActiveTriageModel(
  tx: Executor,
  version: string | null,
  byId: string | null,
  now: Date,
): Promise<string | null> {
  // One switch at a time: a second one waits, then sees the first one's result.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${triageModelsChannel}))`);
  const at = now.toISOString();
  const [previous] = await tx
    .select({ version: triageModels.version })
    .from(triageModels)
    .where(eq(triageModels.active, true));
  if (previous && previous.version !== version) {
    await tx
      .update(triageModels)
      .set({
        active: false,
        metrics: appendSwitch({ action: 'deactivated', at, byId, replacedBy: version ?? 'shipped' }),
      })
      .where(eq(triageModels.version, previous.version));
  }
  if (version !== null && previous?.version !== version) {
    await tx
      .update(triageModels)
      .set({ active: true, metrics: appendSwitch({ action: 'activated', at, byId }) })
      .where(eq(triageModels.version, version));
  }
  await tx.execute(sql`SELECT pg_notify(${triageModelsChannel}, ${version ?? 'shipped'})`);
  return previous?.version ?? null;
}
