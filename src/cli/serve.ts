/**
 * `closeloop serve`: the server process. Starts the database, the admin, demo data on a
 * new database, the HTTP server and (unless CLOSELOOP_WORKERS=0) the job runner; on
 * SIGTERM it stops taking requests, finishes the ones in flight, then closes the database.
 */
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { ensureAdmin } from '../commands/accounts/users.js';
import { startJobRunner, type JobRunner } from '../jobs/runner.js';
import { createLogger, openRuntime } from '../runtime.js';
import { buildApp } from '../server/app.js';
import { demoUsers } from '../demo/demo-users.js';
import { countUsers, findUserByEmail } from '../store/user-repository.js';

export async function serve(config: Config): Promise<void> {
  const log = createLogger(config);
  const started = performance.now();
  const { ctx, database, calendars } = await openRuntime(config, log);
  const isNewDatabase = (await countUsers(database.db)) === 0;
  if (config.admin) await ensureAdmin(ctx, config.admin);

  if (config.demo && isNewDatabase) {
    log.info('new database: seeding bilingual demo data');
    const { seedDemo } = await import('../demo/seed-demo.js'); // demo code stays out of production starts
    const seeded = await seedDemo(ctx);
    log.info({ complaints: seeded.complaints }, 'demo data ready');
  }
  // The demo logins are printed whenever this database has them (not only on the first start).
  const demoLogins = (await findUserByEmail(database.db, demoUsers[0]!.email)) ? demoUsers : [];

  const app = await buildApp({
    ctx,
    logger: log,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    webRoot: fileURLToPath(new URL('../../web/dist', import.meta.url)),
    reloadCalendar: () => calendars.reload(),
  });
  let runner: JobRunner | undefined;
  if (config.runJobs) runner = await startJobRunner(ctx, { log });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close();
    await runner?.stop();
    await database.close();
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  const lines = [
    '',
    `Closeloop is running at ${url}`,
    `  database: ${database.engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    `  API docs: ${url}/api/docs   OpenAPI: ${url}/api/v1/openapi.json`,
    `  started in ${Math.round(performance.now() - started)} ms`,
  ];
  if (demoLogins.length) {
    lines.push('', 'Demo logins (email / password):');
    for (const l of demoLogins) lines.push(`  ${l.role.padEnd(16)} ${l.email.padEnd(34)} ${l.password}`);
  }
  if (config.admin) lines.push('', `Admin: ${config.admin.email} (from CLOSELOOP_ADMIN_EMAIL)`);
  console.log(lines.join('\n') + '\n');
}
