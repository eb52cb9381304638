/**
 * SLA clocks in the database: started, met, stopped, and found by the sweeps through
 * their partial indexes (only open clocks are in them).
 */
import { and, eq, inArray, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Clock, ClockKind, ClockPlan } from '../domain/sla/index.js';
import { openStatuses } from '../domain/complaint/lifecycle.js';
import { queryRows, type Executor } from './database.js';
import { slaClocks } from './schema.js';

type Row = typeof slaClocks.$inferSelect;

const toClock = (r: Row): Clock & { complaintId: string } => ({
  complaintId: r.complaintId,
  kind: r.kind as ClockKind, // the column only holds clock kinds
  cycle: r.cycle,
  startedAt: r.startedAt,
  dueAt: r.dueAt,
  warnAt: r.warnAt,
  metAt: r.metAt,
  warnedAt: r.warnedAt,
  breachedAt: r.breachedAt,
  escalatedAt: r.escalatedAt,
  stoppedAt: r.stoppedAt,
});

/** The clocks of these complaints, by complaint id, in the order of `clockKinds`. */
export async function listClocks(db: Executor, complaintIds: string[]): Promise<Map<string, Clock[]>> {
  const byComplaint = new Map<string, Clock[]>();
  if (complaintIds.length === 0) return byComplaint;
  const rows = await db.select().from(slaClocks).where(inArray(slaClocks.complaintId, complaintIds));
  for (const row of rows) {
    const list = byComplaint.get(row.complaintId) ?? [];
    list.push(toClock(row));
    byComplaint.set(row.complaintId, list);
  }
  return byComplaint;
}

/** Starts (or restarts, as a new cycle) these clocks: open again, nothing met or breached. */
export async function startClocks(
  tx: Executor,
  complaintId: string,
  plans: ClockPlan[],
  now: Date,
): Promise<void> {
  if (plans.length === 0) return;
  await tx
    .insert(slaClocks)
    .values(plans.map((p) => ({ complaintId, ...p, cycle: 1, updatedAt: now })))
    .onConflictDoUpdate({
      target: [slaClocks.complaintId, slaClocks.kind],
      set: {
        cycle: sql`${slaClocks.cycle} + 1`,
        startedAt: sql`excluded.started_at`,
        dueAt: sql`excluded.due_at`,
        warnAt: sql`excluded.warn_at`,
        metAt: null,
        warnedAt: null,
        breachedAt: null,
        escalatedAt: null,
        stoppedAt: null,
        updatedAt: now,
      },
    });
}

/** Closes open clocks of these kinds as met or stopped; answers the kinds it closed. */
async function closeClocks(
  tx: Executor,
  complaintId: string,
  kinds: ClockKind[],
  how: 'metAt' | 'stoppedAt',
  now: Date,
): Promise<ClockKind[]> {
  const rows = await tx
    .update(slaClocks)
    .set({ [how]: now, updatedAt: now })
    .where(
      and(
        eq(slaClocks.complaintId, complaintId),
        inArray(slaClocks.kind, kinds),
        isNull(slaClocks.metAt),
        isNull(slaClocks.stoppedAt),
      ),
    )
    .returning({ kind: slaClocks.kind });
  return rows.map((r) => r.kind as ClockKind);
}

/** Marks open clocks of these kinds met. */
export const meetClocks = (tx: Executor, complaintId: string, kinds: ClockKind[], now: Date) =>
  closeClocks(tx, complaintId, kinds, 'metAt', now);

/** Stops open clocks of these kinds: they no longer apply. */
export const stopClocks = (tx: Executor, complaintId: string, kinds: ClockKind[], now: Date) =>
  closeClocks(tx, complaintId, kinds, 'stoppedAt', now);

export interface ClockEvent {
  complaintId: string;
  kind: ClockKind;
  cycle: number;
}

/** Where a sweep batch ended: the next batch starts after it. */
export interface SweepPosition {
  at: Date;
  complaintId: string;
  kind: string;
}

/**
 * Open clocks whose `due_at` (breach) or `warn_at` (warning) has come and that have not
 * had that event yet, in order, `limit` at a time after `after`. Each reads only its
 * partial index (sla_clocks_due_idx, sla_clocks_warn_idx).
 */
export async function clocksDue(
  db: Executor,
  event: 'breach' | 'warn',
  now: Date,
  limit: number,
  after?: SweepPosition,
): Promise<{ events: ClockEvent[]; last: SweepPosition | null }> {
  const at = event === 'breach' ? sql.raw('due_at') : sql.raw('warn_at');
  const notYet = event === 'breach' ? sql`breached_at IS NULL` : sql`warned_at IS NULL`;
  const from = after
    ? sql`AND (${at}, complaint_id, kind) > (${after.at}::timestamptz, ${after.complaintId}::uuid, ${after.kind})`
    : sql``;
  const rows = await queryRows<ClockEvent & { at: Date | string }>(
    db,
    sql`SELECT complaint_id AS "complaintId", kind, cycle, ${at} AS at FROM sla_clocks
        WHERE met_at IS NULL AND stopped_at IS NULL AND ${notYet} AND ${at} <= ${now}::timestamptz ${from}
        ORDER BY ${at}, complaint_id, kind LIMIT ${limit}`,
  );
  const lastRow = rows.at(-1);
  return {
    events: rows.map(({ complaintId, kind, cycle }) => ({ complaintId, kind, cycle })),
    last: lastRow ? { at: new Date(lastRow.at), complaintId: lastRow.complaintId, kind: lastRow.kind } : null,
  };
}

/** The clock, locked for the rest of the transaction, if it is still in this cycle. */
export async function lockClock(tx: Executor, event: ClockEvent): Promise<Clock | null> {
  const [row] = await tx
    .select()
    .from(slaClocks)
    .where(and(eq(slaClocks.complaintId, event.complaintId), eq(slaClocks.kind, event.kind)))
    .for('update')
    .limit(1);
  return row && row.cycle === event.cycle ? toClock(row) : null;
}

export async function markClock(
  tx: Executor,
  event: ClockEvent,
  changes: Partial<Pick<Row, 'warnedAt' | 'breachedAt' | 'escalatedAt'>>,
  now: Date,
): Promise<void> {
  await tx
    .update(slaClocks)
    .set({ ...changes, updatedAt: now })
    .where(and(eq(slaClocks.complaintId, event.complaintId), eq(slaClocks.kind, event.kind)));
}

/** The clocks that run while a complaint is handled (follow-up and post-mortem come after resolution). */
const handlingKinds = sql.raw(`'first_response', 'resolution', 'progress_update'`);

/**
 * SQL condition (list filter), as the supervision board counts (store/supervision-repository.ts):
 * without `clock`, an open complaint whose worst handling clock (first response, resolution,
 * progress update) is in this state at `now` (at risk: one at risk and none breached); with
 * `clock`, a complaint of any status whose open clock of that kind is in this state.
 */
export function hasClockIn(
  state: 'at_risk' | 'breached',
  now: Date,
  complaintIdColumn: AnyColumn,
  statusColumn: AnyColumn,
  clock?: ClockKind,
): SQL {
  const open = sql`c.met_at IS NULL AND c.stopped_at IS NULL`;
  const breached = sql`(c.breached_at IS NOT NULL OR c.due_at <= ${now}::timestamptz)`;
  const atRisk = sql`(c.breached_at IS NULL AND c.due_at > ${now}::timestamptz AND c.warn_at <= ${now}::timestamptz)`;
  const exists = (kinds: SQL, when: SQL) =>
    sql`EXISTS (SELECT 1 FROM sla_clocks c WHERE c.complaint_id = ${complaintIdColumn} AND c.kind IN (${kinds}) AND ${open} AND ${when})`;
  if (clock) return exists(sql`${clock}`, state === 'breached' ? breached : atRisk);
  const openComplaint = sql`${statusColumn} IN (${sql.raw(openStatuses.map((s) => `'${s}'`).join(', '))})`;
  if (state === 'breached') return sql`(${openComplaint} AND ${exists(handlingKinds, breached)})`;
  return sql`(${openComplaint} AND ${exists(handlingKinds, atRisk)} AND NOT ${exists(handlingKinds, breached)})`;
}
