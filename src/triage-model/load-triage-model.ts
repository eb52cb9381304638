/**
 * Loads the committed triage model (models/triage-linear.bin) once at start and builds the
 * triage function commands use. A missing or corrupt file is not fatal: triage falls back to
 * the lexicon ('lexicon-1') and says so in the log, so intake never stops for a model.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { createTriage, lexiconModelVersion, type LinearTriageModel } from '../domain/triage/index.js';
import type { TriageInput, TriageResult } from '../domain/triage/triage-result.js';
import { decodeModel } from './model-file.js';

/** Where the committed model lives, whatever the working directory. */
export const shippedModelPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'models',
  'triage-linear.bin',
);

/** Reads and checks a model file; throws when it is missing or not a model. */
export function readTriageModel(path: string = shippedModelPath): LinearTriageModel {
  return decodeModel(readFileSync(path)).model;
}

export interface LoadedTriage {
  triage: (input: TriageInput) => TriageResult;
  modelVersion: string;
  /** The trained model behind `triage`; null when it is the lexicon alone. */
  model: LinearTriageModel | null;
}

/** The triage to run: the trained model, or the lexicon when the model cannot be read. */
export function loadTriage(
  log: Pick<Logger, 'info' | 'warn'>,
  path: string = shippedModelPath,
): LoadedTriage {
  try {
    const model = readTriageModel(path);
    log.info({ modelVersion: model.version }, 'triage model loaded');
    return { triage: createTriage({ model }), modelVersion: model.version, model };
  } catch (error) {
    log.warn(
      { err: error, path, modelVersion: lexiconModelVersion },
      'triage model could not be loaded; triage falls back to the lexicon',
    );
    return { triage: createTriage(), modelVersion: lexiconModelVersion, model: null };
  }
}
