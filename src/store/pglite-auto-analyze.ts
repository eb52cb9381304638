/**
 * Auto-analyze for embedded PGlite, which has no autovacuum (STACK.md rule 3): every few
 * seconds, ANALYZE the tables that changed by more than 50 rows + 10 % since their last
 * ANALYZE (autovacuum's own defaults).
 *
 * Why it matters: PostgreSQL plans its foreign-key checks once per connection and keeps the
 * plan until the referenced table's statistics change. PGlite is one connection for the life
 * of the process. When the daily VACUUM ANALYZE ran on a new, empty database, the key checks
 * planned next (complaint_history, sla_clocks, outbox … → complaints) scanned the whole
 * complaints table, so every complaint recorded cost more than the one before: 1.5 ms per
 * complaint after a few hundred, 4.5 ms after six thousand (measured). An ANALYZE as the
 * table grows makes them plan again, with the index.
 */
export interface AnalyzeTarget {
  query(sql: string): Promise<{ rows: unknown[] }>;
  exec(sql: string): Promise<unknown>;
}

/** Tables due for ANALYZE, by autovacuum's default rule (threshold 50, scale factor 0.1). */
const dueTables = `
  SELECT quote_ident(schemaname) || '.' || quote_ident(relname) AS name
  FROM pg_stat_user_tables
  WHERE n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup, 0)
  ORDER BY n_mod_since_analyze DESC`;

/** One pass: analyzes what is due; answers the tables it analyzed. */
export async function analyzeChangedTables(target: AnalyzeTarget): Promise<string[]> {
  // A backend publishes its table counters when it goes idle, at most once a second; this
  // makes the statement below see everything written so far.
  await target.query('SELECT pg_stat_force_next_flush()');
  const rows = (await target.query(dueTables)).rows as { name: string }[]; // the query's one column
  for (const { name } of rows) await target.exec(`ANALYZE ${name}`);
  return rows.map((r) => r.name);
}

/** Runs a pass every `everyMs` until stopped; a pass never overlaps the one before. */
export function startAutoAnalyze(
  target: AnalyzeTarget,
  options: { everyMs?: number; onError?: (error: unknown) => void } = {},
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = analyzeChangedTables(target)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => (running = null));
  }, options.everyMs ?? 5_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
