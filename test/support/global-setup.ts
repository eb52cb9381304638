/**
 * Once per test run and engine: a migrated template database that each test file copies
 * (STACK.md rule 8): a PGlite data dir image, or a PostgreSQL template database.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/store/database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: 'pglite' | 'postgres';
    pgliteImage: string;
    postgresTemplate: string;
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const engine = project.config.env?.CLOSELOOP_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
  project.provide('engine', engine);
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'closeloop-template-'));
    const database = await openDatabase({ dataDir: undefined });
    const image = await database.dumpDataDir!();
    await database.close();
    const file = join(dir, 'template.tar.gz');
    writeFileSync(file, Buffer.from(await image.arrayBuffer()));
    project.provide('pgliteImage', file);
    project.provide('postgresTemplate', '');
    project.provide('postgresUrl', '');
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL!;
  const template = `closeloop_tpl_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const database = await openDatabase({ databaseUrl: withDatabase(url, template), poolSize: 2 });
  await database.close();
  project.provide('pgliteImage', '');
  project.provide('postgresTemplate', template);
  project.provide('postgresUrl', url);
  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`closeloop_t_${process.pid}_%`],
    );
    for (const row of leftovers.rows) {
      await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    }
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
