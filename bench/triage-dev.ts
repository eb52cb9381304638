/**
 * npx tsx bench/triage-dev.ts: the triage's negative-vs-not reading on the team's own
 * development sets (corpus/triage-dev/*.jsonl: reviews and complaints written one by one,
 * never trained on). This is where thresholds and features are tuned; the evaluation-only
 * data sets of bench/triage.bench.ts are not read here.
 *
 * --train: trains a model in memory from corpus/triage (as `npm run train:triage` does, same
 * options and split) instead of loading models/triage-linear.bin, so a change can be measured
 * before the file is rewritten. --sweep: also prints accuracy per model threshold (zh rows).
 * --risks: risk flags on the rows that label risks (dev-risks*.jsonl): recall and false flags
 * per risk and language, for the lexicon alone and with the model's risk heads at several
 * thresholds (`modelRiskFrom` in classify.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pino from 'pino';
import {
  createFeatureExtractor,
  createTriage,
  isNegative,
  readModelRisks,
  normalizeText,
  readCues,
  readEmotionSignals,
  scoreFeatures,
  type LinearTriageModel,
} from '../src/domain/triage/index.js';
import { risks } from '../src/domain/vocabulary.js';
import { CorpusRow, readCorpus } from '../src/triage-model/corpus.js';
import { readTriageModel } from '../src/triage-model/load-triage-model.js';
import { scoreAxis } from '../src/triage-model/metrics.js';
import { trainTriage } from '../src/triage-model/train-triage.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    train: { type: 'boolean', default: false },
    sweep: { type: 'boolean', default: false },
    risks: { type: 'boolean', default: false },
  },
});

function devRows(): { file: string; rows: CorpusRow[] }[] {
  const directory = join(root, 'corpus', 'triage-dev');
  return readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((file) => ({
      file,
      rows: readFileSync(join(directory, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim().length > 0)
        .map((line) => CorpusRow.parse(JSON.parse(line))),
    }));
}

const training = readCorpus(join(root, 'corpus', 'triage'));
const trainingTexts = new Set(training.map((row) => row.text));
let model: LinearTriageModel;
if (values.train) {
  const trained = trainTriage(training, { trainedOn: '2026-11-24', heldOutShare: 0.15 });
  model = trained.model;
  console.log(
    `trained in memory: ${model.version}, ${(trained.milliseconds / 1000).toFixed(1)} s; held-out negative ${trained.heldOut.negative.accuracy.toFixed(3)}, emotion ${trained.heldOut.emotion.accuracy.toFixed(3)}, category ${trained.heldOut.category.accuracy.toFixed(3)}`,
  );
} else {
  model = readTriageModel();
  pino({ level: 'warn' });
  console.log(`shipped model ${model.version}`);
}
const triage = createTriage({ model });
const extractor = createFeatureExtractor(model.featureBits);

const pct = (value: number): string => value.toFixed(3);
console.log(
  '| dev set | language | n | accuracy | macro-F1 | neg. recall | not-neg. recall | by emotion only |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const { file, rows } of devRows()) {
  const leaked = rows.filter((row) => trainingTexts.has(row.text)).length;
  if (leaked > 0) {
    throw new Error(`${file}: ${leaked} rows are also in corpus/triage`);
  }
  for (const language of ['zh', 'en'] as const) {
    const subset = rows.filter((row) => row.language === language && row.negative !== undefined);
    if (subset.length === 0) {
      continue;
    }
    const gold = subset.map((row) => String(row.negative));
    const results = subset.map((row) => triage({ text: row.text }));
    const predicted = results.map((result) => String(isNegative(result)));
    const score = scoreAxis(gold, predicted);
    const recall = (label: string): number => {
      const indexes = gold.flatMap((value, index) => (value === label ? [index] : []));
      return indexes.filter((index) => predicted[index] === label).length / Math.max(indexes.length, 1);
    };
    const byEmotionOnly = results.filter(
      (result) => result.emotion.label !== 'calm' && result.negative < 0.5,
    ).length;
    console.log(
      `| ${file} | ${language} | ${subset.length} | ${pct(score.accuracy)} | ${pct(score.macroF1)} | ${pct(recall('true'))} | ${pct(recall('false'))} | ${byEmotionOnly} |`,
    );
    if (values.sweep) {
      const probabilities = subset.map((row) => {
        const normalized = normalizeText(row.text);
        const reading = readCues(normalized.text);
        return scoreFeatures(
          model,
          extractor.extract(normalized, reading, readEmotionSignals(normalized, reading)),
        ).negative;
      });
      const cells: string[] = [];
      for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75]) {
        const sweep = probabilities.map((p, index) =>
          String(results[index]?.emotion.label !== 'calm' || p >= threshold),
        );
        const headOnly = probabilities.map((p) => String(p >= threshold));
        cells.push(
          `${threshold}: ${pct(scoreAxis(gold, sweep).accuracy)} (head only ${pct(scoreAxis(gold, headOnly).accuracy)})`,
        );
      }
      console.log(`  sweep ${cells.join(' · ')}`);
    }
  }
}

if (values.risks) {
  const lexiconTriage = createTriage();
  // Only the set written to label risks: the others carry `risks: []` by default, not by reading.
  const riskRows = devRows().flatMap(({ file, rows }) =>
    file.startsWith('dev-risks') ? rows.filter((row) => row.risks !== undefined) : [],
  );
  const thresholds = [0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
  console.log(`\nrisks on ${riskRows.length} dev rows that label them: recall (flagged/told) · false flags`);
  console.log(
    `| risk | language | told | lexicon | ${thresholds.map((t) => `+ model ≥ ${t}`).join(' | ')} |`,
  );
  console.log(`|---|---|---|---|${thresholds.map(() => '---').join('|')}|`);
  const scored = riskRows.map((row) => {
    const normalized = normalizeText(row.text);
    const reading = readCues(normalized.text);
    const scores = scoreFeatures(
      model,
      extractor.extract(normalized, reading, readEmotionSignals(normalized, reading)),
    );
    const modelRisks = readModelRisks(normalized.text, scores.risks) ?? {
      safety: 0,
      fraud: 0,
      data_leak: 0,
      legal: 0,
      media: 0,
    };
    return { row, lexicon: lexiconTriage({ text: row.text }).risks, model: modelRisks };
  });
  for (const risk of risks) {
    for (const language of ['zh', 'en'] as const) {
      const subset = scored.filter(({ row }) => row.language === language);
      const told = subset.filter(({ row }) => row.risks?.includes(risk));
      const cell = (flag: (item: (typeof subset)[number]) => boolean): string => {
        const caught = told.filter(flag).length;
        const falseFlags = subset.filter((item) => !item.row.risks?.includes(risk) && flag(item)).length;
        return `${caught}/${told.length} · ${falseFlags}`;
      };
      console.log(
        `| ${risk} | ${language} | ${told.length} | ${cell((item) => item.lexicon.includes(risk))} | ${thresholds
          .map((t) => cell((item) => item.lexicon.includes(risk) || item.model[risk] >= t))
          .join(' | ')} |`,
      );
    }
  }
}

if (process.env.DEV_SHOW_ERRORS === '1') {
  for (const { rows } of devRows()) {
    for (const row of rows) {
      const result = triage({ text: row.text });
      if (row.negative !== undefined && isNegative(result) !== row.negative) {
        console.log(
          `${row.negative ? 'missed' : 'false '} ${result.negative.toFixed(2)} ${result.emotion.label.padEnd(12)} ${row.text.slice(0, 90)}`,
        );
      }
    }
  }
}
