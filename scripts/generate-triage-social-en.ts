/**
 * Writes corpus/triage/written-en-social.jsonl: short English complaints and remarks in the
 * style of social-media posts and support chats, composed (fixed seed) from the team's phrase
 * banks in scripts/triage-corpus/en-social.ts. About 40 % airlines and travel, the rest hotels,
 * food delivery, e-commerce, parcels, banking and telecom.
 *
 * - Complaints: an opener (often an @mention), one or two incidents of one category, maybe a
 *   tail that carries the emotion (anger, disappointment, worry; none for calm), emoji and
 *   hashtags that match it; or a whole sarcastic line ("great job losing my bag again"), read
 *   as angry. Negative; the category of the incident.
 * - Praise and thanks, often of the very things complaints are about (a bag first off the
 *   belt, a quick rebooking), and plain questions: not negative, calm, no category.
 *
 * Style transforms keep the labels: lower case, abbreviations (pls, hrs, u, thx, bc),
 * dropped apostrophes, one typo, all caps (angry rows only), repeated punctuation.
 * Deterministic. Run: npx tsx scripts/generate-triage-social-en.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category, Emotion } from '../src/domain/vocabulary.js';
import type { CorpusRow } from '../src/triage-model/corpus.js';
import {
  cities,
  complaintOpeners,
  emojiByEmotion,
  handles,
  hashtags,
  incidents,
  industryKey,
  negativeHashtags,
  positiveHashtags,
  praise,
  praiseEndings,
  praiseOpeners,
  questionOpeners,
  questions,
  sarcasm,
  tails,
  type SocialIndustry,
} from './triage-corpus/en-social.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const complaintsToWrite = 2_000;
const praiseToWrite = 320;
const questionsToWrite = 230;

function seededRandom(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = seededRandom(20261126);
const chance = (p: number): boolean => random() < p;
function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}
function weighted<T>(entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [item, weight] of entries) {
    roll -= weight;
    if (roll < 0) {
      return item;
    }
  }
  const last = entries[entries.length - 1];
  if (last === undefined) {
    throw new Error('weighted pick from an empty list');
  }
  return last[0];
}

const industryWeights: readonly (readonly [SocialIndustry, number])[] = [
  ['airline', 32],
  ['travel', 8],
  ['hotel', 10],
  ['delivery', 10],
  ['ecommerce', 10],
  ['parcel', 10],
  ['bank', 10],
  ['telecom', 10],
];
const complaintCategories: readonly (readonly [Category, number])[] = [
  ['timeliness', 16],
  ['service_attitude', 16],
  ['logistics', 16],
  ['product_quality', 16],
  ['information_accuracy', 16],
  ['policy', 16],
  ['other', 6],
];

function fillSlots(text: string, industry: SocialIndustry): string {
  const amount = pick([20, 25, 35, 40, 50, 60, 75, 100, 120, 150, 200, 250]);
  return text
    .replace(/\{handle\}/g, () => pick(handles[industry]))
    .replace(/\{hrs\}/g, () =>
      pick(['2', '3', '4', '5', '6', '7', '3.5', '2.5', 'two', 'three', 'four', 'five']),
    )
    .replace(/\{mins\}/g, () => String(pick([20, 25, 30, 35, 40, 45, 50, 55, 60, 75, 80, 90, 100])))
    .replace(/\{days\}/g, () => String(2 + Math.floor(random() * 11)))
    .replace(/\{n\}/g, () => String(2 + Math.floor(random() * 4)))
    .replace(/\{nth\}/g, () => pick(['3rd', '4th', '5th', 'third', 'fourth']))
    .replace(/\{amt\}/g, () => String(amount))
    .replace(/\{amt2\}/g, () => String(amount + pick([15, 30, 45, 60, 80])))
    .replace(/\{flight\}/g, () => String(100 + Math.floor(random() * 2_900)))
    .replace(/\{city\}/g, () => pick(cities))
    .replace(/\{gate\}/g, () => `${pick(['A', 'B', 'C', 'D', 'E'])}${1 + Math.floor(random() * 40)}`)
    .replace(/\{row\}/g, () => String(8 + Math.floor(random() * 30)));
}

const abbreviations: readonly (readonly [RegExp, string[]])[] = [
  [/\bplease\b/gi, ['pls', 'plz', 'please']],
  [/\bhours\b/gi, ['hrs', 'hrs', 'hours']],
  [/\bhour\b/gi, ['hr', 'hour']],
  [/\bminutes\b/gi, ['mins', 'min']],
  [/\byou\b/gi, ['u', 'you']],
  [/\byour\b/gi, ['ur', 'your']],
  [/\bthanks\b/gi, ['thx', 'thanks', 'tks']],
  [/\bbecause\b/gi, ['bc', 'cuz']],
  [/\bwith\b/gi, ['w/', 'with']],
  [/\bpeople\b/gi, ['ppl']],
  [/\breally\b/gi, ['rly', 'really', 'sooo']],
  [/\bgoing to\b/gi, ['gonna']],
  [/\bdon't\b/gi, ['dont', 'dnt']],
  [/\btomorrow\b/gi, ['tmrw', 'tomorrow']],
  [/\bthough\b/gi, ['tho']],
  [/\bnothing\b/gi, ['nothin', 'nothing']],
];

function abbreviate(text: string): string {
  let out = text;
  for (const [pattern, options] of abbreviations) {
    out = out.replace(pattern, () => pick(options));
  }
  return out;
}

/** One typo in a longer word: two letters swapped, one dropped or one doubled. */
function typo(text: string): string {
  const words = text.split(' ');
  const candidates = words.flatMap((word, index) => (/^[a-z]{5,}$/.test(word) ? [index] : []));
  if (candidates.length === 0) {
    return text;
  }
  const index = pick(candidates);
  const word = words[index] ?? '';
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  words[index] =
    kind === 0
      ? `${word.slice(0, at)}${word.charAt(at + 1)}${word.charAt(at)}${word.slice(at + 2)}`
      : kind === 1
        ? `${word.slice(0, at)}${word.slice(at + 1)}`
        : `${word.slice(0, at)}${word.charAt(at)}${word.slice(at)}`;
  return words.join(' ');
}

/** Casing, abbreviations, apostrophes and typos: never changes what a row says. */
function styled(text: string, emotion: Emotion | 'positive'): string {
  let out = text;
  if (chance(0.4)) {
    out = abbreviate(out);
  }
  if (chance(0.3)) {
    out = out.replace(/(\w)'(\w)/g, '$1$2');
  }
  if (chance(0.15)) {
    out = typo(out);
  }
  if (emotion === 'angry' && chance(0.12)) {
    // All caps, keeping @handles, #tags and emoji as they are.
    out = out
      .split(' ')
      .map((word) => (word.startsWith('@') || word.startsWith('#') ? word : word.toUpperCase()))
      .join(' ');
  } else if (chance(0.5)) {
    out = out
      .split(' ')
      .map((word) => (word.startsWith('@') ? word : word.toLowerCase()))
      .join(' ');
  } else {
    out = out.charAt(0).toUpperCase() + out.slice(1);
  }
  return out.replace(/\s+/g, ' ').trim();
}

const ends: Readonly<Record<Emotion | 'positive', string[]>> = {
  angry: ['!', '!!', '!!!', '.', '', '?!', '...'],
  disappointed: ['.', '', '...', '.'],
  anxious: ['!', '!!', '?', '...', '.'],
  calm: ['.', '', '.'],
  positive: ['!', '', '.', '!!'],
};
const joiners = ['. ', '. ', ', ', ' - ', '... ', '! ', ' — '];

function decorate(text: string, industry: SocialIndustry, emotion: Emotion | 'positive'): string {
  let out = text;
  const emoji = emojiByEmotion[emotion === 'positive' ? 'positive' : emotion];
  if (emotion !== 'calm' && chance(0.3)) {
    const mark = pick(emoji);
    out += ` ${chance(0.3) ? `${mark}${mark}` : mark}`;
  }
  if (chance(0.25)) {
    const tags =
      emotion === 'positive'
        ? [...hashtags[industry], ...positiveHashtags]
        : emotion === 'calm'
          ? hashtags[industry]
          : [...hashtags[industry], ...negativeHashtags];
    out += ` ${pick(tags)}`;
    if (chance(0.3)) {
      out += ` ${pick(tags)}`;
    }
  }
  if (chance(0.1) && !out.includes('@')) {
    out += ` ${pick(handles[industry])}`;
  }
  return out;
}

function complaint(): CorpusRow {
  const industry = weighted(industryWeights);
  let category = weighted(complaintCategories);
  let pool = incidents[category][industry];
  while (pool === undefined || pool.length === 0) {
    category = weighted(complaintCategories);
    pool = incidents[category][industry];
  }
  // A sarcastic line now and then (only where its words fit the industry: the airline lines
  // and the general ones are all over the bank; the industry stays as drawn).
  if (chance(industry === 'airline' ? 0.12 : 0.04)) {
    const lines = sarcasm[category];
    const line = fillSlots(pick(lines), industry);
    const opener = fillSlots(pick(complaintOpeners), industry);
    const text = styled(decorate(`${opener}${line}${pick(ends.angry)}`, industry, 'angry'), 'angry');
    return row(text, category, 'angry', industry);
  }
  const emotion = weighted<Emotion>([
    ['angry', 38],
    ['disappointed', 20],
    ['anxious', 12],
    ['calm', 30],
  ]);
  const opener = fillSlots(pick(complaintOpeners), industry);
  let body = fillSlots(pick(pool), industry);
  if (chance(0.2)) {
    const second = fillSlots(pick(pool), industry);
    if (second !== body) {
      body = `${body}${pick([', and ', '. also ', ' and ', '. plus '])}${second}`;
    }
  }
  if (emotion === 'angry' && chance(0.15)) {
    body = body.replace(/\b(again|still|never|twice|lost|cancelled|delayed|rude)\b/, (word) =>
      word.toUpperCase(),
    );
  }
  const tail = pick(tails[emotion]);
  if (emotion !== 'calm' && tail === '') {
    throw new Error('an emotional row needs its tail');
  }
  const text =
    tail === ''
      ? `${opener}${body}${pick(ends[emotion])}`
      : chance(0.15) && emotion !== 'calm'
        ? `${opener}${tail}${pick(joiners)}${body}${pick(ends[emotion])}`
        : `${opener}${body}${pick(joiners)}${tail}${pick(ends[emotion])}`;
  return row(styled(decorate(text, industry, emotion), emotion), category, emotion, industry);
}

function praiseRow(): CorpusRow {
  const industry = weighted(industryWeights);
  const opener = fillSlots(pick(praiseOpeners), industry);
  let body = fillSlots(pick(praise[industry]), industry);
  if (chance(0.2)) {
    const second = fillSlots(pick(praise[industry]), industry);
    if (second !== body) {
      body = `${body}${pick([', and ', '. also ', ' and '])}${second}`;
    }
  }
  const ending = pick(praiseEndings);
  const text =
    ending === ''
      ? `${opener}${body}${pick(ends.positive)}`
      : `${opener}${body}${pick(joiners.slice(0, 3))}${ending}${pick(ends.positive)}`;
  return row(styled(decorate(text, industry, 'positive'), 'positive'), undefined, 'calm', industry);
}

function questionRow(): CorpusRow {
  const industry = weighted(industryWeights);
  const opener = fillSlots(pick(questionOpeners), industry);
  const text = `${opener}${fillSlots(pick(questions[industry]), industry)}${pick(['', '', ' thanks', ' thx!', ' ty'])}`;
  return row(styled(text, 'calm'), undefined, 'calm', industry);
}

function row(
  text: string,
  category: Category | undefined,
  emotion: Emotion,
  industry: SocialIndustry,
): CorpusRow {
  return {
    text,
    language: 'en',
    ...(category === undefined ? {} : { category }),
    emotion,
    negative: category !== undefined,
    risks: [],
    industry: industryKey[industry],
    source: 'written',
  };
}

const seen = new Set<string>();
const rows: CorpusRow[] = [];
const add = (make: () => CorpusRow, count: number): void => {
  let made = 0;
  for (let tries = 0; made < count && tries < count * 20; tries++) {
    const next = make();
    const key = next.text.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      rows.push(next);
      made++;
    }
  }
};
add(complaint, complaintsToWrite);
add(praiseRow, praiseToWrite);
add(questionRow, questionsToWrite);
// Interleave deterministically so no file region holds one kind only.
const ordered = rows
  .map((value, index) => ({ value, key: Math.imul(index + 1, 0x9e3779b1) >>> 0 }))
  .sort((a, b) => a.key - b.key)
  .map(({ value }) => value);

const file = join(root, 'corpus', 'triage', 'written-en-social.jsonl');
writeFileSync(file, ordered.map((value) => JSON.stringify(value)).join('\n') + '\n');
const byCategory = new Map<string, number>();
for (const value of ordered) {
  const key = value.category ?? 'not negative';
  byCategory.set(key, (byCategory.get(key) ?? 0) + 1);
}
console.log(`wrote ${ordered.length} rows to ${file}`);
console.log([...byCategory.entries()].map(([key, count]) => `${key} ${count}`).join(' · '));
