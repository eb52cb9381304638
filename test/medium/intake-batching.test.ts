import { shippedPolicyBook } from '../../src/commands/deadline-policy-source.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemRandomBytes, type CommandContext } from '../../src/commands/context.js';
import { openComplaint, type OpenComplaintInput } from '../../src/commands/open-complaint.js';
import { defaultCalendars } from '../../src/domain/sla/index.js';
import { triage } from '../../src/domain/triage/index.js';
import { queryRows, type Database } from '../../src/store/database.js';
import { fakeClock } from '../support/fake-clock.js';
import { createTestDatabase, testEngine } from '../support/test-database.js';

let database: Database;
let ctx: CommandContext;
beforeAll(async () => {
  database = await createTestDatabase();
  ctx = {
    database,
    now: fakeClock().now,
    randomBytes: systemRandomBytes,
    calendar: defaultCalendars.cn,
    deadlinePolicies: shippedPolicyBook,
    triage,
  };
});
afterAll(async () => database.close());

const input = (i: number, customer: OpenComplaintInput['customer']): OpenComplaintInput => ({
  channel: 'web',
  customer,
  description: `第 ${i} 个投诉:快递包装破损,杯子碎了。`,
});
const count = async (query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(database.db, query))[0]!.n;

describe(`intake under concurrency on ${testEngine()}`, () => {
  it('records 150 simultaneous complaints, each once with its history and job, linking repeat customers', async () => {
    const actor = { type: 'system', name: 'test' } as const;
    const opened = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        openComplaint(
          ctx,
          input(
            i,
            i % 3 === 0
              ? { name: '同一位客户', email: 'same@example.com' }
              : { name: `C${i}`, phone: `1390000${String(i).padStart(4, '0')}` },
          ),
          actor,
        ),
      ),
    );
    const ids = opened.map((o) => o.complaint.id);
    expect(new Set(ids).size).toBe(150);
    expect(new Set(opened.map((o) => o.complaint.trackingNumber)).size).toBe(150);
    expect(opened[5]!.complaint.description).toContain('第 5 个投诉');
    const repeat = opened.filter((_, i) => i % 3 === 0).map((o) => o.complaint.customer.id);
    expect(new Set(repeat).size).toBe(1);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM customers WHERE email_key = 'same@example.com'`),
    ).toBe(1);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM complaint_history WHERE action = 'complaint.opened'`),
    ).toBe(150);
    // Every complaint of the batch has a contact: each is acknowledged in the same statement.
    expect(await count(sql`SELECT count(*)::int AS n FROM outbox WHERE template = 'acknowledgement'`)).toBe(
      150,
    );
  });

  it('keeps the others when one complaint of a batch cannot be stored', async () => {
    const actor = { type: 'system', name: 'test' } as const;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        openComplaint(
          ctx,
          // A NUL passes no HTTP schema; here it reaches the database, which refuses it.
          {
            ...input(i, { name: `N${i}`, email: `n${i}@example.com` }),
            description: i === 4 ? 'bad\u0000text' : `ok ${i}`,
          },
          actor,
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(
      Array.from({ length: 10 }, (_, i) => (i === 4 ? 'rejected' : 'fulfilled')),
    );
    expect(await count(sql`SELECT count(*)::int AS n FROM complaints WHERE description LIKE 'ok %'`)).toBe(9);
  });
});
