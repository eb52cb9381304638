/**
 * PGlite's auto-analyze (store/pglite-auto-analyze.ts): statistics follow a growing table, so
 * foreign-key checks planned on an empty table do not keep scanning it as it grows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeChangedTables } from '../../src/store/pglite-auto-analyze.js';
import { PgliteThread } from '../../src/store/pglite-thread.js';
import { testEngine } from '../support/test-database.js';

describe.runIf(testEngine() === 'pglite')('PGlite auto-analyze', () => {
  let db: PgliteThread;
  beforeAll(async () => {
    db = await PgliteThread.start(undefined, undefined);
    await db.exec(`CREATE TABLE parent (id uuid PRIMARY KEY);
      CREATE TABLE child (id serial PRIMARY KEY, parent_id uuid REFERENCES parent(id));`);
    await db.exec('VACUUM ANALYZE'); // as the daily upkeep does on a new, empty database
  });
  afterAll(async () => db.close());

  const insertBatches = async (batches: number): Promise<number> => {
    const started = performance.now();
    for (let i = 0; i < batches; i++) {
      await db.query(`WITH p AS (INSERT INTO parent SELECT gen_random_uuid() FROM generate_series(1, 25) RETURNING id)
        INSERT INTO child (parent_id) SELECT id FROM p`);
    }
    return performance.now() - started;
  };

  it('analyzes only the tables that changed past autovacuum’s threshold', async () => {
    await insertBatches(1); // 25 rows each: below 50
    expect(await analyzeChangedTables(db)).toEqual([]);
    await insertBatches(4);
    expect((await analyzeChangedTables(db)).sort()).toEqual(['public.child', 'public.parent']);
    expect(await analyzeChangedTables(db)).toEqual([]);
  });

  it('puts key checks planned on an empty table back on the index', async () => {
    // A fresh database analyzed while empty: the key check child → parent is planned as a
    // scan of parent, and stays so on this one connection while parent grows.
    await db.exec('TRUNCATE child, parent');
    await db.exec('ANALYZE parent');
    await db.exec('ANALYZE child');
    await db.exec('DISCARD PLANS');
    await insertBatches(1);
    await insertBatches(300); // 7,500 parents
    const stale = await insertBatches(50);
    expect(await analyzeChangedTables(db)).toContain('public.parent');
    const fresh = await insertBatches(50);
    expect(fresh).toBeLessThan(stale / 2);
  });
});
