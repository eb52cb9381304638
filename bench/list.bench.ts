/**
 * npm run bench:list: list, filter and search latency through the real server with
 * BENCH_ROWS (default 100,000) complaints, on PGlite and PostgreSQL. Each query runs
 * sequentially BENCH_REPEATS times (default 300) after a warm-up. Prints a table and,
 * last, the JSON line of CONTRACT.md §12.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/store/database.js';
import { benchTrackingNumber, bulkComplaints } from './support/bulk-complaints.js';
import {
  dropPostgresDatabase,
  freshPostgresDatabase,
  startBenchServer,
  table,
  type Engine,
} from './support/server.js';

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const repeats = Number(process.env.BENCH_REPEATS ?? 300);
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as Engine[];

const queries: Record<string, string> = {
  'newest 50': '/api/v1/complaints?limit=50',
  'status=in_progress': '/api/v1/complaints?status=in_progress&limit=50',
  'category+status': '/api/v1/complaints?category=logistics&status=new,triaged&limit=50',
  'search 快递 (common)': `/api/v1/complaints?q=${encodeURIComponent('快递')}&limit=50`,
  'search 羽绒服 破洞 (2 terms)': `/api/v1/complaints?q=${encodeURIComponent('羽绒服 破洞')}&limit=50`,
  'search order no. (1 row)': '/api/v1/complaints?q=150042&limit=50',
  'search refund (en)': '/api/v1/complaints?q=refund&limit=50',
  'search + category': `/api/v1/complaints?q=${encodeURIComponent('扣款')}&category=policy&limit=50`,
  'tracking number': `/api/v1/complaints?trackingNumber=${benchTrackingNumber(50_000)}`,
  'search tracking number (q)': `/api/v1/complaints?q=${encodeURIComponent(benchTrackingNumber(50_000).slice(3).toLowerCase())}&limit=50`,
  'search refunded (stemmed)': '/api/v1/complaints?q=refunded&limit=50',
};

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const results: { engine: Engine; query: string; items: number; p50Ms: number; p99Ms: number }[] = [];
for (const engine of engines) {
  const dataDir = mkdtempSync(join(tmpdir(), 'closeloop-bench-list-'));
  const databaseUrl = engine === 'postgres' ? await freshPostgresDatabase('closeloop_bench_list') : undefined;
  const seeding = performance.now();
  const database = await openDatabase({ databaseUrl, dataDir });
  await bulkComplaints(database, rows, new Date());
  await database.close();
  console.error(
    `${engine}: seeded ${rows} complaints in ${Math.round((performance.now() - seeding) / 1000)} s`,
  );
  const server = await startBenchServer(engine, { dataDir, databaseUrl });
  try {
    for (const [name, path] of Object.entries(queries)) {
      const get = async () => {
        const res = await fetch(server.base + path, { headers: { authorization: `Bearer ${server.token}` } });
        if (!res.ok) throw new Error(`${name}: ${res.status} ${await res.text()}`);
        return ((await res.json()) as { items: unknown[] }).items.length;
      };
      let items = 0;
      for (let i = 0; i < 20; i++) items = await get();
      const times: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const t0 = performance.now();
        await get();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      results.push({
        engine,
        query: name,
        items,
        p50Ms: +quantile(times, 0.5).toFixed(2),
        p99Ms: +quantile(times, 0.99).toFixed(2),
      });
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (engine === 'postgres') await dropPostgresDatabase('closeloop_bench_list');
  }
}
console.log(table(results));
console.log(
  JSON.stringify({
    bench: 'list',
    rows,
    results: results.map(({ engine, query, p50Ms, p99Ms }) => ({ engine, query, p50Ms, p99Ms })),
  }),
);
