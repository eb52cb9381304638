/**
 * What supervisors watch (PRODUCT.md R6, R10): deadlines by owner, workload per person, remedies
 * waiting for approval, escalations. Read-only aggregates, each computed in one SQL statement
 * through partial indexes that hold only the rows concerned (open complaints, open clocks past
 * their warning time, resolved complaints, escalated clocks, pending remedies), so the cost
 * follows the open work, not the size of the history.
 */
import { sql } from 'drizzle-orm';
import type { ClockKind } from '../domain/sla/index.js';
import { openStatuses, type ComplaintStatus } from '../domain/complaint/lifecycle.js';
import type { RemedyKind, Role, Severity } from '../domain/vocabulary.js';
import { queryRows, type Executor } from './database.js';

// A constant list, written into the SQL so the planner can match the partial index
// complaints_open_owner_idx (whose predicate lists the same statuses).
const openStatusList = sql.raw(openStatuses.map((s) => `'${s}'`).join(', '));

/**
 * Runs the aggregate with PostgreSQL's JIT off: their per-row index lookups make the planner's
 * cost estimate high enough to JIT-compile them, which took 0.3–0.5 s on PostgreSQL 15 (more
 * than running them; bench/supervision.bench.ts). PGlite has no JIT; the setting is harmless.
 */
function withoutJit<T>(db: Executor, run: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL jit = off`);
    return run(tx);
  });
}

/** A clock's state at `now`, as domain/sla/sla-clock.ts `clockState` decides it, in SQL. */
const breachedClock = (now: Date) => sql`(k.breached_at IS NOT NULL OR k.due_at <= ${now}::timestamptz)`;

export interface OwnerDeadlines {
  /** null: nobody owns these complaints. */
  ownerId: string | null;
  ownerName: string | null;
  ownerRole: Role | null;
  ownerActive: boolean | null;
  /** The owner's team; null: nobody owns these, or the owner is in no team. */
  teamId: string | null;
  teamName: string | null;
  /** Open complaints (new … in_progress) the owner has. */
  open: number;
  /**
   * Open complaints whose worst handling clock (first response, resolution, progress update)
   * is past its warning time and not yet due: none of them breached. Each complaint counts
   * once: at risk or breached, never both.
   */
  atRisk: number;
  /** Open complaints with a handling clock past its due time. */
  breached: number;
  /** The earliest due time among the owner's breached handling clocks of open complaints. */
  oldestBreachDueAt: Date | null;
  /** Complaints (any status) whose follow-up (24 h after resolution) is overdue. */
  followUpsOverdue: number;
  /** Complaints (any status) whose post-mortem (48 h after resolution) is overdue. */
  postMortemsOverdue: number;
}

/** The clocks that run while a complaint is handled; follow-up and post-mortem come after. */
export const handlingClockKinds = ['first_response', 'resolution', 'progress_update'] as const;
const handlingKindList = sql.raw(handlingClockKinds.map((k) => `'${k}'`).join(', '));

/**
 * Per owner (and unassigned), most breached first: open complaints, and of them those at risk
 * or breached by their worst handling clock (each complaint once, so open ≥ at risk +
 * breached); apart, complaints whose follow-up or post-mortem is overdue (after resolution).
 * They count the way the queue's filters find complaints (store/sla-clock-repository.ts
 * `complaintSlaIn`: `sla=at_risk|breached`, and `&clock=follow_up|post_mortem`), so a board
 * number and its queue link agree.
 */
export async function deadlineBoard(db: Executor, now: Date): Promise<OwnerDeadlines[]> {
  const breached = breachedClock(now);
  const rows = await withoutJit(db, (tx) =>
    queryRows<{
      ownerId: string | null;
      ownerName: string | null;
      ownerRole: string | null;
      ownerActive: boolean | null;
      teamId: string | null;
      teamName: string | null;
      open: number;
      atRisk: number;
      breached: number;
      oldestBreachDueAt: Date | string | null;
      followUps: number;
      postMortems: number;
    }>(
      tx,
      // The owner is looked up per flagged complaint (a scalar subquery on the primary key):
      // a join lets the planner hash all complaints when it overestimates the flagged ones.
      sql`WITH flagged AS MATERIALIZED (
          SELECT k.complaint_id,
                 bool_or(k.kind IN (${handlingKindList}) AND NOT ${breached}) AS at_risk,
                 bool_or(k.kind IN (${handlingKindList}) AND ${breached}) AS breached,
                 bool_or(k.kind = 'follow_up' AND ${breached}) AS follow_up,
                 bool_or(k.kind = 'post_mortem' AND ${breached}) AS post_mortem,
                 min(k.due_at) FILTER (WHERE k.kind IN (${handlingKindList}) AND ${breached}) AS oldest_breach
          FROM sla_clocks k
          WHERE k.met_at IS NULL AND k.stopped_at IS NULL AND k.warn_at <= ${now}::timestamptz
          GROUP BY k.complaint_id
        ),
        flagged_owned AS (
          SELECT f.*, (SELECT c.owner_id FROM complaints c WHERE c.id = f.complaint_id) AS owner_id,
                 coalesce((SELECT c.status IN (${openStatusList}) FROM complaints c WHERE c.id = f.complaint_id),
                          false) AS is_open
          FROM flagged f
        ),
        board AS (
          SELECT owner_id, sum(open)::int AS open, sum(at_risk)::int AS at_risk,
                 sum(breached)::int AS breached, min(oldest_breach) AS oldest_breach,
                 sum(follow_ups)::int AS follow_ups, sum(post_mortems)::int AS post_mortems
          FROM (
            SELECT owner_id, count(*) AS open, 0 AS at_risk, 0 AS breached, NULL::timestamptz AS oldest_breach,
                   0 AS follow_ups, 0 AS post_mortems
            FROM complaints WHERE status IN (${openStatusList})
            GROUP BY owner_id
            UNION ALL
            SELECT owner_id, 0, count(*) FILTER (WHERE is_open AND at_risk AND NOT breached),
                   count(*) FILTER (WHERE is_open AND breached),
                   min(oldest_breach) FILTER (WHERE is_open),
                   count(*) FILTER (WHERE follow_up), count(*) FILTER (WHERE post_mortem)
            FROM flagged_owned
            GROUP BY owner_id
          ) counts
          GROUP BY owner_id
        )
        SELECT b.owner_id AS "ownerId", u.name AS "ownerName", u.role AS "ownerRole",
               u.active AS "ownerActive", u.team_id AS "teamId", t.name AS "teamName",
               b.open, b.at_risk AS "atRisk", b.breached,
               b.oldest_breach AS "oldestBreachDueAt",
               b.follow_ups AS "followUps", b.post_mortems AS "postMortems"
        FROM board b LEFT JOIN users u ON u.id = b.owner_id LEFT JOIN teams t ON t.id = u.team_id
        WHERE b.open > 0 OR b.at_risk > 0 OR b.breached > 0 OR b.follow_ups > 0 OR b.post_mortems > 0
        ORDER BY b.breached DESC, b.follow_ups + b.post_mortems DESC, b.at_risk DESC, b.open DESC,
                 u.name NULLS FIRST, b.owner_id`,
    ),
  );
  return rows.map((r) => ({
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    ownerRole: r.ownerRole as Role | null, // the column holds role keys only
    ownerActive: r.ownerActive,
    teamId: r.teamId,
    teamName: r.teamName,
    open: Number(r.open),
    atRisk: Number(r.atRisk),
    breached: Number(r.breached),
    oldestBreachDueAt: r.oldestBreachDueAt === null ? null : new Date(r.oldestBreachDueAt),
    followUpsOverdue: Number(r.followUps),
    postMortemsOverdue: Number(r.postMortems),
  }));
}

export interface PersonWorkload {
  userId: string;
  name: string;
  role: Role;
  /** Open complaints they own, in all and by severity. */
  open: number;
  openBySeverity: Record<Severity, number>;
  /** Open department tasks given to them. */
  openTasks: number;
  /** Complaints they own that were resolved in the 7 days before now. */
  resolvedLast7Days: number;
  /**
   * Median time from receipt to the first customer-visible reply, over the complaints they own
   * that were received in the 30 days before now and have had one; null when none has.
   */
  medianFirstResponseMinutes: number | null;
  /**
   * Resolution clocks of their complaints met on time, over those that came to an end in the
   * 30 days before now: met in the window (on time or late) or due in the window and still
   * open. Null when there were none.
   */
  resolutionClocks: { onTime: number; total: number };
}

/** Who is listed: agents and handlers, and anyone else who owns open complaints. */
const workloadRoles = sql.raw(`'agent', 'handler'`);

/** Workload of every active agent and handler (and other active owners of open complaints). */
export async function workload(db: Executor, now: Date, limit = 500): Promise<PersonWorkload[]> {
  const since7 = new Date(now.getTime() - 7 * 86_400_000);
  const since30 = new Date(now.getTime() - 30 * 86_400_000);
  const rows = await withoutJit(db, (tx) =>
    queryRows<{
      userId: string;
      name: string;
      role: string;
      open: number;
      minor: number;
      moderate: number;
      severe: number;
      openTasks: number;
      resolved7: number;
      medianSeconds: number | string | null;
      onTime: number;
      clocks: number;
    }>(
      tx,
      sql`WITH open_owned AS (
          SELECT owner_id, count(*)::int AS open,
                 count(*) FILTER (WHERE severity = 'minor')::int AS minor,
                 count(*) FILTER (WHERE severity = 'moderate')::int AS moderate,
                 count(*) FILTER (WHERE severity = 'severe')::int AS severe
          FROM complaints
          WHERE owner_id IS NOT NULL AND status IN (${openStatusList})
          GROUP BY owner_id
        ),
        open_tasks AS (
          SELECT handler_id, count(*)::int AS n FROM department_tasks WHERE status = 'open' GROUP BY handler_id
        ),
        -- Per-row lookups on primary keys (scalar subqueries), never a join the planner could
        -- turn into a scan of every clock or complaint.
        resolved_recently AS (
          SELECT c.owner_id, c.resolved_at,
                 (SELECT k.met_at <= k.due_at FROM sla_clocks k
                  WHERE k.complaint_id = c.id AND k.kind = 'resolution' AND k.met_at IS NOT NULL) AS on_time
          FROM complaints c
          WHERE c.resolved_at > ${since30}::timestamptz AND c.resolved_at <= ${now}::timestamptz
            AND c.owner_id IS NOT NULL
        ),
        resolved AS (
          SELECT owner_id,
                 count(*) FILTER (WHERE resolved_at > ${since7}::timestamptz)::int AS resolved7,
                 count(on_time)::int AS met,
                 count(*) FILTER (WHERE on_time)::int AS on_time
          FROM resolved_recently
          GROUP BY owner_id
        ),
        -- Materialized: read through sla_clocks_open_warn_idx alone, then filtered (else the
        -- planner may AND it with a scan of the whole primary key for the kind).
        open_past_warning AS MATERIALIZED (
          SELECT k.complaint_id, k.kind, k.due_at FROM sla_clocks k
          WHERE k.met_at IS NULL AND k.stopped_at IS NULL AND k.warn_at <= ${now}::timestamptz
        ),
        overdue AS (
          SELECT owner_id, count(*)::int AS n
          FROM (SELECT (SELECT c.owner_id FROM complaints c WHERE c.id = k.complaint_id) AS owner_id
                FROM open_past_warning k
                WHERE k.kind = 'resolution' AND k.due_at > ${since30}::timestamptz
                  AND k.due_at <= ${now}::timestamptz) overdue_clocks
          WHERE owner_id IS NOT NULL
          GROUP BY owner_id
        ),
        first_response AS (
          SELECT owner_id,
                 percentile_cont(0.5) WITHIN GROUP (
                   ORDER BY extract(epoch FROM first_responded_at - received_at)) AS median_seconds
          FROM complaints
          WHERE received_at > ${since30}::timestamptz AND received_at <= ${now}::timestamptz
            AND first_responded_at IS NOT NULL AND owner_id IS NOT NULL
          GROUP BY owner_id
        )
        SELECT u.id AS "userId", u.name, u.role,
               coalesce(o.open, 0) AS open, coalesce(o.minor, 0) AS minor,
               coalesce(o.moderate, 0) AS moderate, coalesce(o.severe, 0) AS severe,
               coalesce(t.n, 0) AS "openTasks", coalesce(r.resolved7, 0) AS resolved7,
               f.median_seconds AS "medianSeconds",
               coalesce(r.on_time, 0) AS "onTime", coalesce(r.met, 0) + coalesce(d.n, 0) AS clocks
        FROM users u
        LEFT JOIN open_owned o ON o.owner_id = u.id
        LEFT JOIN open_tasks t ON t.handler_id = u.id
        LEFT JOIN resolved r ON r.owner_id = u.id
        LEFT JOIN overdue d ON d.owner_id = u.id
        LEFT JOIN first_response f ON f.owner_id = u.id
        WHERE u.active AND (u.role IN (${workloadRoles}) OR o.open > 0)
        ORDER BY coalesce(o.open, 0) DESC, u.name, u.id
        LIMIT ${limit}`,
    ),
  );
  return rows.map((r) => ({
    userId: r.userId,
    name: r.name,
    role: r.role as Role, // the column holds role keys only
    open: Number(r.open),
    openBySeverity: { minor: Number(r.minor), moderate: Number(r.moderate), severe: Number(r.severe) },
    openTasks: Number(r.openTasks),
    resolvedLast7Days: Number(r.resolved7),
    medianFirstResponseMinutes:
      r.medianSeconds === null ? null : Math.round((Number(r.medianSeconds) / 60) * 10) / 10,
    resolutionClocks: { onTime: Number(r.onTime), total: Number(r.clocks) },
  }));
}

export interface PendingApproval {
  remedyId: string;
  complaintId: string;
  trackingNumber: string;
  subject: string;
  severity: Severity;
  status: ComplaintStatus;
  kind: RemedyKind;
  amount: number | null;
  currency: string;
  description: string;
  proposedById: string;
  proposedByName: string | null;
  /** When the remedy was proposed: it has waited since. */
  createdAt: Date;
}

/**
 * Remedies waiting for approval on open complaints whose amount is within `limit` (null:
 * unlimited), oldest first, `limit` rows after `after`. Reads the partial index of pending
 * remedies (remedies_pending_idx).
 */
export async function pendingApprovals(
  db: Executor,
  within: { limit: number | null },
  page: { limit: number; after?: { createdAt: Date; id: string } | undefined },
): Promise<{ items: PendingApproval[]; next: { createdAt: Date; id: string } | null }> {
  const cap = within.limit === null ? sql`` : sql`AND coalesce(r.amount, 0) <= ${within.limit}`;
  const after = page.after
    ? sql`AND (r.created_at, r.id) > (${page.after.createdAt}::timestamptz, ${page.after.id}::uuid)`
    : sql``;
  const rows = await queryRows<{
    remedyId: string;
    complaintId: string;
    trackingNumber: string;
    subject: string;
    severity: string;
    status: string;
    kind: string;
    amount: string | number | null;
    currency: string;
    description: string;
    proposedById: string;
    proposedByName: string | null;
    createdAt: Date | string;
  }>(
    db,
    sql`SELECT r.id AS "remedyId", r.complaint_id AS "complaintId", c.tracking_number AS "trackingNumber",
               c.subject, c.severity, c.status, r.kind, r.amount, r.currency, r.description,
               r.proposed_by_id AS "proposedById", u.name AS "proposedByName", r.created_at AS "createdAt"
        FROM remedies r
        JOIN complaints c ON c.id = r.complaint_id
        LEFT JOIN users u ON u.id = r.proposed_by_id
        WHERE r.status = 'pending_approval' AND c.status IN (${openStatusList}) ${cap} ${after}
        ORDER BY r.created_at, r.id
        LIMIT ${page.limit + 1}`,
  );
  const items = rows.slice(0, page.limit).map((r) => ({
    ...r,
    severity: r.severity as Severity, // columns hold vocabulary keys only
    status: r.status as ComplaintStatus,
    kind: r.kind as RemedyKind,
    amount: r.amount === null ? null : Number(r.amount),
    createdAt: new Date(r.createdAt),
  }));
  const last = items.at(-1);
  return {
    items,
    next: rows.length > page.limit && last ? { createdAt: last.createdAt, id: last.remedyId } : null,
  };
}

export type EscalationSource = 'deadline' | 'low_rating';

export interface Escalation {
  source: EscalationSource;
  /** When it happened: the clock's escalation, or the survey's submission. */
  at: Date;
  /** Orders escalations of the same instant (keyset). */
  key: string;
  complaintId: string;
  trackingNumber: string;
  subject: string;
  severity: Severity;
  status: ComplaintStatus;
  ownerId: string | null;
  ownerName: string | null;
  /** The clock that escalated (source deadline). */
  clockKind: ClockKind | null;
  dueAt: Date | null;
  /** The customer's rating and comment (source low_rating). */
  rating: number | null;
  comment: string | null;
}

/** Survey ratings at or below this escalate (a rating of 1 or 2 also reopens the complaint). */
export const lowRatingAtMost = 2;

/**
 * Escalated clocks and low survey ratings in [from, to), newest first, `limit` after `before`.
 * Each side reads its own index (sla_clocks_escalated_idx, surveys_submitted_idx).
 */
export async function escalations(
  db: Executor,
  window: { from: Date; to: Date },
  page: { limit: number; before?: { at: Date; key: string } | undefined },
): Promise<{ items: Escalation[]; next: { at: Date; key: string } | null }> {
  const beforeAt = page.before?.at ?? window.to;
  const keyed = (at: string, key: string) =>
    page.before
      ? sql`AND (${sql.raw(at)}, ${sql.raw(key)}) < (${page.before.at}::timestamptz, ${page.before.key})`
      : sql``;
  const clockKey = `'deadline:' || k.complaint_id::text || ':' || k.kind`;
  const surveyKey = `'low_rating:' || s.id::text`;
  const rows = await queryRows<{
    source: string;
    at: Date | string;
    key: string;
    complaintId: string;
    clockKind: string | null;
    dueAt: Date | string | null;
    rating: number | null;
    comment: string | null;
  }>(
    db,
    sql`(SELECT 'deadline' AS source, k.escalated_at AS at, ${sql.raw(clockKey)} AS key,
                k.complaint_id AS "complaintId", k.kind AS "clockKind", k.due_at AS "dueAt",
                NULL::int AS rating, NULL::text AS comment
         FROM sla_clocks k
         WHERE k.escalated_at IS NOT NULL AND k.escalated_at >= ${window.from}::timestamptz
           AND k.escalated_at < ${window.to}::timestamptz AND k.escalated_at <= ${beforeAt}::timestamptz
           ${keyed('k.escalated_at', clockKey)}
         ORDER BY k.escalated_at DESC, key DESC LIMIT ${page.limit + 1})
        UNION ALL
        (SELECT 'low_rating', s.submitted_at, ${sql.raw(surveyKey)}, s.complaint_id, NULL, NULL,
                s.rating, s.comment
         FROM surveys s
         WHERE s.rating <= ${lowRatingAtMost} AND s.submitted_at >= ${window.from}::timestamptz
           AND s.submitted_at < ${window.to}::timestamptz AND s.submitted_at <= ${beforeAt}::timestamptz
           ${keyed('s.submitted_at', surveyKey)}
         ORDER BY s.submitted_at DESC, 3 DESC LIMIT ${page.limit + 1})
        ORDER BY at DESC, key DESC
        LIMIT ${page.limit + 1}`,
  );
  const ids = [...new Set(rows.map((r) => r.complaintId))];
  const complaints = new Map(
    (ids.length === 0
      ? []
      : await queryRows<{
          id: string;
          trackingNumber: string;
          subject: string;
          severity: string;
          status: string;
          ownerId: string | null;
          ownerName: string | null;
        }>(
          db,
          sql`SELECT c.id, c.tracking_number AS "trackingNumber", c.subject, c.severity, c.status,
                     c.owner_id AS "ownerId", u.name AS "ownerName"
              FROM complaints c LEFT JOIN users u ON u.id = c.owner_id
              WHERE c.id IN (${sql.join(
                ids.map((id) => sql`${id}::uuid`),
                sql`, `,
              )})`,
        )
    ).map((c) => [c.id, c]),
  );
  const items: Escalation[] = [];
  for (const r of rows.slice(0, page.limit)) {
    const c = complaints.get(r.complaintId);
    if (!c) continue; // complaints are never deleted; a row without one cannot happen
    items.push({
      source: r.source as EscalationSource, // the two literals above
      at: new Date(r.at),
      key: r.key,
      complaintId: r.complaintId,
      trackingNumber: c.trackingNumber,
      subject: c.subject,
      severity: c.severity as Severity,
      status: c.status as ComplaintStatus,
      ownerId: c.ownerId,
      ownerName: c.ownerName,
      clockKind: r.clockKind as ClockKind | null,
      dueAt: r.dueAt === null ? null : new Date(r.dueAt),
      rating: r.rating,
      comment: r.comment,
    });
  }
  const last = items.at(-1);
  return { items, next: rows.length > page.limit && last ? { at: last.at, key: last.key } : null };
}
