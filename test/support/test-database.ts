/**
 * A fresh database for one test file, copied from the run's migrated template, on the
 * engine of the current vitest project (PGlite or PostgreSQL).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/store/database.js';

export const testEngine = (): 'pglite' | 'postgres' => inject('engine');

export async function createTestDatabase(): Promise<Database & { url?: string }> {
  if (inject('engine') === 'pglite') {
    const image = new Blob([readFileSync(inject('pgliteImage'))]);
    return openDatabase({ loadDataDir: image, migrate: false });
  }
  const url = inject('postgresUrl');
  const name = `closeloop_t_${process.ppid}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  } finally {
    await admin.end();
  }
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: dbUrl.toString(), poolSize: 5, migrate: false });
  const closePool = database.close.bind(database);
  return Object.assign(database, {
    url: dbUrl.toString(),
    async close() {
      await closePool();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await dropper.end();
    },
  });
}
