import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { triage } from '../domain/triage/index.js';
import { triageLines } from './triage-lines.js';

async function run(
  input: string,
): Promise<{ lines: unknown[]; summary: { triaged: number; failed: number } }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const summary = await triageLines(Readable.from([input]), output, triage);
  output.end();
  const lines = chunks
    .join('')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as unknown);
  return { lines, summary };
}

describe('closeloop triage (JSON lines)', () => {
  it('answers one line per input line, in order, with an error object for each bad line', async () => {
    const input = [
      JSON.stringify({ text: '快递显示已签收，但我根本没收到包裹', locale: 'zh-CN' }),
      'this is not json',
      JSON.stringify({ text: '   ' }),
      '',
      JSON.stringify({ locale: 'en-US' }),
      'null',
      JSON.stringify({ text: 'The waiter was rude to us' }),
    ].join('\n');
    const { lines, summary } = await run(input);
    expect(summary).toEqual({ triaged: 2, failed: 4 });
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ language: 'zh', category: { label: 'logistics' } });
    expect(lines[1]).toMatchObject({ error: { code: 'invalid_json' }, line: 2 });
    expect(lines[2]).toMatchObject({ error: { code: 'invalid_input' }, line: 3 });
    expect(lines[3]).toMatchObject({ error: { code: 'invalid_input' }, line: 5 });
    expect(lines[4]).toMatchObject({ error: { code: 'invalid_input' }, line: 6 });
    expect(lines[5]).toMatchObject({ language: 'en', category: { label: 'service_attitude' } });
  });

  it('runs as `closeloop triage` with the shipped model, results on stdout and logs on stderr', () => {
    const child = spawnSync(process.execPath, ['bin/closeloop.js', 'triage'], {
      input: `${JSON.stringify({ text: '房間的冷氣壞了' })}\n{bad\n`,
      encoding: 'utf8',
      env: { ...process.env, CLOSELOOP_DEMO: '0' },
      timeout: 60_000,
    });
    expect(child.status).toBe(0);
    const lines = child.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { modelVersion?: string; error?: unknown });
    expect(lines).toHaveLength(2);
    expect(lines[0]?.modelVersion).toMatch(/^linear-/);
    expect(lines[1]?.error).toBeDefined();
    expect(child.stderr).toContain('triage model loaded');
  });
});
