/**
 * npm run train:triage: trains the triage model on corpus/triage/*.jsonl with a fixed seed,
 * prints per-axis accuracy and macro-F1 on the held-out split (15 %, by text hash), then
 * writes models/triage-linear.bin. The same corpus, options and day give the same file.
 *
 * Options: --method logistic|complement_nb (logistic ships: see bench/README.md),
 * --dry-run (score only, write nothing).
 * TRIAGE_TRAINED_ON=YYYY-MM-DD sets the day in the version (default: today, UTC).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { modelWidth } from '../src/domain/triage/index.js';
import { readCorpus } from '../src/triage-model/corpus.js';
import { shippedModelPath } from '../src/triage-model/load-triage-model.js';
import type { AxisScore } from '../src/triage-model/metrics.js';
import { trainTriage } from '../src/triage-model/train-triage.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    method: { type: 'string', default: 'logistic' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const method = values.method === 'complement_nb' ? 'complement_nb' : 'logistic';
const trainedOn = process.env.TRIAGE_TRAINED_ON ?? new Date().toISOString().slice(0, 10);
const heldOutShare = 0.15;

const rows = readCorpus(join(root, 'corpus', 'triage'));
const result = trainTriage(rows, { trainedOn, heldOutShare, training: { method } });

const line = (name: string, score: AxisScore): string =>
  `| ${name.padEnd(22)} | ${String(score.count).padStart(5)} | ${score.accuracy.toFixed(3)} | ${score.macroF1.toFixed(3)} |`;
console.log(
  `corpus: ${rows.length} rows; trained on ${result.trainingRows}, held out ${result.heldOutRows}; method ${method}`,
);
console.log('| held-out axis          |  rows | accuracy | macro-F1 |');
console.log('|---|---|---|---|');
console.log(line('category', result.heldOut.category));
console.log(line('category (zh)', result.heldOut.categoryByLanguage.zh));
console.log(line('category (en)', result.heldOut.categoryByLanguage.en));
console.log(line('emotion', result.heldOut.emotion));
console.log(line('negative vs not', result.heldOut.negative));
console.log(
  `risks (lexicon or model), recall on held-out rows that tell of them: ${Object.entries(result.heldOut.risks)
    .map(([risk, score]) => `${risk} ${score.flagged}/${score.labelled}, ${score.falseFlags} false flags`)
    .join(' · ')}`,
);
console.log(
  `model ${result.model.version}: ${result.file.length} bytes, ${result.model.weights.length / modelWidth} rows; trained in ${(result.milliseconds / 1000).toFixed(1)} s`,
);
if (!values['dry-run']) {
  mkdirSync(dirname(shippedModelPath), { recursive: true });
  writeFileSync(shippedModelPath, result.file);
  console.log(`wrote ${shippedModelPath}`);
}
