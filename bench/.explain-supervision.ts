import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, type Executor } from '../src/store/database.js';
import { deadlineBoard, workload } from '../src/store/supervision-repository.js';
import { bulkComplaints } from './support/bulk-complaints.js';
process.env.BENCH_ENGINES = 'none';
const { addSupervisionData, toSteadyState } = await import('./supervision.bench.js');
const now = new Date();
const database = await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'supx-')) });
await bulkComplaints(database, 100_000, now);
await addSupervisionData(database, now);
await toSteadyState(database, now);
await database.db.execute(sql`VACUUM ANALYZE`);
const explain = {
  execute: async (q: SQL) => {
    const r = (await database.db.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${q}`)) as unknown as { rows: Record<string, string>[] };
    console.log(r.rows.map((x) => Object.values(x)[0]).join('\n'));
    return { rows: [] };
  },
} as unknown as Executor;
await deadlineBoard(explain, now);
await workload(explain, now);
await database.close();
