/**
 * npx tsx bench/triage-in-domain-ceiling.ts: how far the triage model's features and training
 * can go on the real Chinese sentiment sets when trained on the very distribution they are
 * scored on. For waimai-10k and ChnSentiCorp it trains a throwaway model on 80 % of the set
 * (split by text hash, as the corpus is) and scores the sentiment head on the other 20 % at
 * several thresholds.
 *
 * These sets are for evaluation only: this is a measurement of the model class, not a model.
 * Nothing is written, and nothing here reaches models/triage-linear.bin, which is trained on
 * corpus/triage alone (npm run train:triage).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createFeatureExtractor,
  normalizeText,
  readCues,
  readEmotionSignals,
  scoreFeatures,
} from '../src/domain/triage/index.js';
import { splitCorpus, type CorpusRow } from '../src/triage-model/corpus.js';
import { parseCsv } from '../src/triage-model/csv.js';
import { trainTriage } from '../src/triage-model/train-triage.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = process.env['BENCH_DATA'] ?? join(root, '..', 'shared', 'data');
const heldOutShare = 0.2;
const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7];

const sets = [
  ['waimai-10k', 'waimai-10k/waimai_10k.csv'],
  ['chnsenticorp-htl', 'chnsenticorp-htl/ChnSentiCorp_htl_all.csv'],
] as const;

console.log(`| data set | trained on | scored on | ${thresholds.map((t) => `head ≥ ${t}`).join(' | ')} |`);
console.log(`|---|---|---|${thresholds.map(() => '---').join('|')}|`);
for (const [name, path] of sets) {
  const [header = [], ...records] = parseCsv(readFileSync(join(data, path), 'utf8'));
  const labelAt = header.indexOf('label');
  const reviewAt = header.indexOf('review');
  // label 0 is negative in both sets (their READMEs). `source` feeds only the metadata of a
  // model file, which this script never writes; these rows are in no corpus.
  const rows: CorpusRow[] = records
    .filter((record) => (record[reviewAt] ?? '').trim().length > 0)
    .map((record) => ({
      text: record[reviewAt] ?? '',
      language: 'zh',
      negative: record[labelAt] === '0',
      source: 'written',
    }));
  const trained = trainTriage(rows, { trainedOn: '2026-11-24', heldOutShare });
  const { heldOut } = splitCorpus(rows, heldOutShare);
  const extractor = createFeatureExtractor(trained.model.featureBits);
  const probabilities = heldOut.map((row) => {
    const normalized = normalizeText(row.text);
    const reading = readCues(normalized.text);
    return scoreFeatures(
      trained.model,
      extractor.extract(normalized, reading, readEmotionSignals(normalized, reading)),
    ).negative;
  });
  const accuracy = (threshold: number): string =>
    (
      heldOut.filter((row, index) => (probabilities[index] ?? 0) >= threshold === row.negative).length /
      heldOut.length
    ).toFixed(3);
  console.log(
    `| ${name} | ${trained.trainingRows} | ${heldOut.length} | ${thresholds.map(accuracy).join(' | ')} |`,
  );
}
