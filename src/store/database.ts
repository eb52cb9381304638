/**
 * Opens the database: the PostgreSQL named by DATABASE_URL, else embedded PGlite in the data dir.
 *
 * Both engines get the same Drizzle schema and the same migrations, applied here at start
 * (under an advisory lock, so several processes starting at once apply them once). The rest
 * of the code sees only `Database` and never asks which engine it runs on, except for the
 * few engine facts exposed here (PGlite has no autovacuum and belongs to one process).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { PgliteThread } from './pglite-thread.js';
import { startAutoAnalyze } from './pglite-auto-analyze.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that runs queries: the database or an open transaction. */
export type Executor = Db | Tx;

export type Engine = 'pglite' | 'postgres';

export interface Database {
  readonly engine: Engine;
  readonly db: Db;
  /** Calls `onMessage` for each NOTIFY on `channel`; resolves to an unsubscribe function. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /** PGlite only: the whole data dir as a gzipped tar, consistent as of the call. */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
const migrationLockKey = 4_242_001;

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  poolSize?: number;
  /** A PGlite data dir image to start from (tests copy a migrated template). */
  loadDataDir?: Blob;
  /** Skip migrations (the caller knows the schema is current). */
  migrate?: boolean;
  /**
   * PGlite on a worker thread of its own (the default), or on the calling thread
   * (`false`: one-shot commands that gain nothing from a second core).
   */
  pgliteThread?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.poolSize ?? 20)
    : await openPglite(options.dataDir, options.loadDataDir, options.pgliteThread ?? true);
  if (options.migrate !== false) {
    try {
      await database.migrate();
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

interface MigratableDatabase extends Database {
  migrate(): Promise<void>;
}

async function openPostgres(url: string, poolSize: number): Promise<MigratableDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'closeloop' });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzlePostgres(pool, { schema }) as unknown as Db; // both drivers share PgDatabase
  let listener: pg.Client | undefined;
  const handlers = new Map<string, Set<(payload: string) => void>>();
  return {
    engine: 'postgres',
    db,
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
        await migratePostgres(drizzlePostgres(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
        client.release();
      }
    },
    async listen(channel, onMessage) {
      if (!listener) {
        listener = new pg.Client({ connectionString: url, application_name: 'closeloop-listen' });
        listener.on('error', () => undefined);
        listener.on('notification', (n) => {
          for (const h of handlers.get(n.channel) ?? []) h(n.payload ?? '');
        });
        await listener.connect();
      }
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await listener.query(`LISTEN ${quoteIdentifier(channel)}`);
      }
      set.add(onMessage);
      return async () => {
        set.delete(onMessage);
      };
    },
    async close() {
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

async function openPglite(
  dataDir: string | undefined,
  image: Blob | undefined,
  onThread: boolean,
): Promise<MigratableDatabase> {
  let lock: DataDirLock | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lock = acquireDataDirLock(dataDir);
  }
  let client: PGlite | PgliteThread;
  try {
    client = onThread
      ? await PgliteThread.start(dataDir, image)
      : await PGlite.create({ dataDir, ...(image ? { loadDataDir: image } : {}) });
  } catch (error) {
    lock?.release();
    throw error;
  }
  // drizzle-orm/pglite calls only query() and transaction(), which the thread offers too.
  const asPglite = client as PGlite;
  const db = drizzlePglite(asPglite, { schema }) as unknown as Db;
  // PGlite has no autovacuum: its statistics follow the tables here (pglite-auto-analyze.ts).
  const stopAutoAnalyze = startAutoAnalyze(
    { query: (text) => client.query(text), exec: (text) => client.exec(text) },
    { onError: () => undefined },
  );
  return {
    engine: 'pglite',
    db,
    async migrate() {
      await migratePglite(drizzlePglite(asPglite, { schema }), { migrationsFolder });
    },
    dumpDataDir: () => client.dumpDataDir('gzip'),
    async listen(channel, onMessage) {
      const unlisten = await client.listen(channel, onMessage);
      return () => unlisten();
    },
    async close() {
      await stopAutoAnalyze();
      await client.close();
      lock?.release();
    },
  };
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Runs raw SQL and returns its rows, on either driver. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  // Both drivers answer an object with `rows`; their declared types differ.
  const result = (await executor.execute(query)) as { rows: T[] };
  return result.rows;
}
