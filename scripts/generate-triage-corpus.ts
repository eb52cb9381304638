/**
 * Writes corpus/triage/written-zh.jsonl and written-en.jsonl: complaints, praise and neutral
 * messages composed from the team's hand-written fragments (scripts/triage-corpus/*), across
 * industries, categories, emotions and risks, short and long, polite and furious; a quarter of
 * the Chinese ones in traditional characters. Deterministic (fixed seed).
 *
 * Run: npx tsx scripts/generate-triage-corpus.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categories, emotions, type Category, type Emotion, type Risk } from '../src/domain/vocabulary.js';
import { en } from './triage-corpus/en-fragments.js';
import { industries, type Fragments } from './triage-corpus/fragment-types.js';
import { simplifiedToTraditionalPairs } from './triage-corpus/simplified-to-traditional.js';
import { zhTraditional } from './triage-corpus/zh-traditional-extra.js';
import { zh } from './triage-corpus/zh-fragments.js';
import {
  enShort,
  enShortEndings,
  zhShort,
  zhShortEndings,
  type AspectVerdicts,
} from './triage-corpus/short-reviews.js';
import {
  zhContrasts,
  zhReviewDomains,
  zhReviewEndings,
  zhReviewOpeners,
  zhOverallVerdicts,
  type ReviewDomain,
} from './triage-corpus/zh-reviews.js';
import type { CorpusRow } from '../src/triage-model/corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seed = 20261124;
const complaintsPerCategory = { zh: 420, en: 360 } as const;
const praisePerLanguage = { zh: 700, en: 450 } as const;
const traditionalShare = 0.25;
const shortReviewsPerLanguage = { zh: 1600, en: 900 } as const;
const domainReviewsPerLanguage = { zh: 3600 } as const;
const longReviewsPerLanguage = { zh: 1400 } as const;

function seededRandom(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = seededRandom(seed);
const chance = (p: number): boolean => random() < p;
function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}

// Simplified → traditional, character by character, with OpenCC's first candidate; Taiwan's
// 裡 and 著 instead of the standard 裏 and 着 forms.
const toTraditional = new Map<string, string>(
  simplifiedToTraditionalPairs
    .split(/\s+/)
    .filter((token) => token.length === 2)
    .map((token) => [token.charAt(0), token.charAt(1)] as const),
);
toTraditional.set('里', '裡');
toTraditional.set('着', '著');
const traditionalText = (text: string): string =>
  [...text].map((character) => toTraditional.get(character) ?? character).join('');

type Language = 'zh' | 'en';

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function sentenceEnd(language: Language, text: string): string {
  if (text.length === 0) {
    return '';
  }
  if (/[。！？!?.]$/.test(text)) {
    return text;
  }
  return language === 'zh' ? `${text}。` : `${text}.`;
}

function joinProblems(language: Language, first: string, second: string): string {
  if (language === 'zh') {
    return `${first}，${pick(['而且', '还有', '另外', '更过分的是，', '同时'])}${second}`;
  }
  return `${first}. ${pick(['On top of that, ', 'Also, ', 'And ', 'Worse, '])}${lowerFirst(second)}`;
}

function shout(language: Language, text: string): string {
  if (language === 'zh') {
    return text.replace(/[。！]$/, '！！！');
  }
  return chance(0.5) ? text.toUpperCase() : text.replace(/[.!]$/, '!!!');
}

function complaint(language: Language, fragments: Fragments, category: Category): CorpusRow {
  const byIndustry = fragments.problems[category];
  const industry = pick(industries.filter((name) => (byIndustry[name]?.length ?? 0) > 0));
  const problems = byIndustry[industry] ?? [];
  const emotion: Emotion = pick(emotions);
  const shape = random();
  let problem = pick(problems);
  if (shape > 0.7 && problems.length > 1) {
    const second = pick(problems.filter((other) => other !== problem));
    problem = joinProblems(language, problem, second);
  }
  const opener = shape < 0.25 ? '' : pick(fragments.openers[industry]);
  const parts = [opener + (language === 'en' && opener.endsWith(', ') ? lowerFirst(problem) : problem)];
  let feeling = pick(fragments.feelings[emotion]);
  if (emotion === 'angry' && chance(0.3)) {
    feeling = shout(language, feeling);
  }
  const risks: Risk[] = [];
  if (chance(0.15)) {
    const risk = pick(Object.keys(fragments.risks) as Risk[]);
    risks.push(risk);
    parts.push(pick(fragments.risks[risk]));
  }
  if (emotion !== 'calm' || chance(0.6)) {
    parts.push(feeling);
  }
  if (shape > 0.4) {
    parts.push(pick(fragments.demands[emotion]));
  }
  const separator = language === 'zh' ? '' : ' ';
  const text = parts
    .filter((part) => part.length > 0)
    .map((part) => sentenceEnd(language, part))
    .join(separator)
    .trim();
  return { text, language, category, emotion, negative: true, risks, industry, source: 'written' };
}

function praise(language: Language, fragments: Fragments): CorpusRow {
  const industry = pick(industries.filter((name) => (fragments.praise[name]?.length ?? 0) > 0));
  const lines = fragments.praise[industry] ?? [];
  let body = pick(lines);
  if (chance(0.4) && lines.length > 1) {
    const second = pick(lines.filter((line) => line !== body));
    body = language === 'zh' ? `${body}，${second}` : `${body}, and ${lowerFirst(second)}`;
  }
  const opener = chance(0.3) ? pick(fragments.openers[industry]) : '';
  const lead = language === 'en' && opener.endsWith(', ') ? '' : opener;
  const text = `${lead}${body}${pick(fragments.praiseEndings)}`.trim();
  return { text, language, emotion: 'calm', negative: false, risks: [], industry, source: 'written' };
}

function neutral(language: Language, fragments: Fragments): CorpusRow {
  const text = pick(fragments.neutral);
  const polite =
    language === 'zh'
      ? pick(['', '你好，', '您好，', '打扰一下，'])
      : pick(['', 'Hi, ', 'Hello, ', 'Quick question: ']);
  const body = polite.length > 0 && language === 'en' ? lowerFirst(text) : text;
  return {
    text: `${polite}${body}`,
    language,
    emotion: 'calm',
    negative: false,
    risks: [],
    source: 'written',
  };
}

function shortReview(
  language: Language,
  groups: readonly AspectVerdicts[],
  endings: { positive: string[]; negative: string[] },
): CorpusRow {
  const negative = chance(0.5);
  const clauses: string[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let index = 0; index < count; index++) {
    const group = pick(groups);
    const verdict = pick(negative ? group.negative : group.positive);
    clauses.push(
      language === 'zh' ? `${pick(group.aspects)}${verdict}` : `${pick(group.aspects)} ${verdict}`,
    );
  }
  let text = clauses.join(language === 'zh' ? pick(['，', '，', ' ', '。']) : pick([', ', ' and ', '. ']));
  if (language === 'en') {
    text = text.charAt(0).toUpperCase() + text.slice(1);
  }
  text += pick(negative ? endings.negative : endings.positive);
  const angry = negative && /垃圾|坑|恶劣|!!|离谱|sucks|joke|nothing|never again/i.test(text);
  const emotion: Emotion = negative ? (angry ? 'angry' : 'disappointed') : 'calm';
  return { text, language, emotion, negative, risks: [], source: 'written' };
}

const angryReview = /！！|气死|什么玩意|坑|恶劣|服了|无语|呵呵|就这|拉黑|还能再|吗？|？$/;

/** Distinct clauses of one pool, in random order. */
function clausesOf(pool: readonly string[], count: number): string[] {
  const chosen: string[] = [];
  for (let tries = 0; chosen.length < count && tries < count * 4; tries++) {
    const clause = pick(pool);
    if (!chosen.includes(clause)) {
      chosen.push(clause);
    }
  }
  return chosen;
}

/**
 * One short review within one domain: praise, complaint, lukewarm, or mixed. A mixed review
 * takes the verdict of the clause after its contrast word (zh-reviews.ts).
 */
function domainReview(domain: ReviewDomain): CorpusRow {
  const shape = random();
  const count = 1 + Math.floor(random() * 3);
  let clauses: string[];
  let negative: boolean;
  let ending: string;
  let lukewarm = false;
  if (shape < 0.38) {
    negative = true;
    clauses = clausesOf(domain.negative, count);
    ending = pick(zhReviewEndings.negative);
  } else if (shape < 0.48) {
    negative = true;
    lukewarm = true;
    clauses = [...clausesOf(domain.lukewarm, 1), ...clausesOf(domain.negative, count - 1)];
    ending = pick(zhReviewEndings.lukewarm);
  } else if (shape < 0.78) {
    negative = false;
    clauses = clausesOf(domain.positive, count);
    ending = pick(zhReviewEndings.positive);
  } else {
    // Mixed: the clause after the contrast decides.
    // "就是" and "可惜" only ever bring bad news; a mild grievance may precede praise.
    negative = chance(0.65);
    const before = clausesOf(negative ? domain.positive : domain.lukewarm, 1);
    const after = clausesOf(negative ? domain.negative : domain.positive, 1);
    const contrast = pick(negative ? zhContrasts : zhContrasts.slice(0, 4));
    clauses = [...before, `${contrast}${contrast.length === 1 ? '' : pick(['', '', '，'])}${after.join('')}`];
    ending = pick(negative ? zhReviewEndings.lukewarm : zhReviewEndings.positive);
  }
  const separator = pick(['，', '，', '，', ' ', '。', '！']);
  let text = `${pick(zhReviewOpeners)}${clauses.join(separator)}${ending}`;
  if (chance(0.15) && negative) {
    text = text.replace(/[。！]?$/, pick(['！！！', '!!', '。。。', '...']));
  }
  const emotion: Emotion = !negative
    ? 'calm'
    : !lukewarm && angryReview.test(text)
      ? 'angry'
      : 'disappointed';
  return { text, language: 'zh', emotion, negative, risks: [], industry: domain.name, source: 'written' };
}

/**
 * A longer review: three to five aspects of one domain, good and bad mixed, then an overall
 * verdict that decides it. A positive verdict follows mostly praise with a minor grievance or
 * two; a negative one follows mostly grievances, sometimes with a kind word.
 */
function longReview(domain: ReviewDomain): CorpusRow {
  const negative = chance(0.5);
  const count = 3 + Math.floor(random() * 3);
  const minor = Math.floor(random() * 2) + (chance(0.3) ? 1 : 0);
  const main = clausesOf(negative ? domain.negative : domain.positive, count - minor);
  const other = clausesOf(negative ? domain.positive : [...domain.lukewarm, ...domain.negative], minor);
  const clauses = [...main];
  for (const clause of other) {
    clauses.splice(Math.floor(random() * (clauses.length + 1)), 0, clause);
  }
  const body = clauses
    .map((clause, index) =>
      index > 0 && chance(0.25) ? `${pick(['而且', '另外', '还有', '就是'])}${clause}` : clause,
    )
    .join(pick(['，', '，', '。', ' ']));
  const verdict = pick(negative ? zhOverallVerdicts.negative : zhOverallVerdicts.positive);
  const text = `${pick(zhReviewOpeners)}${body}。${verdict}${pick(['。', '！', '', '。'])}`;
  const emotion: Emotion = negative ? (angryReview.test(text) ? 'angry' : 'disappointed') : 'calm';
  return { text, language: 'zh', emotion, negative, risks: [], industry: domain.name, source: 'written' };
}

function generate(language: Language, fragments: Fragments): CorpusRow[] {
  const rows: CorpusRow[] = [];
  if (language === 'zh') {
    for (let index = 0; index < domainReviewsPerLanguage.zh; index++) {
      rows.push(domainReview(pick(zhReviewDomains)));
    }
    for (let index = 0; index < longReviewsPerLanguage.zh; index++) {
      rows.push(longReview(pick(zhReviewDomains)));
    }
  }
  for (let index = 0; index < shortReviewsPerLanguage[language]; index++) {
    rows.push(
      language === 'zh'
        ? shortReview('zh', zhShort, zhShortEndings)
        : shortReview('en', enShort, enShortEndings),
    );
  }
  for (const category of categories) {
    for (let index = 0; index < complaintsPerCategory[language]; index++) {
      rows.push(complaint(language, fragments, category));
    }
  }
  for (let index = 0; index < praisePerLanguage[language]; index++) {
    rows.push(praise(language, fragments));
  }
  for (let index = 0; index < fragments.neutral.length * 4; index++) {
    rows.push(neutral(language, fragments));
  }
  const seen = new Set<string>();
  const unique: CorpusRow[] = [];
  for (const row of rows) {
    const text = language === 'zh' && chance(traditionalShare) ? traditionalText(row.text) : row.text;
    if (!seen.has(text)) {
      seen.add(text);
      unique.push({ ...row, text, ...(text !== row.text ? { script: 'traditional' } : {}) });
    }
  }
  return unique;
}

function write(name: string, rows: readonly CorpusRow[]): void {
  const file = join(root, 'corpus', 'triage', name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  console.log(`${name}: ${rows.length} rows`);
}

const zhRows = [
  ...generate('zh', zh),
  ...zhTraditional().map((row) => ({ ...row, source: 'written' as const })),
];
write('written-zh.jsonl', zhRows);
write('written-en.jsonl', generate('en', en));
