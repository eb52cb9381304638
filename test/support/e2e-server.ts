/**
 * A real Closeloop server for browser tests: builds the web app if its sources changed
 * (`node scripts/build-web.mjs`), then runs `node bin/closeloop.js serve` on a free port
 * with a fresh embedded PGlite data dir, no demo data, and one admin; waits for /healthz.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface E2EServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  admin: { email: string; password: string };
  /** What the server printed so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
}

/** Builds web/dist unless it was built from the same sources already. */
export function buildWebApp(): void {
  const result = spawnSync(process.execPath, ['scripts/build-web.mjs'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    throw new Error(`building the web app failed:\n${result.stdout}\n${result.stderr}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`closeloop serve exited with ${child.exitCode} before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`closeloop serve was not healthy within ${timeoutMs} ms:\n${output()}`);
}

export async function startServer(options: { env?: Record<string, string> } = {}): Promise<E2EServer> {
  buildWebApp();
  const dir = mkdtempSync(join(tmpdir(), 'closeloop-e2e-'));
  const port = await freePort();
  const admin = {
    email: 'admin@e2e.closeloop.test',
    password: `e2e-${randomBytes(9).toString('base64url')}`,
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CLOSELOOP_DATA_DIR: join(dir, 'data'),
    CLOSELOOP_DEMO: '0',
    CLOSELOOP_ADMIN_EMAIL: admin.email,
    CLOSELOOP_ADMIN_PASSWORD: admin.password,
    CLOSELOOP_LOG_LEVEL: 'warn',
    ...options.env,
  };
  // Browser tests run on the embedded database only.
  delete env.DATABASE_URL;
  delete env.CLOSELOOP_WORKERS;
  delete env.CLOSELOOP_PUBLIC_URL;

  const child = spawn(process.execPath, ['bin/closeloop.js', 'serve'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => printed;
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(killed);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, output, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, admin, output, stop };
}
