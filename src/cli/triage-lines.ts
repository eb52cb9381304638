/**
 * `closeloop triage`: JSON lines in, JSON lines out. Each input line `{text, locale?}` gets
 * one output line, in order: the triage result (CONTRACT §7 fields, explanation, model
 * version), or `{"error": {code, message}, "line": n}` for a line that is not valid input.
 * A bad line never stops the stream; empty lines are skipped.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import type { TriageInput, TriageResult } from '../domain/triage/triage-result.js';

const TriageLine = z.object({
  text: z.string().refine((text) => text.trim().length > 0, 'text is empty'),
  /** A hint only ('zh-TW', 'en-US'…): the text decides the language. */
  locale: z.string().max(35).optional(),
});

export interface TriageLinesSummary {
  triaged: number;
  failed: number;
}

function answer(line: string, lineNumber: number, triage: (input: TriageInput) => TriageResult): object {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { error: { code: 'invalid_json', message: (error as Error).message }, line: lineNumber };
  }
  const parsed = TriageLine.safeParse(json);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(line)'}: ${issue.message}`)
      .join('; ');
    return { error: { code: 'invalid_input', message }, line: lineNumber };
  }
  try {
    return triage(parsed.data);
  } catch (error) {
    return { error: { code: 'triage_failed', message: (error as Error).message }, line: lineNumber };
  }
}

/** Triage every line of `input` onto `output`; resolves when the input ends. */
export async function triageLines(
  input: Readable,
  output: Writable,
  triage: (input: TriageInput) => TriageResult,
): Promise<TriageLinesSummary> {
  const summary: TriageLinesSummary = { triaged: 0, failed: 0 };
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim().length === 0) {
      continue;
    }
    const result = answer(line, lineNumber, triage);
    if ('error' in result) {
      summary.failed++;
    } else {
      summary.triaged++;
    }
    if (!output.write(`${JSON.stringify(result)}\n`)) {
      await new Promise((resolve) => output.once('drain', resolve));
    }
  }
  return summary;
}
