/**
 * Puts a running Closeloop together from its configuration: database, command context,
 * logger. Shared by `serve`, `worker` and the other CLI commands.
 */
import pino from 'pino';
import type { Config } from './config.js';
import { systemRandomBytes, type CommandContext } from './commands/context.js';
import { CalendarSource } from './commands/calendar-source.js';
import { DeadlinePolicySource } from './commands/deadline-policy-source.js';
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
    migrate: options.migrate ?? true,
  });
  const calendars = await CalendarSource.start(database, new Date());
  const deadlinePolicies = await DeadlinePolicySource.start(database, new Date());
  // The trained model, loaded once; the lexicon (with a warning) when the file is unusable.
  const { triage } = loadTriage(log);
  const ctx: CommandContext = {
    database,
    now: () => new Date(),
    randomBytes: systemRandomBytes,
    get calendar() {
      return calendars.current;
    },
    deadlinePolicies,
    triage,
    postMortemSeverities: config.postMortemSeverities,
  };
  return { ctx, database, log, calendars };
}
