/**
 * npx tsx scripts/triage-dev-en.ts: the triage's category, emotion and negative-vs-not readings
 * on the English rows of the team's development sets (corpus/triage-dev/*.jsonl, never trained
 * on). bench/triage-dev.ts scores negative vs not only; this adds the category axis (accuracy,
 * macro-F1, per-category recall and a confusion table), which is where the short
 * social-media-style training text (corpus/triage/written-en-social.jsonl) is judged.
 * The evaluation-only data sets are not read here.
 *
 * --train: trains in memory from corpus/triage (same options and split as `npm run
 * train:triage`) instead of loading models/triage-linear.bin. --without <file.jsonl>: leave a
 * corpus file out of that training (to measure what it brings). --sweep: English negative
 * accuracy per model threshold. --errors: prints the category misses. --seed <n>: another
 * training seed (to see how much a change moves beyond the noise of the seed). The Chinese
 * dev rows are summarised too (negative vs not), since both languages share one model.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createFeatureExtractor,
  createTriage,
  isNegative,
  normalizeText,
  readCues,
  readEmotionSignals,
  scoreFeatures,
  type LinearTriageModel,
} from '../src/domain/triage/index.js';
import { CorpusRow, readCorpus } from '../src/triage-model/corpus.js';
import { readTriageModel } from '../src/triage-model/load-triage-model.js';
import { scoreAxis } from '../src/triage-model/metrics.js';
import { trainTriage } from '../src/triage-model/train-triage.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    train: { type: 'boolean', default: false },
    without: { type: 'string', multiple: true, default: [] },
    sweep: { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
    seed: { type: 'string' },
  },
});

const directory = join(root, 'corpus', 'triage-dev');
const devFiles = readdirSync(directory)
  .filter((name) => name.endsWith('.jsonl'))
  .sort()
  .map((file) => ({
    file,
    rows: readFileSync(join(directory, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => CorpusRow.parse(JSON.parse(line)))
      .filter((row) => row.language === 'en'),
  }))
  .filter(({ rows }) => rows.length > 0);

const corpusDirectory = join(root, 'corpus', 'triage');
const left = new Set(values.without);
const readRows = (file: string): CorpusRow[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => CorpusRow.parse(JSON.parse(line)));
const corpusFiles = readdirSync(corpusDirectory)
  .filter((name) => name.endsWith('.jsonl'))
  .sort();
for (const name of left) {
  if (!corpusFiles.includes(name)) {
    throw new Error(`--without ${name}: no such file in corpus/triage`);
  }
}
const corpus = corpusFiles
  .filter((name) => !left.has(name))
  .flatMap((name) => readRows(join(corpusDirectory, name)));
const corpusTexts = new Set(readCorpus(corpusDirectory).map((row) => row.text));

let model: LinearTriageModel;
if (values.train) {
  const trained = trainTriage(corpus, {
    trainedOn: '2026-11-24',
    heldOutShare: 0.15,
    ...(values.seed === undefined ? {} : { training: { seed: Number(values.seed) } }),
  });
  model = trained.model;
  console.log(
    `trained in memory on ${corpus.length} rows${left.size > 0 ? ` (without ${[...left].join(', ')})` : ''}: ${(trained.milliseconds / 1000).toFixed(1)} s; held-out category (en) ${trained.heldOut.categoryByLanguage.en.accuracy.toFixed(3)}`,
  );
} else {
  model = readTriageModel();
  console.log(`shipped model ${model.version}`);
}
const triage = createTriage({ model });
const extractor = createFeatureExtractor(model.featureBits);
const pct = (value: number): string => value.toFixed(3);

console.log('| dev set (en) | n | category acc. | category F1 | emotion acc. | negative acc. | neg. F1 |');
console.log('|---|---|---|---|---|---|---|');
for (const { file, rows } of devFiles) {
  const leaked = rows.filter((row) => corpusTexts.has(row.text)).length;
  if (leaked > 0) {
    throw new Error(`${file}: ${leaked} rows are also in corpus/triage`);
  }
  const results = rows.map((row) => triage({ text: row.text }));
  const categorised = rows.flatMap((row, index) =>
    row.category === undefined ? [] : [{ row, result: results[index] }],
  );
  const category = scoreAxis(
    categorised.map(({ row }) => row.category ?? ''),
    categorised.map(({ result }) => result?.category.label ?? ''),
  );
  const emotional = rows.flatMap((row, index) =>
    row.emotion === undefined ? [] : [{ gold: row.emotion, predicted: results[index]?.emotion.label ?? '' }],
  );
  const emotion = scoreAxis(
    emotional.map(({ gold }) => gold),
    emotional.map(({ predicted }) => predicted),
  );
  const judged = rows.flatMap((row, index) =>
    row.negative === undefined
      ? []
      : [
          {
            gold: String(row.negative),
            predicted: String(results[index] ? isNegative(results[index]) : false),
          },
        ],
  );
  const negative = scoreAxis(
    judged.map(({ gold }) => gold),
    judged.map(({ predicted }) => predicted),
  );
  console.log(
    `| ${file} | ${rows.length} | ${categorised.length > 0 ? pct(category.accuracy) : '–'} | ${categorised.length > 0 ? pct(category.macroF1) : '–'} | ${pct(emotion.accuracy)} | ${pct(negative.accuracy)} | ${pct(negative.macroF1)} |`,
  );
  if (categorised.length >= 50) {
    const labels = [...new Set(categorised.map(({ row }) => row.category ?? ''))].sort();
    const cells = labels.map((label) => {
      const ofLabel = categorised.filter(({ row }) => row.category === label);
      const right = ofLabel.filter(({ result }) => result?.category.label === label).length;
      return `${label} ${right}/${ofLabel.length}`;
    });
    console.log(`  recall: ${cells.join(' · ')}`);
    const confusion = new Map<string, number>();
    for (const { row, result } of categorised) {
      if (result !== undefined && result.category.label !== row.category) {
        const key = `${row.category ?? ''}→${result.category.label}`;
        confusion.set(key, (confusion.get(key) ?? 0) + 1);
      }
    }
    console.log(
      `  top confusions: ${[...confusion.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([key, count]) => `${key} ${count}`)
        .join(' · ')}`,
    );
  }
  if (values.sweep) {
    const probabilities = rows.map((row) => {
      const normalized = normalizeText(row.text);
      const reading = readCues(normalized.text);
      return scoreFeatures(
        model,
        extractor.extract(normalized, reading, readEmotionSignals(normalized, reading)),
      ).negative;
    });
    const cells: string[] = [];
    for (const threshold of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
      const gold: string[] = [];
      const predicted: string[] = [];
      rows.forEach((row, index) => {
        if (row.negative !== undefined) {
          gold.push(String(row.negative));
          predicted.push(
            String(results[index]?.emotion.label !== 'calm' || (probabilities[index] ?? 0) >= threshold),
          );
        }
      });
      cells.push(`${threshold}: ${pct(scoreAxis(gold, predicted).accuracy)}`);
    }
    console.log(`  sweep ${cells.join(' · ')}`);
  }
  if (values.errors) {
    rows.forEach((row, index) => {
      const result = results[index];
      if (result === undefined) {
        return;
      }
      if (row.category !== undefined && result.category.label !== row.category) {
        console.log(`  cat ${row.category} → ${result.category.label}: ${row.text}`);
      }
      if (row.negative !== undefined && isNegative(result) !== row.negative) {
        console.log(
          `  neg ${row.negative ? 'missed' : 'false'} (${result.negative.toFixed(2)}, ${result.emotion.label}): ${row.text}`,
        );
      }
    });
  }
}

const zhCells: string[] = [];
for (const file of readdirSync(directory)
  .filter((name) => name.endsWith('.jsonl'))
  .sort()) {
  const rows = readFileSync(join(directory, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => CorpusRow.parse(JSON.parse(line)))
    .filter((row) => row.language === 'zh' && row.negative !== undefined);
  if (rows.length > 0) {
    const right = rows.filter((row) => isNegative(triage({ text: row.text })) === row.negative).length;
    zhCells.push(`${file} ${pct(right / rows.length)} (${rows.length})`);
  }
}
console.log(`zh negative accuracy: ${zhCells.join(' · ')}`);
