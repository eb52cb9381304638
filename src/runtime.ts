/**
 * Puts a running Closeloop together from its configuration: database, command context,
 * logger. Shared by `serve`, `worker` and the other CLI commands.
 */
import pino from 'pino';
import type { Config } from './config.js';
import { systemRandomBytes, type CommandContext } from './commands/context.js';
import { defaultCalendars } from './domain/sla/index.js';
import { triage } from './domain/triage/index.js';
import { openDatabase, type Database } from './store/database.js';

export interface Runtime {
  ctx: CommandContext;
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
  const ctx: CommandContext = {
    database,
    now: () => new Date(),
    randomBytes: systemRandomBytes,
    calendar: defaultCalendars.cn,
    triage,
  };
  return { ctx, database, log };
}
