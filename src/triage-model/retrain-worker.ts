/**
 * The worker thread that trains (triage-model/retrain-in-worker.ts starts it): training takes
 * seconds of CPU, and the server's event loop must keep answering meanwhile. It receives plain
 * data (corpus rows, corrections, the active model's weights) and answers the new model file
 * and the before/after report.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createTriage } from '../domain/triage/index.js';
import { retrainTriage, type RetrainInput } from './retrain.js';
import type { RetrainJob } from './retrain-in-worker.js';

const job = workerData as RetrainJob;
try {
  const input: RetrainInput = {
    corpus: job.corpus,
    corrections: job.corrections,
    active: {
      version: job.active.version,
      triage: job.active.model ? createTriage({ model: job.active.model }) : createTriage(),
    },
    trainedOn: job.trainedOn,
  };
  const result = retrainTriage(input);
  parentPort!.postMessage({ ok: true, result });
} catch (error) {
  parentPort!.postMessage({
    ok: false,
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
