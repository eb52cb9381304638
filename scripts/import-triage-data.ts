/**
 * Copies the subsets of trainable public data sets into corpus/triage/ with our labels
 * (mappings: src/triage-model/training-data-mappings.ts; attribution: corpus/README.md):
 * CFPB narratives (public domain), banking77 train split (CC BY 4.0), ASAP samples
 * (Apache-2.0). Evaluation-only data sets are never read here. Deterministic.
 *
 * Run: npx tsx scripts/import-triage-data.ts [path to shared/data, default ../shared/data]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category, Risk } from '../src/domain/vocabulary.js';
import type { CorpusRow } from '../src/triage-model/corpus.js';
import { parseCsv } from '../src/triage-model/csv.js';
import {
  asapAspectCategory,
  asapNegativeStars,
  asapPositiveStars,
  banking77Category,
  banking77Neutral,
  banking77Risks,
  cfpbIssueCategory,
  cfpbIssueRisks,
} from '../src/triage-model/training-data-mappings.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data'));
const cfpbPerCategory = 150;
const banking77PerCategory = 150;
const banking77Neutrals = 300;
/** 'other' is mostly our own writing: the finance-only 'other' rows would make it mean "banking". */
const otherPerSource = 60;
const maxCfpbChars = 2_000;

function write(name: string, rows: readonly CorpusRow[]): void {
  writeFileSync(
    join(root, 'corpus', 'triage', name),
    rows.map((row) => JSON.stringify(row)).join('\n') + '\n',
  );
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = row.category ?? (row.negative === false ? '(not negative)' : '(no category)');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  console.log(`${name}: ${rows.length} rows`, Object.fromEntries(counts));
}

function records(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  if (header === undefined) {
    return [];
  }
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

/** Takes up to `limit` rows per key in file order (the files are sorted by id, so this is stable). */
function capped<T>(items: readonly T[], keyOf: (item: T) => string, limit: number): T[] {
  const taken = new Map<string, number>();
  return items.filter((item) => {
    const key = keyOf(item);
    const count = taken.get(key) ?? 0;
    taken.set(key, count + 1);
    return count < limit;
  });
}

/** CFPB redactions (XXXX) carry nothing; amounts lose their braces. */
function cleanCfpb(text: string): string {
  return text
    .replace(/\bX{2,}(?:\/X{2,})*\b/g, ' ')
    .replace(/\{\$([\d,.]+)\}/g, '$$$1')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxCfpbChars);
}

function isWithinOtherShare(): (row: CorpusRow) => boolean {
  let others = 0;
  return (row) => row.category !== 'other' || ++others <= otherPerSource;
}

function importCfpb(): CorpusRow[] {
  const rows = records(join(data, 'cfpb', 'cfpb_narratives_full_schema.csv'));
  const mapped = rows.flatMap((row): CorpusRow[] => {
    const issue = row['Issue'] ?? '';
    const category = cfpbIssueCategory[issue];
    const text = cleanCfpb(row['Consumer complaint narrative'] ?? '');
    if (category === undefined || text.length < 40) {
      return [];
    }
    const risks: Risk[] = cfpbIssueRisks[issue] ?? [];
    return [{ text, language: 'en', category, negative: true, risks, industry: 'banking', source: 'cfpb' }];
  });
  return capped(mapped, (row) => row.category ?? '', cfpbPerCategory).filter(isWithinOtherShare());
}

function importBanking77(): CorpusRow[] {
  const rows = records(join(data, 'banking77', 'train.csv'));
  const complaints = rows.flatMap((row): CorpusRow[] => {
    const category = banking77Category[row['category'] ?? ''];
    return category === undefined
      ? []
      : [
          {
            text: row['text'] ?? '',
            language: 'en',
            category,
            risks: [...(banking77Risks[row['category'] ?? ''] ?? [])],
            industry: 'banking',
            source: 'banking77',
          },
        ];
  });
  const neutralIntents = new Set(banking77Neutral);
  const neutral = rows.flatMap((row): CorpusRow[] =>
    neutralIntents.has(row['category'] ?? '')
      ? [
          {
            text: row['text'] ?? '',
            language: 'en',
            emotion: 'calm',
            negative: false,
            risks: [],
            industry: 'banking',
            source: 'banking77',
          },
        ]
      : [],
  );
  // Every intent gets its share of the neutral rows: take every k-th.
  const step = Math.max(1, Math.floor(neutral.length / banking77Neutrals));
  return [
    ...capped(complaints, (row) => row.category ?? '', banking77PerCategory).filter(isWithinOtherShare()),
    ...neutral.filter((_, index) => index % step === 0).slice(0, banking77Neutrals),
  ];
}

function importAsap(): CorpusRow[] {
  const files = ['train_sample.csv', 'dev_sample.csv', 'test_sample.csv'];
  return files.flatMap((file) =>
    records(join(data, 'asap-sample', file)).flatMap((row): CorpusRow[] => {
      const text = (row['reviewbody'] ?? '').trim();
      const stars = Number(row['star']);
      const negativeCategories = new Set<Category>();
      let anyNegative = false;
      for (const [aspect, value] of Object.entries(row)) {
        if (value.trim() === '-1') {
          anyNegative = true;
          const category = asapAspectCategory[aspect];
          if (category !== undefined) {
            negativeCategories.add(category);
          }
        }
      }
      const category = negativeCategories.size === 1 ? [...negativeCategories][0] : undefined;
      if (stars >= asapPositiveStars && !anyNegative) {
        return [
          { text, language: 'zh', emotion: 'calm', negative: false, industry: 'restaurant', source: 'asap' },
        ];
      }
      if (stars <= asapNegativeStars || (stars < asapPositiveStars && anyNegative)) {
        return [{ text, language: 'zh', category, negative: true, industry: 'restaurant', source: 'asap' }];
      }
      return [];
    }),
  );
}

write('cfpb.jsonl', importCfpb());
write('banking77.jsonl', importBanking77());
write('asap.jsonl', importAsap());
