/**
 * Configuration: the environment of CONTRACT.md §1, parsed once with zod.
 *
 * A bad value stops the start with a message naming the variable. The rest of the
 * code receives a `Config` and never reads `process.env` itself.
 */
import { z } from 'zod';
import { postMortemSeverities } from './domain/sla/sla-clock.js';
import { severities, type Severity } from './domain/vocabulary.js';

const flag = (fallback: boolean) =>
  z
    .enum(['0', '1', 'true', 'false'], { message: 'must be 0 or 1' })
    .optional()
    .transform((v) => (v === undefined ? fallback : v === '1' || v === 'true'));

const EnvSchema = z
  .object({
    PORT: z.coerce
      .number({ message: 'must be a port number 0–65535' })
      .int('must be a port number 0–65535')
      .min(0, 'must be a port number 0–65535')
      .max(65535, 'must be a port number 0–65535')
      .default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    CLOSELOOP_DATA_DIR: z.string().min(1).default('./data'),
    CLOSELOOP_DEMO: flag(true),
    CLOSELOOP_ADMIN_EMAIL: z.email('must be an email address').optional(),
    CLOSELOOP_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
    CLOSELOOP_WORKERS: z.coerce
      .number({ message: 'must be 0 (no jobs in this process) or a small whole number' })
      .int('must be a whole number')
      .min(0)
      .max(64)
      .default(1),
    CLOSELOOP_LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    CLOSELOOP_PUBLIC_URL: z.url('must be a URL').optional(),
    CLOSELOOP_TRUST_PROXY: flag(false),
    CLOSELOOP_POST_MORTEM_SEVERITIES: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        const list =
          v.trim() === 'none'
            ? []
            : v
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean);
        const wrong = list.filter((s) => !(severities as readonly string[]).includes(s));
        if (wrong.length || (list.length === 0 && v.trim() !== 'none')) {
          ctx.addIssue({
            code: 'custom',
            message: `must be a comma-separated list of ${severities.join(', ')}, or none`,
          });
          return z.NEVER;
        }
        return [...new Set(list)] as Severity[]; // every item was checked against the severities
      }),
    CLOSELOOP_PGLITE_THREAD: flag(true),
    CLOSELOOP_PG_POOL: z.coerce
      .number({ message: 'must be a number of connections 1–200' })
      .int()
      .min(1)
      .max(200)
      .default(20),
  })
  .superRefine((env, ctx) => {
    if ((env.CLOSELOOP_ADMIN_EMAIL === undefined) !== (env.CLOSELOOP_ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['CLOSELOOP_ADMIN_PASSWORD'],
        message: 'CLOSELOOP_ADMIN_EMAIL and CLOSELOOP_ADMIN_PASSWORD must be set together',
      });
    }
    if (env.CLOSELOOP_WORKERS === 0 && env.DATABASE_URL === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['CLOSELOOP_WORKERS'],
        message: 'CLOSELOOP_WORKERS=0 needs DATABASE_URL: an embedded database belongs to one process',
      });
    }
  });

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  admin: { email: string; password: string } | undefined;
  runJobs: boolean;
  logLevel: z.infer<typeof EnvSchema>['CLOSELOOP_LOG_LEVEL'];
  publicUrl: string | undefined;
  trustProxy: boolean;
  pgPoolSize: number;
  /** Embedded PGlite on a worker thread of its own (default) or on the main thread. */
  pgliteThread: boolean;
  /** Severities whose resolution starts a post-mortem clock (48 h). */
  postMortemSeverities: readonly Severity[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankToUndefined = Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]),
  );
  const parsed = EnvSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.CLOSELOOP_DATA_DIR,
    // Demo data by default on the embedded database; a PostgreSQL install opts in with CLOSELOOP_DEMO=1.
    demo: env.CLOSELOOP_DEMO ? e.CLOSELOOP_DEMO : e.DATABASE_URL === undefined,
    admin:
      e.CLOSELOOP_ADMIN_EMAIL && e.CLOSELOOP_ADMIN_PASSWORD
        ? { email: e.CLOSELOOP_ADMIN_EMAIL, password: e.CLOSELOOP_ADMIN_PASSWORD }
        : undefined,
    runJobs: e.CLOSELOOP_WORKERS > 0,
    logLevel: e.CLOSELOOP_LOG_LEVEL,
    publicUrl: e.CLOSELOOP_PUBLIC_URL,
    trustProxy: e.CLOSELOOP_TRUST_PROXY,
    pgPoolSize: e.CLOSELOOP_PG_POOL,
    pgliteThread: e.CLOSELOOP_PGLITE_THREAD,
    postMortemSeverities: e.CLOSELOOP_POST_MORTEM_SEVERITIES ?? postMortemSeverities,
  };
}
