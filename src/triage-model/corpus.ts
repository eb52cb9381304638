/**
 * The triage training corpus: JSON lines under corpus/triage/ (written by the team, and the
 * CFPB, banking77 and ASAP subsets, see corpus/README.md). A row labels what it knows: a
 * category, an emotion, whether it voices dissatisfaction, risks. A retrain appends agents'
 * corrections as more rows of the same shape (source 'correction') and runs the same training.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { categories, emotions, risks } from '../domain/vocabulary.js';

export const CorpusRow = z.object({
  text: z.string().min(1),
  language: z.enum(['zh', 'en']),
  /** Traditional characters, for Chinese rows written or converted so. */
  script: z.literal('traditional').optional(),
  category: z.enum(categories).optional(),
  emotion: z.enum(emotions).optional(),
  /** True: the text voices dissatisfaction; false: praise, a question, thanks. */
  negative: z.boolean().optional(),
  risks: z.array(z.enum(risks)).optional(),
  industry: z.string().optional(),
  source: z.enum(['written', 'cfpb', 'banking77', 'asap', 'correction']),
  /** How much the row counts in training (a correction may count more); default 1. */
  weight: z.number().positive().optional(),
});
export type CorpusRow = z.infer<typeof CorpusRow>;

/** Reads every *.jsonl file of a directory; a bad line stops with its file and line number. */
export function readCorpus(directory: string): CorpusRow[] {
  const rows: CorpusRow[] = [];
  for (const name of readdirSync(directory)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(directory, name), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim().length === 0) {
        return;
      }
      const parsed = CorpusRow.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new Error(`${name}:${index + 1}: ${parsed.error.message}`);
      }
      rows.push(parsed.data);
    });
  }
  return rows;
}

/** FNV-1a of the text: a row's place in the split depends on its text only, not on file order. */
function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0) / 4_294_967_296;
}

/** Holds out about `share` of the rows (by text hash, so the split never changes for a row). */
export function splitCorpus(
  rows: readonly CorpusRow[],
  share: number,
): { training: CorpusRow[]; heldOut: CorpusRow[] } {
  const training: CorpusRow[] = [];
  const heldOut: CorpusRow[] = [];
  for (const row of rows) {
    (textHash(row.text) < share ? heldOut : training).push(row);
  }
  return { training, heldOut };
}
