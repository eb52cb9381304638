/**
 * Complaints in the database: intake in one statement, reads, keyset-paginated lists
 * with Chinese/English search, and updates that bump the version.
 */
import { textQuery } from './text-query.js';
import { mayHoldOlderTokens } from './search-reindex-repository.js';
import type { MinHash } from '../domain/search/minhash.js';
import { and, desc, eq, getTableColumns, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Complaint, ComplaintTriage } from '../domain/complaint/complaint.js';
import { normalizeTrackingNumber } from '../domain/complaint/tracking-number.js';
import type { ComplaintStatus } from '../domain/complaint/lifecycle.js';
import type {
  Category,
  Channel,
  Complexity,
  Emotion,
  Locale,
  Responsibility,
  Risk,
  Severity,
  Tier,
} from '../domain/vocabulary.js';
import type { TriageEvidence } from '../domain/triage/triage-result.js';
import type { ClockKind, ClockPlan } from '../domain/sla/index.js';
import type { OutboxMessage } from './outbox-repository.js';
import { queryRows, type Executor } from './database.js';
import { hasClockIn } from './sla-clock-repository.js';
import { inTeam, type TeamFilter } from './team-repository.js';
import { hasPendingRemedy } from './remedy-repository.js';
import { complaints } from './schema.js';

type FullRow = typeof complaints.$inferSelect;
type Row = Omit<FullRow, 'search' | 'searchTokens' | 'accessTokenHash' | 'minhash'>;

// What reads fetch: never the search and MinHash columns (only the indexes need them) nor the token hash.
const {
  search: _search,
  searchTokens: _tokens,
  accessTokenHash: _hash,
  minhash: _minhash,
  ...readColumns
} = getTableColumns(complaints);
const returnedColumns = sql.raw(
  Object.values(readColumns)
    .map((c) => `"${c.name}"`)
    .join(', '),
);

export function toComplaint(row: Row): Complaint {
  return {
    id: row.id,
    trackingNumber: row.trackingNumber,
    status: row.status as ComplaintStatus, // the column only ever holds lifecycle keys
    channel: row.channel as Channel,
    customer: {
      id: row.customerId,
      name: row.customerName,
      email: row.customerEmail,
      phone: row.customerPhone,
      tier: row.customerTier as Tier,
    },
    subject: row.subject,
    description: row.description,
    expectation: row.expectation,
    orderRef: row.orderRef,
    productRef: row.productRef,
    occurredAt: row.occurredAt,
    receivedAt: row.receivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    complexity: row.complexity as Complexity,
    locale: row.locale as Locale,
    triage: {
      language: row.language as 'zh' | 'en',
      category: {
        label: row.category as Category,
        confidence: row.categoryConfidence,
        source: row.categorySource as 'triage' | 'person',
      },
      emotion: { label: row.emotion as Emotion, intensity: row.emotionIntensity },
      risks: row.risks as Risk[],
      severity: row.severity as Severity,
      severitySource: row.severitySource as 'triage' | 'person',
      urgent: row.urgent,
      needsReview: row.needsReview,
      explanation: row.triageExplanation as TriageEvidence[],
      modelVersion: row.triageModelVersion,
    },
    ownerId: row.ownerId,
    createdById: row.createdById,
    responsibility: row.responsibility as Responsibility | null,
    verifiedFacts: row.verifiedFacts,
    resolution: row.resolution,
    resolvedAt: row.resolvedAt,
    closedAt: row.closedAt,
    firstResponseDueAt: row.firstResponseDueAt,
    firstRespondedAt: row.firstRespondedAt,
    resolutionDueAt: row.resolutionDueAt,
    deadlinePolicyVersion: row.deadlinePolicyVersion,
    repeatOfId: row.repeatOfId,
    resolutionCount: row.resolutionCount,
    reopenCount: row.reopenCount,
    satisfactionRating: row.satisfactionRating,
    subcategoryId: row.subcategoryId,
    version: row.version,
  };
}

export interface NewComplaint {
  id: string;
  trackingNumber: string;
  accessTokenHash: Buffer;
  status: ComplaintStatus;
  channel: Channel;
  customer: { id: string; name: string; email: string | null; phone: string | null; tier: Tier };
  customerEmailKey: string | null;
  customerPhoneKey: string | null;
  subject: string;
  description: string;
  expectation: string | null;
  orderRef: string | null;
  productRef: string | null;
  occurredAt: Date | null;
  receivedAt: Date;
  createdAt: Date;
  complexity: Complexity;
  locale: Locale;
  triage: ComplaintTriage;
  ownerId: string | null;
  createdById: string | null;
  /** The subcategory the agent chose at intake (checked against the category); null: none. */
  subcategoryId: string | null;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  deadlinePolicyVersion: number;
  /** For near-duplicate links; null when the text is too short to compare. */
  minHash: MinHash | null;
  searchTokens: string;
  history: { actorType: string; actorId: string | null; actorName: string | null; changes: unknown };
  /** The acknowledgement to the customer, into the outbox with the complaint; null: none. */
  acknowledgement: OutboxMessage | null;
  clocks: ClockPlan[];
  /**
   * Fields a person set at intake to other values than triage suggested: stored as triage
   * corrections by that person (the next retraining learns from them). Empty for none.
   */
  intakeCorrections: readonly { field: 'category' | 'emotion' | 'severity'; from: string; to: string }[];
}

export type InsertOutcome =
  { kind: 'inserted'; complaint: Complaint } | { kind: 'tracking_number_taken' } | { kind: 'customer_race' };

/** The columns of one complaint in the multi-row intake statement, in order, as text. */
function intakeRow(c: NewComplaint): (string | null)[] {
  const t = c.triage;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return [
    c.id,
    c.trackingNumber,
    `\\x${c.accessTokenHash.toString('hex')}`,
    c.status,
    c.channel,
    c.customer.id,
    c.customer.name,
    c.customer.email,
    c.customer.phone,
    c.customer.tier,
    c.customerEmailKey,
    c.customerPhoneKey,
    c.subject,
    c.description,
    c.expectation,
    c.orderRef,
    c.productRef,
    iso(c.occurredAt),
    iso(c.receivedAt),
    iso(c.createdAt),
    c.complexity,
    c.locale,
    t.language,
    t.category.label,
    String(t.category.confidence),
    t.category.source,
    t.emotion.label,
    String(t.emotion.intensity),
    `{${t.risks.join(',')}}`,
    t.severity,
    t.severitySource,
    String(t.urgent),
    String(t.needsReview),
    JSON.stringify(t.explanation),
    t.modelVersion,
    c.ownerId,
    c.createdById,
    iso(c.firstResponseDueAt),
    iso(c.resolutionDueAt),
    String(c.deadlinePolicyVersion),
    c.minHash ? `{${c.minHash.signature.join(',')}}` : null,
    c.searchTokens,
    c.history.actorType,
    c.history.actorId,
    c.history.actorName,
    JSON.stringify(c.history.changes),
    c.acknowledgement?.id ?? null,
    c.acknowledgement?.channel ?? null,
    c.acknowledgement?.recipient ?? null,
    c.acknowledgement?.template ?? null,
    c.acknowledgement?.subject ?? null,
    c.acknowledgement?.body ?? null,
    c.acknowledgement?.dedupeKey ?? null,
    JSON.stringify(c.clocks),
    c.intakeCorrections.length > 0 && c.createdById ? JSON.stringify(c.intakeCorrections) : null,
    c.subcategoryId,
  ];
}

const intakeColumns = [
  'id',
  'tracking_number',
  'token_hash',
  'status',
  'channel',
  'customer_id',
  'customer_name',
  'customer_email',
  'customer_phone',
  'customer_tier',
  'email_key',
  'phone_key',
  'subject',
  'description',
  'expectation',
  'order_ref',
  'product_ref',
  'occurred_at',
  'received_at',
  'created_at',
  'complexity',
  'locale',
  'language',
  'category',
  'category_confidence',
  'category_source',
  'emotion',
  'emotion_intensity',
  'risks',
  'severity',
  'severity_source',
  'urgent',
  'needs_review',
  'explanation',
  'model_version',
  'owner_id',
  'created_by_id',
  'first_response_due_at',
  'resolution_due_at',
  'deadline_policy_version',
  'minhash',
  'search_tokens',
  'actor_type',
  'actor_id',
  'actor_name',
  'changes',
  'ack_id',
  'ack_channel',
  'ack_recipient',
  'ack_template',
  'ack_subject',
  'ack_body',
  'ack_dedupe_key',
  'clocks',
  'corrections',
  'subcategory_id',
];

/** The input rows' shape for json_to_recordset: every column arrives as text and is cast where it is used. */
const intakeRecordType = sql.raw(['ord int', ...intakeColumns.map((c) => `${c} text`)].join(', '));

/**
 * Records complaints in one statement: for each, finds or creates its customer (same
 * email or phone, same customer), inserts the complaint, its first history entry, its SLA
 * clocks, its repeat and near-duplicate links and the acknowledgement to the customer (outbox).
 * One statement is one atomic commit, so a
 * complaint answered with 201 is on disk with everything that belongs to it. Many
 * complaints in one statement share one commit (see intake-batcher.ts).
 *
 * Answers one outcome per complaint, in order. A complaint comes back not inserted when
 * its tracking number was taken or a new customer's contact was created by another
 * complaint at the same moment; the caller tries it again.
 */
export async function insertComplaints(
  db: Executor,
  list: readonly NewComplaint[],
): Promise<InsertOutcome[]> {
  if (list.length === 0) return [];
  // One JSON parameter, whatever the group's size: the statement's text and its planning cost
  // stay the same (a VALUES list of 55 placeholders per complaint took longer to plan than to run).
  const input = JSON.stringify(
    list.map((c, index) => {
      const row: Record<string, string | number | null> = { ord: index };
      intakeRow(c).forEach((value, column) => (row[intakeColumns[column]!] = value));
      return row;
    }),
  );
  // Triage corrections only when a person overrode a suggestion at intake (rare): the usual
  // statement leaves the table out.
  const corrections = list.some((c) => c.intakeCorrections.length > 0 && c.createdById)
    ? sql`,
      correction AS (
        INSERT INTO triage_corrections (complaint_id, field, from_value, to_value, model_version,
                                        corrected_by_id, corrected_at)
        SELECT complaint.id, c.field, c."from", c."to", i.model_version, i.created_by_id::uuid,
               i.created_at::timestamptz
        FROM complaint JOIN input i ON i.id::uuid = complaint.id
        CROSS JOIN LATERAL jsonb_to_recordset(i.corrections::jsonb) AS c(field text, "from" jsonb, "to" jsonb)
        WHERE i.corrections IS NOT NULL
      )`
    : sql``;
  let rows: Record<string, unknown>[];
  try {
    rows = await queryRows<Record<string, unknown>>(
      db,
      sql`
      WITH input AS (SELECT * FROM json_to_recordset(${input}::json) AS x(${intakeRecordType})),
      existing AS (
        SELECT DISTINCT ON (i.ord) i.ord, c.id FROM input i
        JOIN customers c ON (i.email_key IS NOT NULL AND c.email_key = i.email_key)
                         OR (i.phone_key IS NOT NULL AND c.phone_key = i.phone_key)
        ORDER BY i.ord, c.created_at
      ),
      created AS (
        INSERT INTO customers (id, name, email, phone, email_key, phone_key, tier, created_at)
        SELECT i.customer_id::uuid, i.customer_name, i.customer_email, i.customer_phone, i.email_key, i.phone_key,
               i.customer_tier, i.created_at::timestamptz
        FROM input i WHERE NOT EXISTS (SELECT 1 FROM existing e WHERE e.ord = i.ord)
        ON CONFLICT DO NOTHING
        RETURNING id
      ),
      customer AS (
        SELECT ord, id FROM existing
        UNION ALL
        SELECT i.ord, created.id FROM created JOIN input i ON i.customer_id::uuid = created.id
      ),
      -- A repeat complaint (二次投诉): the same customer's latest complaint of the 30 days before.
      earlier AS (
        SELECT e.ord, r.id FROM existing e JOIN input i ON i.ord = e.ord
        CROSS JOIN LATERAL (
          SELECT c.id FROM complaints c
          WHERE c.customer_id = e.id AND c.received_at <= i.received_at::timestamptz
            AND c.received_at > i.received_at::timestamptz - interval '30 days'
          ORDER BY c.received_at DESC LIMIT 1
        ) r
      ),
      complaint AS (
        INSERT INTO complaints (
          id, tracking_number, access_token_hash, status, channel, customer_id,
          customer_name, customer_email, customer_phone, customer_tier,
          subject, description, expectation, order_ref, product_ref, occurred_at, received_at,
          created_at, updated_at, complexity, locale, language, category, category_confidence,
          category_source, emotion, emotion_intensity, risks, severity, severity_source, urgent,
          needs_review, triage_explanation, triage_model_version, owner_id, created_by_id,
          first_response_due_at, resolution_due_at, deadline_policy_version, minhash,
          repeat_of_id, search_tokens, subcategory_id)
        SELECT i.id::uuid, i.tracking_number, i.token_hash::bytea, i.status, i.channel, cu.id,
          i.customer_name, i.customer_email, i.customer_phone, i.customer_tier,
          i.subject, i.description, i.expectation, i.order_ref, i.product_ref, i.occurred_at::timestamptz,
          i.received_at::timestamptz, i.created_at::timestamptz, i.created_at::timestamptz, i.complexity, i.locale,
          i.language, i.category, i.category_confidence::real, i.category_source, i.emotion,
          i.emotion_intensity::real, i.risks::text[], i.severity, i.severity_source, i.urgent::boolean,
          i.needs_review::boolean, i.explanation::jsonb, i.model_version, i.owner_id::uuid, i.created_by_id::uuid,
          i.first_response_due_at::timestamptz, i.resolution_due_at::timestamptz,
          i.deadline_policy_version::int, i.minhash::int[], earlier.id, i.search_tokens,
          i.subcategory_id::uuid
        FROM input i JOIN customer cu ON cu.ord = i.ord LEFT JOIN earlier ON earlier.ord = i.ord
        ORDER BY i.ord
        ON CONFLICT (tracking_number) DO NOTHING
        RETURNING ${returnedColumns}
      ),
      history AS (
        INSERT INTO complaint_history (complaint_id, at, actor_type, actor_id, actor_name, action, changes)
        SELECT i.id::uuid, i.created_at::timestamptz, i.actor_type, i.actor_id::uuid, i.actor_name,
               'complaint.opened',
               i.changes::jsonb || jsonb_strip_nulls(jsonb_build_object('repeatOf', complaint.repeat_of_id))
        FROM complaint JOIN input i ON i.id::uuid = complaint.id
      ),
      link AS (
        INSERT INTO complaint_links (complaint_id, related_id, kind, score, created_at)
        SELECT complaint.id, complaint.repeat_of_id, 'repeat', 1, complaint.created_at
        FROM complaint WHERE complaint.repeat_of_id IS NOT NULL
      ),
      -- Near duplicates are looked for by the duplicates sweep, off the request path.
      duplicate_check AS (
        INSERT INTO duplicate_checks (complaint_id, received_at)
        SELECT complaint.id, complaint.received_at
        FROM complaint JOIN input i ON i.id::uuid = complaint.id WHERE i.minhash IS NOT NULL
      ),
      acknowledgement AS (
        INSERT INTO outbox (id, complaint_id, channel, recipient, template, locale, subject, body, status,
                            dedupe_key, created_at)
        SELECT i.ack_id::uuid, complaint.id, i.ack_channel, i.ack_recipient, i.ack_template, i.locale,
               i.ack_subject, i.ack_body, 'pending', i.ack_dedupe_key, i.created_at::timestamptz
        FROM complaint JOIN input i ON i.id::uuid = complaint.id
        WHERE i.ack_id IS NOT NULL
        ON CONFLICT (dedupe_key) DO NOTHING
      ),
      clock AS (
        INSERT INTO sla_clocks (complaint_id, kind, cycle, started_at, due_at, warn_at, updated_at)
        SELECT complaint.id, c.kind, 1, c."startedAt", c."dueAt", c."warnAt", i.created_at::timestamptz
        FROM complaint JOIN input i ON i.id::uuid = complaint.id
        CROSS JOIN LATERAL jsonb_to_recordset(i.clocks::jsonb)
          AS c(kind text, "startedAt" timestamptz, "dueAt" timestamptz, "warnAt" timestamptz)
      )${corrections}
      SELECT complaint.* FROM complaint`,
    );
  } catch (error) {
    // Two first complaints from one new customer at the same instant: one wins the customer row.
    if (isUniqueViolation(error, 'customers_')) return list.map(() => ({ kind: 'customer_race' }));
    throw error;
  }
  const byId = new Map(rows.map((raw) => [String(raw.id), toComplaint(rawToRow(raw))]));
  return list.map((c) => {
    const complaint = byId.get(c.id);
    return complaint ? { kind: 'inserted', complaint } : { kind: 'tracking_number_taken' };
  });
}

/** Records one complaint: see insertComplaints. */
export async function insertComplaint(db: Executor, c: NewComplaint): Promise<InsertOutcome> {
  const [outcome] = await insertComplaints(db, [c]);
  return outcome!;
}

/** The database refused a statement with this SQLSTATE on a constraint named `constraintPrefix…`. */
function isConstraintViolation(error: unknown, sqlState: string, constraintPrefix: string): boolean {
  const e = error as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const inner = e.cause ?? e;
  return (
    (inner.code === sqlState || e.code === sqlState) &&
    (inner.constraint ?? e.constraint ?? '').startsWith(constraintPrefix)
  );
}

export function isUniqueViolation(error: unknown, constraintPrefix: string): boolean {
  return isConstraintViolation(error, '23505', constraintPrefix);
}

/** A foreign key of `constraintPrefix` refused the row (what it names is not there). */
export function isForeignKeyViolation(error: unknown, constraintPrefix: string): boolean {
  return isConstraintViolation(error, '23503', constraintPrefix);
}

/** Raw snake_case row (from a hand-written statement) → Drizzle's row shape. */
function rawToRow(raw: Record<string, unknown>): Row {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(readColumns)) {
    const value = raw[column.name];
    row[key] = column.name.endsWith('_at') && typeof value === 'string' ? new Date(value) : value;
  }
  row.categoryConfidence = Number(row.categoryConfidence);
  row.emotionIntensity = Number(row.emotionIntensity);
  if (typeof row.triageExplanation === 'string') row.triageExplanation = JSON.parse(row.triageExplanation);
  if (typeof row.risks === 'string') row.risks = parsePgArray(row.risks);
  return row as Row; // every column of the table was copied above
}

function parsePgArray(text: string): string[] {
  const inner = text.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',') : [];
}

export async function findComplaintById(db: Executor, id: string): Promise<Complaint | null> {
  const [row] = await db.select(readColumns).from(complaints).where(eq(complaints.id, id)).limit(1);
  return row ? toComplaint(row) : null;
}

export async function findComplaintsByIds(db: Executor, ids: string[]): Promise<Complaint[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(readColumns).from(complaints).where(inArray(complaints.id, ids));
  return rows.map(toComplaint);
}

export async function findComplaintByTrackingNumber(
  db: Executor,
  trackingNumber: string,
): Promise<(Complaint & { accessTokenHash: Buffer }) | null> {
  const [row] = await db
    .select({ ...readColumns, accessTokenHash: complaints.accessTokenHash })
    .from(complaints)
    .where(eq(complaints.trackingNumber, trackingNumber))
    .limit(1);
  return row ? { ...toComplaint(row), accessTokenHash: row.accessTokenHash } : null;
}

/** Locks the complaint row for the rest of the transaction. */
export async function lockComplaint(tx: Executor, id: string): Promise<Complaint | null> {
  const [row] = await tx
    .select(readColumns)
    .from(complaints)
    .where(eq(complaints.id, id))
    .for('update')
    .limit(1);
  return row ? toComplaint(row) : null;
}

export interface ComplaintFilter {
  status?: ComplaintStatus[] | undefined;
  category?: Category[] | undefined;
  channel?: Channel[] | undefined;
  severity?: Severity[] | undefined;
  ownerId?: string | null | undefined;
  customerId?: string | undefined;
  trackingNumber?: string | undefined;
  urgent?: boolean | undefined;
  needsReview?: boolean | undefined;
  receivedFrom?: Date | undefined;
  receivedTo?: Date | undefined;
  q?: string | undefined;
  /**
   * Open complaints at risk or breached at `now` by their worst handling clock; with `clock`,
   * complaints (any status) whose clock of that kind is (store/sla-clock-repository.ts `hasClockIn`).
   */
  sla?: { state: 'at_risk' | 'breached'; now: Date; clock?: ClockKind | undefined } | undefined;
  subcategoryId?: string | undefined;
  /** By team (store/team-repository.ts `inTeam`): whose owner is in it, or routed to it. */
  team?: TeamFilter | undefined;
  /** Complaints with a remedy awaiting approval: any, or one within this authority limit (null: unlimited). */
  pendingRemedy?: 'any' | { limit: number | null } | undefined;
}

export interface Cursor {
  receivedAt: Date;
  id: string;
}

/** Newest first, keyset-paginated on (received_at, id): every page is an index range. */
export async function listComplaints(
  db: Executor,
  filter: ComplaintFilter,
  page: { limit: number; after?: Cursor | undefined },
): Promise<{ items: Complaint[]; next: Cursor | null }> {
  const where: SQL[] = [];
  const inList = (column: SQL | typeof complaints.status, values: readonly string[]) =>
    sql`${column} IN (${sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    )})`;
  if (filter.status?.length) where.push(inList(complaints.status, filter.status));
  if (filter.category?.length) where.push(inList(sql`${complaints.category}`, filter.category));
  if (filter.channel?.length) where.push(inList(sql`${complaints.channel}`, filter.channel));
  if (filter.severity?.length) where.push(inList(sql`${complaints.severity}`, filter.severity));
  if (filter.ownerId === null) where.push(sql`${complaints.ownerId} IS NULL`);
  else if (filter.ownerId) where.push(eq(complaints.ownerId, filter.ownerId));
  if (filter.customerId) where.push(eq(complaints.customerId, filter.customerId));
  if (filter.trackingNumber) where.push(eq(complaints.trackingNumber, filter.trackingNumber));
  if (filter.urgent !== undefined) where.push(eq(complaints.urgent, filter.urgent));
  if (filter.needsReview !== undefined) where.push(eq(complaints.needsReview, filter.needsReview));
  if (filter.receivedFrom) where.push(sql`${complaints.receivedAt} >= ${filter.receivedFrom}`);
  if (filter.receivedTo) where.push(sql`${complaints.receivedAt} < ${filter.receivedTo}`);
  if (filter.sla) {
    where.push(
      hasClockIn(filter.sla.state, filter.sla.now, complaints.id, complaints.status, filter.sla.clock),
    );
  }
  if (filter.subcategoryId) where.push(eq(complaints.subcategoryId, filter.subcategoryId));
  if (filter.team) where.push(inTeam(filter.team, complaints.ownerId, complaints.category));
  if (filter.pendingRemedy) {
    where.push(
      hasPendingRemedy(complaints.id, filter.pendingRemedy === 'any' ? undefined : filter.pendingRemedy),
    );
  }
  const match = filter.q ? searchMatch(filter.q, await mayHoldOlderTokens(db)) : null;
  if (filter.q && !match) return { items: [], next: null }; // nothing searchable in q
  if (page.after) {
    const after = page.after;
    where.push(
      or(
        lt(complaints.receivedAt, after.receivedAt),
        and(eq(complaints.receivedAt, after.receivedAt), lt(complaints.id, after.id)),
      )!,
    );
  }
  const condition = where.length ? and(...where) : undefined;
  const newestFirst = [desc(complaints.receivedAt), desc(complaints.id)];
  const rows = match
    ? await newestMatches(db, condition, match, page.limit + 1)
    : await db
        .select(readColumns)
        .from(complaints)
        .where(condition)
        .orderBy(...newestFirst)
        .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map(toComplaint);
  const last = items.at(-1);
  return {
    items,
    next: rows.length > page.limit && last ? { receivedAt: last.receivedAt, id: last.id } : null,
  };
}

/**
 * What `q` matches, over the columns `search` and `tracking_number`: its text, and when it is
 * a tracking number as people type it (`cl-kyjd-mdaz`, `KYJD MDAZ`), that complaint too.
 */
function searchMatch(q: string, withOlderTokens: boolean): SQL | null {
  const text = textQuery(q, withOlderTokens);
  const trackingNumber = normalizeTrackingNumber(q);
  if (!trackingNumber) return text && sql`search @@ ${text}`;
  return text
    ? sql`(search @@ ${text} OR tracking_number = ${trackingNumber})`
    : sql`tracking_number = ${trackingNumber}`;
}

/** How many of the newest rows a search reads before it asks the search index instead. */
const recentWindow = 2_000;

/**
 * The newest `count` complaints matching a text query (and the other conditions).
 *
 * A common word matches thousands of rows: finding them all through the search index and
 * sorting them by date costs tens of milliseconds. So the newest rows are read first,
 * through the date index, and filtered; when they hold a full page, that page is the
 * answer (any other match is older). A rarer word falls through to the search index
 * (STACK.md rule 2), which then finds few rows.
 */
async function newestMatches(db: Executor, condition: SQL | undefined, match: SQL, count: number) {
  const filters = condition ? sql`WHERE ${condition}` : sql``;
  const recent = await db
    .select(readColumns)
    .from(complaints)
    .where(
      sql`${complaints.id} IN (SELECT recent.id FROM (SELECT id, received_at, search, tracking_number FROM ${complaints} ${filters}
          ORDER BY received_at DESC, id DESC LIMIT ${recentWindow}) AS recent
          WHERE ${match} ORDER BY recent.received_at DESC, recent.id DESC LIMIT ${count})`,
    )
    .orderBy(desc(complaints.receivedAt), desc(complaints.id));
  if (recent.length === count) return recent;
  const where = condition ? sql`${condition} AND ${match}` : match;
  return db
    .select(readColumns)
    .from(complaints)
    .where(
      sql`${complaints.id} IN (SELECT id FROM ${complaints} WHERE ${where} ORDER BY received_at DESC, id DESC LIMIT ${count})`,
    )
    .orderBy(desc(complaints.receivedAt), desc(complaints.id));
}

export type ComplaintChanges = Partial<
  Pick<
    Row,
    | 'status'
    | 'ownerId'
    | 'responsibility'
    | 'verifiedFacts'
    | 'orderRef'
    | 'productRef'
    | 'resolution'
    | 'resolvedAt'
    | 'closedAt'
    | 'firstRespondedAt'
    | 'category'
    | 'categoryConfidence'
    | 'categorySource'
    | 'emotion'
    | 'risks'
    | 'severity'
    | 'severitySource'
    | 'complexity'
    | 'resolutionDueAt'
    | 'needsReview'
    | 'urgent'
    | 'resolutionCount'
    | 'reopenCount'
    | 'satisfactionRating'
    | 'subcategoryId'
  >
>;

export async function updateComplaint(
  tx: Executor,
  id: string,
  changes: ComplaintChanges,
  now: Date,
): Promise<Complaint> {
  const [row] = await tx
    .update(complaints)
    .set({ ...changes, updatedAt: now, version: sql`${complaints.version} + 1` })
    .where(eq(complaints.id, id))
    .returning(readColumns);
  if (!row) throw new Error(`complaint ${id} vanished inside its transaction`);
  return toComplaint(row);
}
