/**
 * The demo data a new database gets (CLOSELOOP_DEMO): people in every role, two teams, category
 * guidance and subcategories, complaints through the whole loop, and cases in the library.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { queryRows } from '../../src/store/database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-24T05:00:00.000Z');
});
afterAll(async () => t.close());

const count = async (query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(t.database.db, query))[0]!.n;

describe(`demo data on ${testEngine()}`, () => {
  it('seeds every role, teams, categories, complaints through the loop and library cases, once', async () => {
    const seeded = await seedDemo(t.ctx, { complaints: 80, weeks: 3 });
    expect(seeded.complaints).toBe(80);
    expect(new Set(seeded.users.map((u) => u.role))).toEqual(
      new Set(['admin', 'supervisor', 'quality_manager', 'agent', 'handler']),
    );
    expect(await count(sql`SELECT count(*)::int AS n FROM complaints`)).toBe(80);
    expect(await count(sql`SELECT count(*)::int AS n FROM teams WHERE active`)).toBe(2);
    // The supervisor leads the team most agents are in: escalations have someone to go to.
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM users u JOIN teams t ON t.id = u.team_id WHERE u.role = 'supervisor'`,
      ),
    ).toBe(1);
    expect(await count(sql`SELECT count(*)::int AS n FROM subcategories WHERE category = 'logistics'`)).toBe(
      3,
    );
    expect(await count(sql`SELECT count(*)::int AS n FROM case_library`)).toBeGreaterThan(0);
    expect(await count(sql`SELECT count(DISTINCT status)::int AS n FROM complaints`)).toBeGreaterThan(5);

    // Seeding again adds nothing.
    expect((await seedDemo(t.ctx, { complaints: 80, weeks: 3 })).complaints).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM teams`)).toBe(2);
  });
});
