/**
 * Runs a retrain (triage-model/retrain.ts) on a worker thread, so the process that asked for
 * it keeps serving requests and jobs while the model trains (seconds of CPU on the full
 * corpus). Everything crosses the thread boundary as data: the model's typed arrays are
 * copied, the trained file comes back as bytes.
 */
import { Worker } from 'node:worker_threads';
import type { LinearTriageModel } from '../domain/triage/linear-model.js';
import type { CorpusRow } from './corpus.js';
import type { CorrectionExample, RetrainedTriage } from './retrain.js';

export interface RetrainJob {
  corpus: readonly CorpusRow[];
  corrections: readonly CorrectionExample[];
  /** The model in use now; null weights mean the lexicon. */
  active: { version: string; model: LinearTriageModel | null };
  trainedOn: string;
}

type WorkerAnswer = { ok: true; result: RetrainedTriage } | { ok: false; message: string };

const workerUrl = new URL('./retrain-worker.mjs', import.meta.url);

export function retrainInWorker(job: RetrainJob): Promise<RetrainedTriage> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: job });
    let settled = false;
    worker.once('message', (answer: WorkerAnswer) => {
      settled = true;
      if (answer.ok) {
        resolve({ ...answer.result, file: Buffer.from(answer.result.file) });
      } else {
        reject(new Error(`triage retraining failed: ${answer.message}`));
      }
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the retraining thread stopped (exit code ${code}) before answering`));
    });
  });
}
