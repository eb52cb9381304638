/**
 * npm run bench:intake: complaints recorded per second through the real server
 * (POST /api/v1/complaints, 50 connections, 20 s) on PGlite and on PostgreSQL.
 * Prints a table and, last, the JSON line of CONTRACT.md §12.
 * BENCH_SECONDS and BENCH_CONNECTIONS override the defaults; BENCH_ENGINES=pglite limits engines.
 */
import autocannon from 'autocannon';
import { dropPostgresDatabase, startBenchServer, table, type Engine } from './support/server.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as Engine[];

const bodies = [
  {
    channel: 'phone',
    customer: { name: '王女士', phone: '13800138000', tier: 'vip' },
    subject: '快递破损',
    description: '快递包装破损,杯子碎了两个,客服电话一直打不通。希望尽快补发,否则我要投诉到消协。',
    expectation: '补发或退款',
    orderRef: 'JD-2026-000123',
  },
  {
    channel: 'email',
    customer: { name: 'Ann Smith', email: 'ann@example.com' },
    description:
      'The parcel arrived crushed and the glass inside was broken. Nobody answered my two emails last week.',
    expectation: 'A replacement by Friday',
  },
  {
    channel: 'in_person',
    customer: { name: '陈先生', email: 'chen@example.cn' },
    subject: '菜里有头发',
    description: '今天中午在贵店用餐,菜里吃出头发,服务员态度很差,还说不可能。',
    complexity: 'complex',
  },
];

const results = [];
for (const engine of engines) {
  const server = await startBenchServer(engine);
  try {
    let i = 0;
    const cpuBefore = server.cpuSeconds();
    const run = await autocannon({
      url: server.base,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/complaints',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
          setupRequest: (req: object) => {
            const body = {
              ...bodies[i % bodies.length]!,
              customer: { ...bodies[i % bodies.length]!.customer },
            };
            // Many customers, some repeat: contact keys vary so the customer lookup does real work.
            if ('email' in body.customer) body.customer.email = `c${i % 5000}@example.com`;
            i++;
            return { ...req, body: JSON.stringify(body) };
          },
        },
      ],
    });
    const ok = run['2xx'];
    const cpuAfter = server.cpuSeconds();
    const cpuMsPerComplaint =
      cpuBefore === undefined || cpuAfter === undefined || ok === 0
        ? 'n/a'
        : Number((((cpuAfter - cpuBefore) * 1000) / ok).toFixed(2));
    results.push({
      engine,
      processes: 1,
      connections,
      seconds,
      complaints: ok,
      errors: run.errors + run.non2xx,
      complaintsPerSecond: Math.round(ok / run.duration),
      p50Ms: run.latency.p50,
      p99Ms: run.latency.p99,
      serverCpuMsPerComplaint: cpuMsPerComplaint,
    });
  } finally {
    await server.stop();
    if (engine === 'postgres') await dropPostgresDatabase('closeloop_bench');
  }
}
console.log(table(results));
console.log(
  JSON.stringify({
    bench: 'intake',
    results: results.map(({ engine, processes, complaintsPerSecond, p50Ms, p99Ms, errors }) => ({
      engine,
      processes,
      complaintsPerSecond,
      p50Ms,
      p99Ms,
      errors,
    })),
  }),
);
