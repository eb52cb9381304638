/**
 * Starts a real `closeloop serve` for a benchmark, on PGlite (fresh data dir) or on a
 * fresh PostgreSQL database, and logs in as its admin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type Engine = 'pglite' | 'postgres';
export const admin = { email: 'bench-admin@example.com', password: 'Bench-admin-2026' };

export interface BenchServer {
  base: string;
  token: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /**
   * CPU seconds the server process has used so far, all its threads (Linux /proc), or
   * undefined elsewhere. Per complaint it is steadier than throughput when other work
   * shares the cores.
   */
  cpuSeconds: () => number | undefined;
  stop: () => Promise<void>;
}

function processCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name: state is 3, utime 14, stime 15 (clock ticks, 100 per second).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

export const postgresUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

export async function freshPostgresDatabase(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}

export async function startBenchServer(
  engine: Engine,
  options: { dataDir?: string; databaseUrl?: string; env?: Record<string, string> } = {},
): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'closeloop-bench-'));
  const databaseUrl =
    engine === 'postgres'
      ? (options.databaseUrl ?? (await freshPostgresDatabase('closeloop_bench')))
      : undefined;
  // BENCH_NODE_ARGS passes flags to the server's node (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'bin/closeloop.js', 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      CLOSELOOP_DATA_DIR: dataDir,
      CLOSELOOP_DEMO: '0',
      CLOSELOOP_ADMIN_EMAIL: admin.email,
      CLOSELOOP_ADMIN_PASSWORD: admin.password,
      CLOSELOOP_LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl ?? '',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('server did not start');
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const { token } = (await login.json()) as { token: string };
  return {
    base,
    token,
    databaseUrl,
    dataDir,
    cpuSeconds: () => processCpuSeconds(child.pid),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function table(rows: Record<string, string | number>[]): string {
  const keys = Object.keys(rows[0] ?? {});
  const width = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join('  ');
  return [
    line(keys),
    line(width.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(keys.map((k) => String(r[k])))),
  ].join('\n');
}
