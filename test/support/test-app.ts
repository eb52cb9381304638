/**
 * A whole Closeloop for one test file: a copied database, a fake clock, the Fastify app
 * (driven with app.inject), and helpers to make users and log them in.
 */
import type { LightMyRequestResponse } from 'fastify';
import { createUser } from '../../src/commands/accounts/users.js';
import { systemRandomBytes, type CommandContext } from '../../src/commands/context.js';
import { CalendarSource } from '../../src/commands/calendar-source.js';
import { DeadlinePolicySource } from '../../src/commands/deadline-policy-source.js';
import { TriageModelSource } from '../../src/commands/triage-model-source.js';
import { lexiconModelVersion, triage } from '../../src/domain/triage/index.js';
import type { CorpusRow } from '../../src/triage-model/corpus.js';
import type { LoadedTriage } from '../../src/triage-model/load-triage-model.js';
import type { Role } from '../../src/domain/vocabulary.js';
import { buildApp, type AppOptions } from '../../src/server/app.js';
import type { App } from '../../src/server/routes/route-context.js';
import type { Database } from '../../src/store/database.js';
import { fakeClock, type FakeClock } from './fake-clock.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: App;
  ctx: CommandContext;
  database: Database;
  clock: FakeClock;
  /** Creates a user with this role and answers a session token for it. */
  login: (
    role: Role,
    email?: string,
  ) => Promise<{ token: string; userId: string; email: string; password: string }>;
  request: (options: {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
    url: string;
    token?: string | undefined;
    body?: unknown;
    headers?: Record<string, string>;
    payload?: string | Buffer;
  }) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
}

let users = 0;

/** The shipped triage (default: the lexicon) and the corpus a retrain learns from (default: corpus/triage). */
export interface TestTriageSetup {
  shipped?: LoadedTriage;
  corpus?: () => readonly CorpusRow[];
}

export async function createTestApp(
  options: Partial<AppOptions> = {},
  triageSetup: TestTriageSetup = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = fakeClock();
  const calendars = await CalendarSource.start(database, clock.now());
  const deadlinePolicies = await DeadlinePolicySource.start(database, clock.now());
  const triageModels = await TriageModelSource.start(database, {
    shipped: triageSetup.shipped ?? { triage, modelVersion: lexiconModelVersion, model: null },
    ...(triageSetup.corpus ? { corpus: triageSetup.corpus } : {}),
  });
  const ctx: CommandContext = {
    database,
    now: clock.now,
    randomBytes: systemRandomBytes,
    get calendar() {
      return calendars.current;
    },
    deadlinePolicies,
    triage: triageModels.triage,
    triageModels,
  };
  const app = await buildApp({
    ctx,
    reloadCalendar: () => calendars.reload(),
    rateLimits: { publicIntakePerMinute: 10_000, publicLookupPerMinute: 10_000, loginPerMinute: 10_000 },
    ...options,
  });
  await app.ready();
  const request: TestApp['request'] = async ({ method, url, token, body, headers = {}, payload }) =>
    app.inject({
      method,
      url,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      payload: payload ?? (body !== undefined ? JSON.stringify(body) : undefined),
    });
  return {
    app,
    ctx,
    database,
    clock,
    request,
    async login(role, email) {
      users++;
      const address = email ?? `${role}${users}-${Math.random().toString(36).slice(2, 8)}@example.com`;
      const password = `Pass-${role}-2026-long`;
      const user = await createUser(ctx, { email: address, name: `Test ${role} ${users}`, role, password });
      const res = await request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email: address, password },
      });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      return { token: res.json<{ token: string }>().token, userId: user.id, email: address, password };
    },
    async close() {
      await app.close();
      await calendars.stop();
      await deadlinePolicies.stop();
      await triageModels.stop();
      await database.close();
    },
  };
}
