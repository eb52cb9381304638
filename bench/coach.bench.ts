/**
 * npm run bench:coach: reply-coach reviews per second on one core (reviewReply, CONTRACT.md
 * §9) over 300-character drafts, after a warm-up, with p50/p99 per review; then the
 * evaluation set's accuracy per language (test/fixtures/coach-drafts.jsonl). Prints tables
 * and, last, the JSON line of CONTRACT.md §12.
 * Drafts are cut from the evaluation set's texts, joined in a seeded random order until they
 * reach BENCH_DRAFT_CHARS (300). BENCH_DRAFTS (2,000) distinct drafts, BENCH_SECONDS (5) of
 * measuring, BENCH_SEED the random seed.
 */
import { performance } from 'node:perf_hooks';
import { reviewReply } from '../src/domain/coach/index.js';
import { accuracyOf, loadCoachDrafts, scoreDraft, type CoachDraft } from '../test/support/coach-drafts.js';
import { table } from './support/server.js';

const draftChars = Number(process.env.BENCH_DRAFT_CHARS ?? 300);
const draftCount = Number(process.env.BENCH_DRAFTS ?? 2_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const seed = Number(process.env.BENCH_SEED ?? 20251124);

/** mulberry32: a small seeded generator, so every run reviews the same drafts. */
function randomNumbers(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Drafts of exactly `draftChars` characters, each in one language, half Chinese and half English. */
function benchDrafts(
  evaluation: readonly CoachDraft[],
  random: () => number,
): { text: string; language: string }[] {
  const byLanguage = {
    zh: evaluation.filter((draft) => draft.language === 'zh').map((draft) => draft.text),
    en: evaluation.filter((draft) => draft.language === 'en').map((draft) => draft.text),
  };
  return Array.from({ length: draftCount }, (_, index) => {
    const language = index % 2 === 0 ? 'zh' : 'en';
    const pool = byLanguage[language];
    let text = '';
    while (text.length < draftChars) {
      text += (text.length > 0 && language === 'en' ? ' ' : '') + pool[Math.floor(random() * pool.length)]!;
    }
    return { text: text.slice(0, draftChars), language };
  });
}

interface Timing {
  reviews: number;
  seconds: number;
  findings: number;
  microseconds: Float64Array;
}

/** Reviews the drafts round-robin for `budgetSeconds`, timing each review. */
function run(texts: readonly string[], budgetSeconds: number): Timing {
  const budgetMs = budgetSeconds * 1_000;
  const samples: number[] = [];
  let findings = 0;
  let index = 0;
  const started = performance.now();
  let now = started;
  while (now - started < budgetMs) {
    const text = texts[index % texts.length]!;
    const before = now;
    findings += reviewReply(text).length;
    now = performance.now();
    samples.push((now - before) * 1_000);
    index++;
  }
  return {
    reviews: index,
    seconds: (now - started) / 1_000,
    findings,
    microseconds: Float64Array.from(samples),
  };
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

const evaluation = loadCoachDrafts();
const drafts = benchDrafts(evaluation, randomNumbers(seed));
const allTexts = drafts.map((draft) => draft.text);

run(allTexts, Math.min(1, seconds / 5)); // warm-up: let the JIT compile the patterns' matchers

const rows = [];
let overall: { reviewsPerSecond: number; p50Us: number; p99Us: number } | undefined;
for (const [name, texts, share] of [
  ['zh', drafts.filter((draft) => draft.language === 'zh').map((draft) => draft.text), 0.25],
  ['en', drafts.filter((draft) => draft.language === 'en').map((draft) => draft.text), 0.25],
  ['both', allTexts, 0.5],
] as const) {
  const timing = run(texts, seconds * share);
  const sorted = timing.microseconds.sort();
  const result = {
    reviewsPerSecond: Math.round(timing.reviews / timing.seconds),
    p50Us: Number(percentile(sorted, 0.5).toFixed(1)),
    p99Us: Number(percentile(sorted, 0.99).toFixed(1)),
  };
  if (name === 'both') overall = result;
  rows.push({
    drafts: name,
    chars: draftChars,
    reviews: timing.reviews,
    seconds: timing.seconds.toFixed(2),
    'reviews/s': result.reviewsPerSecond,
    'p50 µs': result.p50Us,
    'p99 µs': result.p99Us,
    'findings/review': (timing.findings / timing.reviews).toFixed(2),
  });
}

console.log(
  `reviewReply, one core (${process.version}), ${draftCount.toLocaleString('en-US')} drafts of ${draftChars} characters, seed ${seed}, after a warm-up`,
);
console.log(table(rows));

const outcomes = evaluation.map((draft) => scoreDraft(draft, reviewReply(draft.text)));
const accuracyRows = [];
const accuracy: Record<string, number> = {};
for (const language of ['zh', 'en'] as const) {
  for (const set of ['dev', 'holdout', 'holdout2', 'all'] as const) {
    const mine = outcomes.filter(
      (outcome) => outcome.draft.language === language && (set === 'all' || outcome.draft.set === set),
    );
    const { right, total, accuracy: share } = accuracyOf(mine);
    if (set === 'all') accuracy[language] = Number(share.toFixed(4));
    accuracyRows.push({
      language,
      drafts: set,
      right,
      total,
      'fully right': `${(share * 100).toFixed(1)} %`,
    });
  }
}
console.log(
  '\nEvaluation set (test/fixtures/coach-drafts.jsonl): a draft is right when every expected rule is found and no forbidden one',
);
console.log(table(accuracyRows));

console.log(
  JSON.stringify({
    bench: 'coach',
    reviewsPerSecond: overall!.reviewsPerSecond,
    p50Us: overall!.p50Us,
    p99Us: overall!.p99Us,
    draftChars,
    drafts: draftCount,
    accuracy,
    evaluationDrafts: evaluation.length,
  }),
);
