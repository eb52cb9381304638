/**
 * npm run bench:triage: the shipped triage (models/triage-linear.bin through the same loader
 * as the server) on every data set in ../shared/data it can score, each axis with accuracy and
 * macro-F1 under the fixed mappings of bench/triage-mappings.ts, plus the held-out split of
 * our own corpus, then documents per second on one core (texts of 50–500 characters).
 * Evaluation-only data sets are read here at run time and never copied or trained on.
 * Prints a table and, last, the JSON line of CONTRACT.md §12.
 * BENCH_DATA (default ../shared/data), BENCH_SPEED_DOCS (default 20,000).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createTriage, isNegative } from '../src/domain/triage/index.js';
import type { TriageInput, TriageResult } from '../src/domain/triage/triage-result.js';
import { readCorpus, splitCorpus } from '../src/triage-model/corpus.js';
import { parseCsv } from '../src/triage-model/csv.js';
import { loadTriage } from '../src/triage-model/load-triage-model.js';
import { recallByLabel, scoreAxis } from '../src/triage-model/metrics.js';
import { banking77Category, cfpbIssueCategory } from '../src/triage-model/training-data-mappings.js';
import {
  airlineNegative,
  airlineReasonCategory,
  binaryReviewNegative,
  smpEmotion,
  smpNegative,
} from './triage-mappings.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(process.env.BENCH_DATA ?? join(root, '..', 'shared', 'data'));
const speedDocs = Number(process.env.BENCH_SPEED_DOCS ?? 20_000);

type Triage = (input: TriageInput) => TriageResult;
interface Labelled {
  text: string;
  gold: string;
}
interface DatasetScore {
  name: string;
  axis: string;
  count: number;
  accuracy: number;
  macroF1: number;
  lexiconAccuracy: number;
  lexiconMacroF1: number;
  /** Negative-vs-not rows only: recall of each side, so the errors' direction shows. */
  recall?: Record<string, number>;
  /** Negative-vs-not rows read as negative by their emotion alone (dissatisfaction under 0.5). */
  byEmotionOnly?: number;
}

function records(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  if (header === undefined) {
    return [];
  }
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

/** Drops empty and repeated texts (the airline file repeats 213), keeping the first. */
function unique(items: Labelled[]): Labelled[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.text.trim();
    if (key.length === 0 || seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

const negativeLabel = (value: boolean): string => (value ? 'negative' : 'not_negative');

type Reader = (result: TriageResult) => string;
const readCategory: Reader = (result) => result.category.label;
const readEmotion: Reader = (result) => result.emotion.label;
const readNegative: Reader = (result) => negativeLabel(isNegative(result));

interface Task {
  name: string;
  axis: 'category' | 'emotion' | 'negative';
  items: Labelled[];
  read: Reader;
}

function tasks(): Task[] {
  const list: Task[] = [];
  const airline = records(join(data, 'airline-tweets', 'Tweets.csv'));
  list.push({
    name: 'airline-tweets',
    axis: 'negative',
    items: unique(
      airline.map((row) => ({
        text: row['text'] ?? '',
        gold: negativeLabel(airlineNegative(row['airline_sentiment'] ?? '')),
      })),
    ),
    read: readNegative,
  });
  list.push({
    name: 'airline-tweets',
    axis: 'category',
    items: unique(
      airline.flatMap((row) => {
        const category = airlineReasonCategory[row['negativereason'] ?? ''];
        return category === undefined ? [] : [{ text: row['text'] ?? '', gold: category }];
      }),
    ),
    read: readCategory,
  });
  for (const [name, file, column] of [
    ['waimai-10k', 'waimai-10k/waimai_10k.csv', 'review'],
    ['chnsenticorp-htl', 'chnsenticorp-htl/ChnSentiCorp_htl_all.csv', 'review'],
    ['online-shopping-10cats', 'online-shopping-10cats/online_shopping_10_cats.csv', 'review'],
  ] as const) {
    list.push({
      name,
      axis: 'negative',
      items: unique(
        records(join(data, file)).map((row) => ({
          text: row[column] ?? '',
          gold: negativeLabel(binaryReviewNegative(row['label'] ?? '')),
        })),
      ),
      read: readNegative,
    });
  }
  const smp = ['usual_eval_labeled.json', 'usual_test_labeled.json'].flatMap(
    (file) =>
      JSON.parse(readFileSync(join(data, 'smp2020-ewect', file), 'utf8')) as {
        content: string;
        label: string;
      }[],
  );
  list.push({
    name: 'smp2020-ewect',
    axis: 'emotion',
    items: unique(
      smp.flatMap((row) => {
        const emotion = smpEmotion[row.label];
        return emotion === undefined ? [] : [{ text: row.content, gold: emotion }];
      }),
    ),
    read: readEmotion,
  });
  list.push({
    name: 'smp2020-ewect',
    axis: 'negative',
    items: unique(
      smp.flatMap((row) => {
        const negative = smpNegative[row.label];
        return negative === undefined ? [] : [{ text: row.content, gold: negativeLabel(negative) }];
      }),
    ),
    read: readNegative,
  });
  // banking77's test split: never in the corpus (only train.csv rows were copied).
  list.push({
    name: 'banking77-test',
    axis: 'category',
    items: unique(
      records(join(data, 'banking77', 'test.csv')).flatMap((row) => {
        const category = banking77Category[row['category'] ?? ''];
        return category === undefined ? [] : [{ text: row['text'] ?? '', gold: category }];
      }),
    ),
    read: readCategory,
  });
  // CFPB narratives the corpus did not copy (the corpus holds at most 150 per category).
  const corpus = readCorpus(join(root, 'corpus', 'triage'));
  const inCorpus = new Set(corpus.filter((row) => row.source === 'cfpb').map((row) => row.text));
  list.push({
    name: 'cfpb-unseen',
    axis: 'category',
    items: unique(
      records(join(data, 'cfpb', 'cfpb_narratives_full_schema.csv')).flatMap((row) => {
        const category = cfpbIssueCategory[row['Issue'] ?? ''];
        const text = row['Consumer complaint narrative'] ?? '';
        const cleaned = text
          .replace(/\bX{2,}(?:\/X{2,})*\b/g, ' ')
          .replace(/\{\$([\d,.]+)\}/g, '$$$1')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 2_000);
        return category === undefined || inCorpus.has(cleaned) ? [] : [{ text, gold: category }];
      }),
    ),
    read: readCategory,
  });
  const { heldOut } = splitCorpus(corpus, 0.15);
  for (const [axis, read] of [
    ['category', readCategory],
    ['emotion', readEmotion],
    ['negative', readNegative],
  ] as const) {
    list.push({
      name: 'own-corpus-held-out',
      axis,
      items: heldOut.flatMap((row) => {
        const gold =
          axis === 'category'
            ? row.category
            : axis === 'emotion'
              ? row.emotion
              : row.negative === undefined
                ? undefined
                : negativeLabel(row.negative);
        return gold === undefined ? [] : [{ text: row.text, gold }];
      }),
      read,
    });
  }
  return list;
}

function score(task: Task, model: Triage, lexicon: Triage): DatasetScore {
  const gold = task.items.map((item) => item.gold);
  const results = task.items.map((item) => model({ text: item.text }));
  const predicted = results.map((result) => task.read(result));
  const modelScore = scoreAxis(gold, predicted);
  const lexiconScore = scoreAxis(
    gold,
    task.items.map((item) => task.read(lexicon({ text: item.text }))),
  );
  return {
    name: task.name,
    axis: task.axis,
    count: task.items.length,
    accuracy: modelScore.accuracy,
    macroF1: modelScore.macroF1,
    lexiconAccuracy: lexiconScore.accuracy,
    lexiconMacroF1: lexiconScore.macroF1,
    ...(task.axis === 'negative'
      ? {
          recall: recallByLabel(gold, predicted),
          byEmotionOnly: results.filter(
            (result, index) => predicted[index] === 'negative' && result.negative < 0.5,
          ).length,
        }
      : {}),
  };
}

function documentsPerSecond(triage: Triage, texts: string[]): number {
  for (let index = 0; index < Math.min(2_000, texts.length); index++) {
    triage({ text: texts[index] ?? '' });
  }
  const started = performance.now();
  let sink = 0;
  for (const text of texts) {
    sink += triage({ text }).category.confidence;
  }
  const seconds = (performance.now() - started) / 1000;
  if (Number.isNaN(sink)) {
    throw new Error('unreachable: keeps the loop from being optimised away');
  }
  return texts.length / seconds;
}

const log = pino({ level: 'warn' });
const { triage: modelTriage, modelVersion } = loadTriage(log);
const lexiconTriage = createTriage();
const all = tasks();
const results = all.map((task) => score(task, modelTriage, lexiconTriage));

const typical = all
  .flatMap((task) => task.items.map((item) => item.text))
  .filter((text) => text.length >= 50 && text.length <= 500);
const speedTexts = Array.from(
  { length: speedDocs },
  (_, index) => typical[(index * 7919) % typical.length] ?? '',
);
const meanLength = speedTexts.reduce((sum, text) => sum + text.length, 0) / speedTexts.length;
const docsPerSecond = documentsPerSecond(modelTriage, speedTexts);

const pct = (value: number): string => value.toFixed(3);
console.log(`Triage benchmark, model ${modelVersion} (lexicon-1 alongside for comparison)\n`);
console.log(
  '| dataset | axis | n | accuracy | macro-F1 | neg. / not-neg. recall | by emotion only | lexicon acc. | lexicon F1 |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const recall =
    r.recall === undefined ? '' : `${pct(r.recall['negative'] ?? 0)} / ${pct(r.recall['not_negative'] ?? 0)}`;
  console.log(
    `| ${r.name} | ${r.axis} | ${r.count} | ${pct(r.accuracy)} | ${pct(r.macroF1)} | ${recall} | ${r.byEmotionOnly ?? ''} | ${pct(r.lexiconAccuracy)} | ${pct(r.lexiconMacroF1)} |`,
  );
}
console.log(
  `\nSpeed: ${Math.round(docsPerSecond).toLocaleString('en-US')} documents/s on one core (${speedTexts.length} texts of 50–500 characters, mean ${Math.round(meanLength)})\n`,
);
console.log(
  JSON.stringify({
    bench: 'triage',
    modelVersion,
    docsPerSecond: Math.round(docsPerSecond),
    datasets: results.map((r) => ({
      name: r.name,
      axis: r.axis,
      count: r.count,
      accuracy: Number(r.accuracy.toFixed(4)),
      macroF1: Number(r.macroF1.toFixed(4)),
    })),
  }),
);
