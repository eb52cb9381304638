/**
 * Retrains the triage model with agents' corrections (PRODUCT.md R3): the committed corpus
 * plus every corrected complaint, scored before (the active model) and after on the same
 * held-out split (triage-model/retrain.ts), stored with its scores, and made active only
 * when asked. Training takes about 80 s of CPU on the full corpus (three shuffles): it runs on a worker
 * thread, so this process goes on serving meanwhile.
 */
import { categories, emotions, risks, type Category, type Emotion, type Risk } from '../domain/vocabulary.js';
import { listCorrectedExamples } from '../store/triage-correction-repository.js';
import { insertTriageModel, switchActiveTriageModel } from '../store/triage-model-repository.js';
import type { CorrectionExample, RetrainReport } from '../triage-model/retrain.js';
import { retrainInWorker } from '../triage-model/retrain-in-worker.js';
import type { CommandContext } from './context.js';
import type { TriageModelBook } from './triage-model-source.js';

export interface RetrainedTriageModel {
  version: string;
  /** False when a model with the same weights (so the same version) was already stored, or shipped. */
  created: boolean;
  active: boolean;
  report: RetrainReport;
}

const isCategory = (value: string): value is Category => (categories as readonly string[]).includes(value);
const isEmotion = (value: string): value is Emotion => (emotions as readonly string[]).includes(value);
const isRisk = (value: string): value is Risk => (risks as readonly string[]).includes(value);

/** The model book of this process; commands that switch models need it. */
export function triageModelsOf(ctx: CommandContext): TriageModelBook {
  if (!ctx.triageModels) throw new Error('This process runs a fixed triage model (no TriageModelSource).');
  return ctx.triageModels;
}

export async function retrainTriageModel(
  ctx: CommandContext,
  input: { activate?: boolean | undefined },
  byId: string | null,
): Promise<RetrainedTriageModel> {
  const models = triageModelsOf(ctx);
  const corrected = await listCorrectedExamples(ctx.database.db);
  const corrections: CorrectionExample[] = corrected.map((example) => ({
    complaintId: example.complaintId,
    text: example.text,
    category:
      example.correctedFields.includes('category') && isCategory(example.category)
        ? example.category
        : undefined,
    emotion:
      example.correctedFields.includes('emotion') && isEmotion(example.emotion) ? example.emotion : undefined,
    risks: example.correctedFields.includes('risks') ? example.risks.filter(isRisk) : undefined,
  }));
  const now = ctx.now();
  const active = models.active;
  const retrained = await retrainInWorker({
    corpus: models.corpus(),
    corrections,
    active: { version: active.version, model: active.model },
    trainedOn: now.toISOString().slice(0, 10),
  });
  // The same weights as the shipped file (no corrections, corpus unchanged): nothing to store,
  // and activating it means switching back to the shipped model.
  const isShipped = retrained.version === models.shipped.version;
  const created = await ctx.database.db.transaction(async (tx) => {
    const inserted =
      !isShipped &&
      (await insertTriageModel(tx, {
        version: retrained.version,
        file: retrained.file,
        metrics: { ...retrained.report, switches: [] },
        createdById: byId,
        createdAt: now,
      }));
    if (input.activate) await switchActiveTriageModel(tx, isShipped ? null : retrained.version, byId, now);
    return inserted;
  });
  if (input.activate) await models.reload();
  const running = models.active;
  return {
    version: retrained.version,
    created,
    active: running.version === retrained.version && (isShipped || running.origin === 'retrained'),
    report: retrained.report,
  };
}
