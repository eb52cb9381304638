/**
 * Writes corpus/triage/written-zh-verdicts.jsonl: Chinese reviews composed within one domain
 * from the team's clauses in scripts/triage-corpus/zh-verdict-clauses.ts, where the overall
 * verdict is what counts, not the last aspect named:
 *
 * - praise, sometimes with a small flaw waved off ("就是早餐品种稍微少了点，不影响"), often
 *   closed by a positive verdict: not negative;
 * - grievances, sometimes with a kind word as a concession ("位置倒是不错，可是…"), often
 *   closed by a negative verdict: negative;
 * - praise of the very things complaints are about (a quick refund, a patient agent): not
 *   negative, so a topic alone never decides.
 *
 * A quarter in traditional characters (OpenCC's table, as generate-triage-corpus.ts).
 * Deterministic (fixed seed). Run: npx tsx scripts/generate-triage-verdict-reviews.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Emotion } from '../src/domain/vocabulary.js';
import type { CorpusRow } from '../src/triage-model/corpus.js';
import { simplifiedToTraditionalPairs } from './triage-corpus/simplified-to-traditional.js';
import {
  impliedGrievances,
  minorDismissals,
  negatedPraise,
  plainFacts,
  relievedWorries,
  timedPraise,
  minorLeads,
  verdictDomains,
  verdictEndings,
  verdictOpeners,
  type VerdictDomain,
} from './triage-corpus/zh-verdict-clauses.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rowsToWrite = 4_000;
const traditionalShare = 0.25;

function seededRandom(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = seededRandom(20261125);
const chance = (p: number): boolean => random() < p;
function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}
function distinct(pool: readonly string[], count: number): string[] {
  const chosen: string[] = [];
  for (let tries = 0; chosen.length < count && tries < count * 5; tries++) {
    const clause = pick(pool);
    if (!chosen.includes(clause)) {
      chosen.push(clause);
    }
  }
  return chosen;
}

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

const joinClauses = (clauses: readonly string[]): string => {
  const separator = pick(['，', '，', '，', '。', '；']);
  return clauses.join(separator);
};
const endMark = (): string => pick(['', '。', '。', '！', '！！', '!!!', '~']);
const close = (text: string, verdict: string | undefined): string =>
  verdict === undefined ? `${text}${endMark()}` : `${text}${pick(['。', '，', '。'])}${verdict}${endMark()}`;

/** One or two clauses and maybe a verdict: the short reviews most people write. */
function shortReview(domain: VerdictDomain, negative: boolean): string {
  const pool = negative
    ? [...domain.serious, ...impliedGrievances]
    : [...domain.praise, ...negatedPraise, ...timedPraise];
  const parts = distinct(pool, 1 + Math.floor(random() * 2));
  const verdict = chance(0.5)
    ? pick(negative ? verdictEndings.negative : verdictEndings.positive)
    : undefined;
  return close(joinClauses(parts), verdict);
}

/** Praise, maybe a small flaw waved off, maybe a positive verdict: not negative. */
function praiseReview(domain: VerdictDomain): string {
  // A third are long: many aspects, a flaw or two, and often no verdict at all.
  const long = chance(0.35);
  const praise = distinct(domain.praise, long ? 3 + Math.floor(random() * 4) : 1 + Math.floor(random() * 4));
  const parts = [...praise];
  if (long && chance(0.5)) {
    parts.splice(
      1 + Math.floor(random() * (parts.length - 1)),
      0,
      `${pick(minorLeads)}${pick(domain.minor)}${pick(minorDismissals)}`,
    );
  }
  if (chance(long ? 0.4 : 0.15)) {
    parts.unshift(pick(relievedWorries));
  }
  if (chance(long ? 0.4 : 0.1)) {
    parts.unshift(pick(plainFacts));
  }
  if (chance(0.35)) {
    parts.splice(
      Math.floor(random() * (parts.length + 1)),
      0,
      pick(chance(0.6) ? negatedPraise : timedPraise),
    );
  }
  if (chance(0.6)) {
    const flaw = pick(domain.minor);
    if (chance(0.3)) {
      // The flaw first, then the praise that outweighs it: "虽然稍微有点小，但是…".
      const lead = pick(['虽然', '虽说', '']);
      parts[0] = `${pick(['但是', '不过', '但', '可是'])}${parts[0] ?? ''}`;
      parts.unshift(`${lead}${flaw}`);
    } else {
      parts.splice(
        1 + Math.floor(random() * parts.length),
        0,
        `${pick(minorLeads)}${flaw}${pick(minorDismissals)}`,
      );
    }
  }
  const verdict = chance(long ? 0.45 : 0.7) ? pick(verdictEndings.positive) : undefined;
  return close(`${pick(verdictOpeners)}${joinClauses(parts)}`, verdict);
}

/** Grievances, maybe a concession, maybe a negative verdict: negative. */
function grievanceReview(domain: VerdictDomain): string {
  const long = chance(0.35);
  const grievances = distinct(
    domain.serious,
    long ? 3 + Math.floor(random() * 3) : 1 + Math.floor(random() * 3),
  );
  const parts = [...grievances];
  if (chance(long ? 0.4 : 0.1)) {
    parts.unshift(pick(plainFacts));
  }
  if (chance(0.3)) {
    parts.splice(Math.floor(random() * (parts.length + 1)), 0, pick(impliedGrievances));
  }
  if (chance(0.5)) {
    const kind = chance(0.6) ? pick(domain.concession) : `虽然${pick(domain.praise)}`;
    parts[0] = `${pick(['但是', '可是', '但', '然而', '可'])}${parts[0] ?? ''}`;
    parts.unshift(kind);
  } else if (chance(0.2)) {
    // A kind word after the grievances that does not save them.
    parts.push(
      `${pick(['唯一的优点是', '也就', '只有'])}${pick(domain.praise)}${pick(['', '还行', '还可以'])}`,
    );
  }
  const verdict = chance(long ? 0.45 : 0.7) ? pick(verdictEndings.negative) : undefined;
  return close(`${pick(verdictOpeners)}${joinClauses(parts)}`, verdict);
}

const angry = /！！|!!!|差评|避雷|一星|绕着走|罪受|服了|醉了|离谱/;

const rows: CorpusRow[] = [];
const seen = new Set<string>();
for (let tries = 0; rows.length < rowsToWrite && tries < rowsToWrite * 3; tries++) {
  const domain = pick(verdictDomains);
  const negative = chance(0.5);
  let text = chance(0.25)
    ? shortReview(domain, negative)
    : negative
      ? grievanceReview(domain)
      : praiseReview(domain);
  const traditional = chance(traditionalShare);
  if (traditional) {
    text = traditionalText(text);
  }
  if (seen.has(text)) {
    continue;
  }
  seen.add(text);
  const emotion: Emotion = negative ? (angry.test(text) ? 'angry' : 'disappointed') : 'calm';
  rows.push({
    text,
    language: 'zh',
    ...(traditional ? { script: 'traditional' as const } : {}),
    emotion,
    negative,
    risks: [],
    industry: domain.name,
    source: 'written',
  });
}
const file = join(root, 'corpus', 'triage', 'written-zh-verdicts.jsonl');
writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
console.log(`written-zh-verdicts.jsonl: ${rows.length} rows`);
