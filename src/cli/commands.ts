/**
 * The CLI's commands: each with its summary, options, help text and what it runs.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import type { Config } from '../config.js';
import { createLogger, openRuntime } from '../runtime.js';
import { serve } from './serve.js';
import { startJobRunner } from '../jobs/runner.js';
import { loadTriage } from '../triage-model/load-triage-model.js';
import { triageLines } from './triage-lines.js';
import { runTriageModelCommand } from './triage-models.js';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface CliCommand {
  summary: string;
  help: string;
  options: OptionSpec;
  /** Takes subcommands or arguments after its name (`closeloop triage activate <version>`). */
  positionals?: boolean;
  run: (
    config: Config,
    values: Record<string, string | boolean | undefined>,
    positionals?: string[],
  ) => Promise<void>;
}

const environment = `Environment (CONTRACT.md §1):
  DATABASE_URL          postgres://… to use PostgreSQL; unset: embedded PGlite
  CLOSELOOP_DATA_DIR    PGlite data directory (default ./data)`;

export const commands: Record<string, CliCommand> = {
  serve: {
    summary: 'Run the web app and the API (and the jobs, unless CLOSELOOP_WORKERS=0)',
    options: {},
    help: `Usage: closeloop serve

Applies migrations, seeds demo data into a new database (CLOSELOOP_DEMO), makes sure
the admin of CLOSELOOP_ADMIN_EMAIL exists, and serves the API and the web app.

${environment}
  PORT / HOST           where to listen (default 3000 / 127.0.0.1)
  CLOSELOOP_DEMO        1: demo data in a new database; 0: never (default 1 on PGlite)
  CLOSELOOP_WORKERS     0: run no jobs here (a separate \`closeloop worker\` does; PostgreSQL only)`,
    run: (config) => serve(config),
  },
  worker: {
    summary: 'Run background jobs in their own process (PostgreSQL)',
    options: { once: { type: 'boolean' } },
    help: `Usage: closeloop worker [--once]

Runs the job queue: acknowledgements, database upkeep. Any number of workers (and
servers) can share one PostgreSQL; each job runs once. With --once: run what is due, then exit.

${environment}`,
    async run(config, values) {
      const log = createLogger(config);
      if (!config.databaseUrl && !values.once) {
        throw new Error(
          'closeloop worker needs DATABASE_URL: the embedded database belongs to the server process.',
        );
      }
      const { ctx, database } = await openRuntime(config, log);
      const runner = await startJobRunner(ctx, { log });
      if (values.once) {
        const ran = await runner.drain();
        log.info({ ran }, 'worker ran the due jobs');
        await runner.stop();
        await database.close();
        return;
      }
      await new Promise<void>((resolveStop) => {
        const stop = () => resolveStop();
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
      await runner.stop();
      await database.close();
    },
  },
  migrate: {
    summary: 'Apply database migrations and exit',
    options: {},
    help: `Usage: closeloop migrate

Applies every pending migration (the server also does this at start).

${environment}`,
    async run(config) {
      const log = createLogger(config);
      const { database } = await openRuntime(config, log);
      log.info({ engine: database.engine }, 'migrations applied');
      await database.close();
    },
  },
  triage: {
    summary: 'Triage JSON lines from stdin; retrain with corrections, list and switch models',
    options: { activate: { type: 'boolean' } },
    positionals: true,
    help: `Usage: closeloop triage < complaints.jsonl > results.jsonl
       closeloop triage retrain [--activate]
       closeloop triage models
       closeloop triage activate <version|shipped>

Reads one JSON object per line, {"text": "...", "locale": "zh-CN"} (locale optional, a hint),
and writes one line per input line, in order: the triage result (language, category, emotion,
risks, severity, urgent, explanation, modelVersion), or {"error": {...}, "line": n} for a bad
line. Needs no database, and runs the shipped model file. Logs go to stderr.

retrain: trains a new model on corpus/triage plus agents' corrections, prints held-out accuracy
and macro-F1 before (the active model) and after, and stores it; --activate also makes it active.
models: the shipped and the stored models. activate: makes one active in every process (on
PostgreSQL; stop the server first on PGlite); "shipped" switches back to the shipped model.

${environment}`,
    async run(config, values, positionals = []) {
      if (positionals.length > 0 || values.activate) {
        await runTriageModelCommand(config, positionals, values.activate === true, commands.triage!.help);
        return;
      }
      const log = pino({ level: config.logLevel }, pino.destination(2));
      const { triage } = loadTriage(log);
      const summary = await triageLines(process.stdin, process.stdout, triage);
      log.info(summary, 'triage done');
    },
  },
  vacuum: {
    summary: 'VACUUM ANALYZE the database (PGlite has no autovacuum)',
    options: {},
    help: `Usage: closeloop vacuum

Runs VACUUM ANALYZE. The jobs do this daily on PGlite; run it after a large import.

${environment}`,
    async run(config) {
      const log = createLogger(config);
      const { database } = await openRuntime(config, log);
      const started = performance.now();
      await database.db.execute(sql`VACUUM ANALYZE`);
      log.info({ ms: Math.round(performance.now() - started) }, 'vacuum done');
      await database.close();
    },
  },
  backup: {
    summary: 'Write a backup of the database to a file',
    options: { out: { type: 'string', short: 'o' } },
    help: `Usage: closeloop backup [--out FILE]

PGlite: writes the data directory as a .tar.gz (restore: unpack it as the data dir).
PostgreSQL: runs pg_dump --format=custom (restore with pg_restore); pg_dump must be on PATH.
Default FILE: ./backups/closeloop-<time>.tar.gz or .dump.

${environment}`,
    async run(config, values) {
      const log = createLogger(config);
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const out = resolve(
        typeof values.out === 'string'
          ? values.out
          : `backups/closeloop-${stamp}.${config.databaseUrl ? 'dump' : 'tar.gz'}`,
      );
      mkdirSync(dirname(out), { recursive: true });
      if (config.databaseUrl) {
        await new Promise<void>((resolveDump, reject) => {
          const child = spawn('pg_dump', ['--format=custom', `--file=${out}`, config.databaseUrl!], {
            stdio: 'inherit',
          });
          child.on('error', (e) => reject(new Error(`pg_dump could not start: ${e.message}`)));
          child.on('exit', (code) =>
            code === 0 ? resolveDump() : reject(new Error(`pg_dump exited with ${code}`)),
          );
        });
      } else {
        const { database } = await openRuntime(config, log);
        const image = await database.dumpDataDir!();
        writeFileSync(out, Buffer.from(await image.arrayBuffer()));
        await database.close();
      }
      log.info({ file: out }, 'backup written');
      console.log(out);
    },
  },
};
