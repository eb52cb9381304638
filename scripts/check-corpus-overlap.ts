/**
 * npx tsx scripts/check-corpus-overlap.ts [dir ...]: does any text the team wrote share a long
 * run of characters with a data set that is for evaluation only (airline tweets, waimai-10k,
 * ChnSentiCorp, online-shopping-10cats, SMP2020)? Text written from memory can repeat a review
 * its writer once read; such a row would train on the test. It prints every row of
 * corpus/triage and corpus/triage-dev (or the directories given) that shares a run of
 * `windowZh` Chinese or `windowEn` other characters (spaces and punctuation ignored) with an
 * evaluation row, and exits 1 when there is one. Only the evaluation sets' texts are read,
 * never their labels.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../src/triage-model/csv.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = process.env['BENCH_DATA'] ?? join(root, '..', 'shared', 'data');
const windowZh = 14;
const windowEn = 32;

/** Letters, digits and Han only, lower-cased: a run survives changed punctuation and spacing. */
function squeeze(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const isHanText = (text: string): boolean => /\p{Script=Han}/u.test(text);

function windows(text: string): string[] {
  const squeezed = squeeze(text);
  const length = isHanText(squeezed) ? windowZh : windowEn;
  const found: string[] = [];
  for (let start = 0; start + length <= squeezed.length; start++) {
    found.push(squeezed.slice(start, start + length));
  }
  return found;
}

function csvColumn(file: string, column: string): string[] {
  const [header, ...rows] = parseCsv(readFileSync(join(data, file), 'utf8').replace(/^\uFEFF/, ''));
  const at = header?.indexOf(column) ?? -1;
  return at < 0 ? [] : rows.map((row) => row[at] ?? '');
}

const evaluationTexts: [string, string[]][] = [
  ['airline-tweets', csvColumn('airline-tweets/Tweets.csv', 'text')],
  ['waimai-10k', csvColumn('waimai-10k/waimai_10k.csv', 'review')],
  ['chnsenticorp-htl', csvColumn('chnsenticorp-htl/ChnSentiCorp_htl_all.csv', 'review')],
  ['online-shopping-10cats', csvColumn('online-shopping-10cats/online_shopping_10_cats.csv', 'review')],
  [
    'smp2020-ewect',
    ['usual_eval_labeled.json', 'usual_test_labeled.json'].flatMap((file) =>
      (JSON.parse(readFileSync(join(data, 'smp2020-ewect', file), 'utf8')) as { content: string }[]).map(
        (row) => row.content,
      ),
    ),
  ],
];

/** Window → the first evaluation text holding it ("set: text"). */
const owner = new Map<string, string>();
for (const [name, texts] of evaluationTexts) {
  for (const text of texts) {
    for (const window of windows(text)) {
      if (!owner.has(window)) owner.set(window, `${name}: ${text.slice(0, 80)}`);
    }
  }
}

const directories = process.argv.slice(2);
const scanned =
  directories.length > 0 ? directories : [join(root, 'corpus', 'triage'), join(root, 'corpus', 'triage-dev')];
let overlaps = 0;
let rows = 0;
for (const directory of scanned) {
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(directory, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim().length === 0) return;
      rows++;
      const { text } = JSON.parse(line) as { text: string };
      const hit = windows(text).find((window) => owner.has(window));
      if (hit !== undefined) {
        overlaps++;
        console.log(`${file}:${index + 1}: ${text.slice(0, 80)}\n    shares a run with ${owner.get(hit)}`);
      }
    });
  }
}
console.log(
  `${rows} rows scanned, ${overlaps} share a run of ${windowZh} Chinese / ${windowEn} other characters with an evaluation-only text`,
);
process.exitCode = overlaps > 0 ? 1 : 0;
