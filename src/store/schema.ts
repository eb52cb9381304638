/**
 * The database schema: one Drizzle pg-core definition for PGlite and PostgreSQL.
 *
 * `drizzle-kit generate` turns changes here into a new migration in ./migrations;
 * hand-written SQL (extensions, triggers) lives in custom migrations beside them.
 * Stay within PostgreSQL 15 features: PGlite runs 18, production may run 15.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

export const authTokens = pgTable(
  'auth_tokens',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(), // 'session' | 'api'
    name: text('name'),
    tokenHash: bytea('token_hash').notNull(),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at'),
    revokedAt: instant('revoked_at'),
    lastUsedAt: instant('last_used_at'),
  },
  (t) => [uniqueIndex('auth_tokens_hash_key').on(t.tokenHash), index('auth_tokens_user_idx').on(t.userId)],
);

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    /** Lower-cased email and digits-only phone: the keys that link repeat complaints. */
    emailKey: text('email_key'),
    phoneKey: text('phone_key'),
    tier: text('tier').notNull().default('standard'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('customers_email_key')
      .on(t.emailKey)
      .where(sql`${t.emailKey} is not null`),
    uniqueIndex('customers_phone_key')
      .on(t.phoneKey)
      .where(sql`${t.phoneKey} is not null`),
  ],
);

export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey(),
    trackingNumber: text('tracking_number').notNull(),
    accessTokenHash: bytea('access_token_hash').notNull(),
    status: text('status').notNull(),
    channel: text('channel').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    // The contact as given with this complaint: the record of what the customer said.
    customerName: text('customer_name').notNull(),
    customerEmail: text('customer_email'),
    customerPhone: text('customer_phone'),
    customerTier: text('customer_tier').notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    expectation: text('expectation'),
    orderRef: text('order_ref'),
    productRef: text('product_ref'),
    occurredAt: instant('occurred_at'),
    receivedAt: instant('received_at').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    complexity: text('complexity').notNull(),
    locale: text('locale').notNull(),
    language: text('language').notNull(),
    category: text('category').notNull(),
    categoryConfidence: real('category_confidence').notNull(),
    categorySource: text('category_source').notNull(), // 'triage' | 'person'
    emotion: text('emotion').notNull(),
    emotionIntensity: real('emotion_intensity').notNull(),
    risks: text('risks').array().notNull(),
    severity: text('severity').notNull(),
    severitySource: text('severity_source').notNull(),
    urgent: boolean('urgent').notNull(),
    needsReview: boolean('needs_review').notNull(),
    triageExplanation: jsonb('triage_explanation').notNull(),
    triageModelVersion: text('triage_model_version').notNull(),
    ownerId: uuid('owner_id').references(() => users.id),
    createdById: uuid('created_by_id').references(() => users.id),
    responsibility: text('responsibility'),
    resolution: text('resolution'),
    resolvedAt: instant('resolved_at'),
    closedAt: instant('closed_at'),
    firstResponseDueAt: instant('first_response_due_at').notNull(),
    firstRespondedAt: instant('first_responded_at'),
    resolutionDueAt: instant('resolution_due_at').notNull(),
    /** App-built search tokens (CJK bigrams + words); see domain/search/tokens.ts. */
    searchTokens: text('search_tokens').notNull(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_tokens)`),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('complaints_tracking_number_key').on(t.trackingNumber),
    // Ascending on purpose: lists read them backwards for ORDER BY received_at DESC, id DESC.
    // (drizzle's .desc() means DESC NULLS LAST, which that ORDER BY cannot use.)
    index('complaints_received_idx').on(t.receivedAt, t.id),
    index('complaints_status_received_idx').on(t.status, t.receivedAt, t.id),
    index('complaints_category_received_idx').on(t.category, t.receivedAt, t.id),
    index('complaints_owner_received_idx').on(t.ownerId, t.receivedAt, t.id),
    index('complaints_customer_idx').on(t.customerId, t.receivedAt),
    index('complaints_search_idx').using('gin', t.search),
  ],
);

export const complaintHistory = pgTable(
  'complaint_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    at: instant('at').notNull(),
    actorType: text('actor_type').notNull(), // 'user' | 'customer' | 'system'
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull(),
  },
  (t) => [index('complaint_history_complaint_idx').on(t.complaintId, t.id)],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    kind: text('kind').notNull(), // 'inbound' | 'reply' | 'note'
    authorId: uuid('author_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('messages_complaint_idx').on(t.complaintId, t.createdAt)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedByType: text('uploaded_by_type').notNull(), // 'user' | 'customer'
    uploadedById: uuid('uploaded_by_id'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('attachments_complaint_idx').on(t.complaintId, t.createdAt)],
);

export const remedies = pgTable(
  'remedies',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    kind: text('kind').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }),
    currency: text('currency').notNull(),
    description: text('description').notNull(),
    status: text('status').notNull(), // 'approved' | 'pending_approval' | 'rejected'
    proposedById: uuid('proposed_by_id')
      .notNull()
      .references(() => users.id),
    decidedById: uuid('decided_by_id').references(() => users.id),
    decidedAt: instant('decided_at'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('remedies_complaint_idx').on(t.complaintId),
    index('remedies_pending_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending_approval'`),
  ],
);

/**
 * Deadlines as data (PRODUCT.md R6): one row per clock of a complaint. A clock is due at
 * `due_at`, warns at `warn_at`, is met, breached or stopped (no longer applies). The
 * progress-update clock of a complex complaint rolls forward: each customer-visible
 * update starts a new 24 h cycle (`cycle` counts them).
 */
export const slaClocks = pgTable(
  'sla_clocks',
  {
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    kind: text('kind').notNull(), // 'first_response' | 'resolution' | 'progress_update' | 'follow_up' | 'post_mortem'
    cycle: integer('cycle').notNull().default(1),
    startedAt: instant('started_at').notNull(),
    dueAt: instant('due_at').notNull(),
    warnAt: instant('warn_at').notNull(),
    metAt: instant('met_at'),
    warnedAt: instant('warned_at'),
    breachedAt: instant('breached_at'),
    escalatedAt: instant('escalated_at'),
    stoppedAt: instant('stopped_at'),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.complaintId, t.kind] }),
    // The sweeps: open clocks by the instant they next need attention.
    index('sla_clocks_warn_idx')
      .on(t.warnAt)
      .where(sql`${t.metAt} IS NULL AND ${t.stoppedAt} IS NULL AND ${t.warnedAt} IS NULL`),
    index('sla_clocks_due_idx')
      .on(t.dueAt)
      .where(sql`${t.metAt} IS NULL AND ${t.stoppedAt} IS NULL AND ${t.breachedAt} IS NULL`),
  ],
);

/** What staff are told: a breach, a warning, an escalation. Read in the app. */
export const notifications = pgTable(
  'notifications',
  {
    id: text('id').primaryKey(), // deterministic: one notification per event and person
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    complaintId: uuid('complaint_id').references(() => complaints.id),
    payload: jsonb('payload').notNull(),
    createdAt: instant('created_at').notNull(),
    readAt: instant('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/**
 * Business calendars that admins edit (time zone, weekend, holidays, make-up working
 * days). One is the default: the deadlines of new complaints follow it.
 */
export const businessCalendars = pgTable(
  'business_calendars',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    weekend: integer('weekend').array().notNull(),
    holidays: text('holidays').array().notNull(),
    workdays: text('workdays').array().notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    updatedAt: instant('updated_at').notNull(),
    updatedById: uuid('updated_by_id').references(() => users.id),
  },
  (t) => [
    uniqueIndex('business_calendars_one_default')
      .on(t.isDefault)
      .where(sql`${t.isDefault}`),
  ],
);

/** Authority limits per role (CONTRACT.md §5); null: unlimited. */
export const authorityLimits = pgTable('authority_limits', {
  role: text('role').primaryKey(),
  limitAmount: numeric('limit_amount', { precision: 14, scale: 2 }),
  currency: text('currency').notNull(),
});

export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull(), // 'pending' | 'running' | 'done' | 'dead'
    runAt: instant('run_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    lockedBy: text('locked_by'),
    lockedUntil: instant('locked_until'),
    lastError: text('last_error'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`${t.status} = 'pending'`),
    index('jobs_running_idx')
      .on(t.lockedUntil)
      .where(sql`${t.status} = 'running'`),
    index('jobs_dead_idx')
      .on(t.updatedAt)
      .where(sql`${t.status} = 'dead'`),
  ],
);

/** Messages to customers waiting for their channel (the email channel sends them). */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id').references(() => complaints.id),
    channel: text('channel').notNull(), // 'email' | 'sms'
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull(), // 'pending' | 'sent' | 'failed'
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: instant('created_at').notNull(),
    sentAt: instant('sent_at'),
  },
  (t) => [
    uniqueIndex('outbox_dedupe_key').on(t.dedupeKey),
    index('outbox_pending_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);
