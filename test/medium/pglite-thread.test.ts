/**
 * Embedded PGlite on its own thread (store/pglite-thread.ts): transactions that span
 * messages, PostgreSQL errors with their fields, notifications, dumps, and what happens
 * after the thread is gone. Engine-independent; runs once, in the PGlite project.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteThread } from '../../src/store/pglite-thread.js';
import { testEngine } from '../support/test-database.js';

describe.runIf(testEngine() === 'pglite')('PGlite on a worker thread', () => {
  let thread: PgliteThread;

  beforeAll(async () => {
    thread = await PgliteThread.start(undefined, undefined);
    await thread.exec('CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL, at timestamptz)');
  });
  afterAll(async () => {
    await thread.close();
  });

  it('answers rows as objects or arrays, timestamps kept as text as drizzle asks', async () => {
    await thread.query('INSERT INTO notes VALUES ($1, $2, $3)', [1, '第一条', '2026-11-24T05:00:00Z']);
    const objects = await thread.query('SELECT id, body, at FROM notes WHERE id = $1', [1]);
    expect(objects.rows).toEqual([{ id: 1, body: '第一条', at: '2026-11-24 05:00:00+00' }]);
    const arrays = await thread.query('SELECT id, body FROM notes', [], { rowMode: 'array' });
    expect(arrays.rows).toEqual([[1, '第一条']]);
    expect(arrays.fields.map((f) => f.name)).toEqual(['id', 'body']);
  });

  it('commits a transaction that spans several messages, and rolls one back on a throw', async () => {
    await thread.transaction(async (tx) => {
      await tx.query('INSERT INTO notes (id, body) VALUES (10, $1)', ['kept']);
      await tx.query('INSERT INTO notes (id, body) VALUES (11, $1)', ['kept too']);
    });
    await expect(
      thread.transaction(async (tx) => {
        await tx.query('INSERT INTO notes (id, body) VALUES (12, $1)', ['lost']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const { rows } = await thread.query('SELECT id FROM notes WHERE id >= 10 ORDER BY id');
    expect(rows).toEqual([{ id: 10 }, { id: 11 }]);
  });

  it('keeps other queries waiting while a transaction is open, as PGlite does on one thread', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tx = thread.transaction(async (t) => {
      await t.query('INSERT INTO notes (id, body) VALUES (20, $1)', ['in tx']);
      order.push('tx wrote');
      await held;
      order.push('tx ends');
    });
    await new Promise((r) => setTimeout(r, 20));
    const outside = thread.query('SELECT count(*)::int AS n FROM notes WHERE id = 20').then((r) => {
      order.push('outside read');
      return r.rows;
    });
    await new Promise((r) => setTimeout(r, 50));
    release();
    await tx;
    expect(await outside).toEqual([{ n: 1 }]);
    expect(order).toEqual(['tx wrote', 'tx ends', 'outside read']);
  });

  it('passes PostgreSQL errors with their code and constraint, and stays usable', async () => {
    const error = await thread
      .query('INSERT INTO notes (id, body) VALUES (1, $1)', ['again'])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505', constraint: 'notes_pkey' });
    expect((error as Error).message).toMatch(/duplicate key/);
    const failed = await thread
      .transaction(async (tx) => {
        await tx.query('INSERT INTO notes (id, body) VALUES (30, $1)', ['x']);
        await tx.query('INSERT INTO notes (id, body) VALUES (30, $1)', ['y']);
      })
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: '23505' });
    expect((await thread.query('SELECT count(*)::int AS n FROM notes WHERE id = 30')).rows).toEqual([
      { n: 0 },
    ]);
  });

  it('delivers NOTIFY payloads to every listener of the channel', async () => {
    const heard: string[] = [];
    const stop = await thread.listen('notes_changed', (p) => heard.push(`a:${p}`));
    await thread.listen('notes_changed', (p) => heard.push(`b:${p}`));
    await thread.query(`SELECT pg_notify('notes_changed', 'note 1')`);
    await expect.poll(() => heard.length).toBe(2);
    await stop();
    await thread.query(`SELECT pg_notify('notes_changed', 'note 2')`);
    await expect.poll(() => heard).toContain('b:note 2');
    expect(heard).not.toContain('a:note 2');
  });

  it('dumps the data dir and starts a second thread from that image', async () => {
    const image = await thread.dumpDataDir('gzip');
    expect(image.size).toBeGreaterThan(1000);
    const copy = await PgliteThread.start(undefined, image);
    try {
      expect((await copy.query('SELECT body FROM notes WHERE id = 1')).rows).toEqual([{ body: '第一条' }]);
    } finally {
      await copy.close();
    }
  });

  it('rejects calls once the thread is closed instead of hanging', async () => {
    const closing = await PgliteThread.start(undefined, undefined);
    await closing.close();
    await expect(closing.query('SELECT 1')).rejects.toThrow(/PGlite thread stopped/);
  });
});
