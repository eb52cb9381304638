/**
 * A complaint answered with 201 survives kill -9 of the server (CONTRACT.md, core platform).
 * Runs the real `closeloop serve` as a child process on the current engine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine } from '../support/test-database.js';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../src/store/database.js';

const admin = { email: 'durability-admin@example.com', password: 'Durable-admin-2026' };
let dataDir: string;
let database: (Database & { url?: string }) | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function processEnv(port: number, extra: Record<string, string> = {}) {
  return {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CLOSELOOP_DATA_DIR: dataDir,
    CLOSELOOP_DEMO: '0',
    CLOSELOOP_ADMIN_EMAIL: admin.email,
    CLOSELOOP_ADMIN_PASSWORD: admin.password,
    CLOSELOOP_LOG_LEVEL: 'warn',
    DATABASE_URL: testEngine() === 'postgres' ? database!.url! : '',
    ...extra,
  };
}

async function startServer(port: number, extra: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/closeloop.js', 'serve'], {
    env: processEnv(port, extra),
    stdio: 'ignore',
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'closeloop-durability-'));
  if (testEngine() === 'postgres') database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe(`durability on ${testEngine()}`, () => {
  it('keeps a complaint answered with 201 through kill -9 and a restart', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = await startServer(port);
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    const { token } = (await login.json()) as { token: string };
    const created = await fetch(`${base}/api/v1/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        channel: 'email',
        customer: { name: 'Ann', email: 'ann@example.com' },
        description: 'The parcel arrived crushed and the glass inside was broken.',
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));

    const second = await startServer(port);
    try {
      const relogin = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(admin),
      });
      const { token: token2 } = (await relogin.json()) as { token: string };
      const after = await fetch(`${base}/api/v1/complaints/${id}`, {
        headers: { authorization: `Bearer ${token2}` },
      });
      expect(after.status).toBe(200);
      expect(((await after.json()) as { description: string }).description).toContain('crushed');
    } finally {
      second.kill('SIGTERM');
      await new Promise((r) => second.once('exit', r));
    }
  });
});

describe.runIf(testEngine() === 'postgres')('several processes on PostgreSQL', () => {
  it('leaves the jobs to a separate worker when the server runs with CLOSELOOP_WORKERS=0', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startServer(port, { CLOSELOOP_WORKERS: '0' });
    const workers = [0, 1].map(() =>
      spawn(process.execPath, ['bin/closeloop.js', 'worker'], { env: processEnv(port), stdio: 'ignore' }),
    );
    try {
      const filed = await fetch(`${base}/api/v1/public/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          customer: { name: 'Bo', email: 'bo@example.com' },
          description: 'Two workers, one letter.',
        }),
      });
      expect(filed.status).toBe(201);
      const { trackingNumber } = (await filed.json()) as { trackingNumber: string };
      let rows: { recipient: string }[] = [];
      for (let i = 0; i < 100 && rows.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 200));
        rows = await queryRows<{ recipient: string }>(
          database!.db,
          sql`SELECT o.recipient FROM outbox o JOIN complaints c ON c.id = o.complaint_id
              WHERE c.tracking_number = ${trackingNumber}`,
        );
      }
      expect(rows).toEqual([{ recipient: 'bo@example.com' }]);
    } finally {
      for (const child of [server, ...workers]) child.kill('SIGTERM');
      await Promise.all(
        [server, ...workers].map(
          (c) => new Promise((r) => (c.exitCode === null ? c.once('exit', r) : r(null))),
        ),
      );
    }
  });
});
