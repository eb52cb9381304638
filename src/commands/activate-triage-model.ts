/**
 * Switches the triage model every process runs: a stored retrained model, or back to the
 * shipped one ('shipped' or its version). The switch is recorded on the models' rows (who,
 * when, what replaced what) and announced on NOTIFY, so every process follows at once.
 */
import { DomainError } from '../domain/errors.js';
import { findTriageModelFile, switchActiveTriageModel } from '../store/triage-model-repository.js';
import { decodeModel, ModelFileError } from '../triage-model/model-file.js';
import type { CommandContext } from './context.js';
import { triageModelsOf } from './retrain-triage-model.js';

export interface TriageModelSwitched {
  /** The version now active, and where it comes from. */
  version: string;
  origin: 'shipped' | 'retrained';
  /** The version active before the switch. */
  previous: string;
}

/** The name that always means the model file shipped with this release. */
export const shippedModelAlias = 'shipped';

export async function activateTriageModel(
  ctx: CommandContext,
  version: string,
  byId: string | null,
): Promise<TriageModelSwitched> {
  const models = triageModelsOf(ctx);
  const toShipped = version === shippedModelAlias || version === models.shipped.version;
  if (!toShipped) {
    const file = await findTriageModelFile(ctx.database.db, version);
    if (!file) throw new DomainError('triage_model.not_found', `No triage model "${version}".`);
    try {
      decodeModel(file);
    } catch (error) {
      if (!(error instanceof ModelFileError)) throw error;
      throw new DomainError(
        'triage_model.unreadable',
        `Triage model "${version}" cannot be read by this version of Closeloop: ${error.message}`,
      );
    }
  }
  const previous = await ctx.database.db.transaction((tx) =>
    switchActiveTriageModel(tx, toShipped ? null : version, byId, ctx.now()),
  );
  await models.reload();
  return {
    version: models.active.version,
    origin: models.active.origin,
    previous: previous ?? models.shipped.version,
  };
}
