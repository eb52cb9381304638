/**
 * Puts a running Closeloop together from its configuration: database, command context,
 * logger. Shared by `serve`, `worker` and the other CLI commands.
 */
import pino from 'pino';
import type { Config } from './config.js';
import { systemRandomBytes, type CommandContext } from './commands/context.js';
import { CalendarSource } from './commands/calendar-source.js';
import { DeadlinePolicySource } from './commands/deadline-policy-source.js';
import { TriageModelSource } from './commands/triage-model-source.js';
import { openDatabase, type Database } from './store/database.js';
import { loadTriage } from './triage-model/load-triage-model.js';

export interface Runtime {
  ctx: CommandContext;
  /** The default business calendar, followed as admins change it. */
  calendars: CalendarSource;
  database: Database;
  log: pino.Logger;
}

export function createLogger(config: Pick<Config, 'logLevel'>): pino.Logger {
  return pino({ level: config.logLevel, base: { pid: process.pid } });
}

export async function openRuntime(
  config: Config,
  log: pino.Logger,
  options: { migrate?: boolean } = {},
): Promise<Runtime> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.pgPoolSize,
    pgliteThread: config.pgliteThread,
    migrate: options.migrate ?? true,
  });
  const calendars = await CalendarSource.start(database, new Date());
  const deadlinePolicies = await DeadlinePolicySource.start(database, new Date());
  // The shipped model file (the lexicon, with a warning, when it is unusable), unless an admin
  // activated a retrained model; every process follows a switch (NOTIFY).
  const triageModels = await TriageModelSource.start(database, { shipped: loadTriage(log), log });
  const ctx: CommandContext = {
    database,
    now: () => new Date(),
    randomBytes: systemRandomBytes,
    get calendar() {
      return calendars.current;
    },
    deadlinePolicies,
    triage: triageModels.triage,
    triageModels,
    postMortemSeverities: config.postMortemSeverities,
  };
  return { ctx, database, log, calendars };
}
