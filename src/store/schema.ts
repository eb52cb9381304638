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

/** Teams of staff: escalations go to the supervisors of a complaint's team (commands/tell-staff.ts). */
export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [uniqueIndex('teams_name_key').on(sql`lower(${t.name})`)],
);

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
    teamId: uuid('team_id').references(() => teams.id),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    index('users_team_idx')
      .on(t.teamId)
      .where(sql`${t.teamId} IS NOT NULL`),
  ],
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
    /** Step 2: the facts the owner verified (what happened, checked against records). */
    verifiedFacts: text('verified_facts'),
    /** The deadline policy the complaint was opened under (deadline_policies.version). */
    deadlinePolicyVersion: integer('deadline_policy_version').notNull().default(1),
    /** Kept per complaint for reports (PRODUCT.md R8): how often it was resolved and reopened. */
    resolutionCount: integer('resolution_count').notNull().default(0),
    reopenCount: integer('reopen_count').notNull().default(0),
    /** The customer's latest survey rating, 1–5. */
    satisfactionRating: integer('satisfaction_rating'),
    /** The same customer's earlier complaint within 30 days (二次投诉), if any. */
    repeatOfId: uuid('repeat_of_id'),
    /** MinHash signature of the text's shingles (domain/search/minhash.ts); its bands: complaint_bands. */
    minhash: integer('minhash').array(),
    version: integer('version').notNull().default(1),
    /** A subcategory of the complaint's category (subcategories), set by staff (at intake too); null: none. */
    subcategoryId: uuid('subcategory_id').references(() => subcategories.id),
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
    index('complaints_repeat_of_idx')
      .on(t.repeatOfId)
      .where(sql`${t.repeatOfId} IS NOT NULL`),
    // Supervision (store/supervision-repository.ts): open complaints per owner and severity, read
    // from the index alone; the statuses are lifecycle.ts `openStatuses`, and must stay equal to it.
    index('complaints_open_owner_idx')
      .on(t.ownerId, t.severity)
      .where(sql`${t.status} IN ('new', 'triaged', 'investigating', 'remedy_proposed', 'in_progress')`),
    // Supervision: complaints resolved in a recent window (workload, SLA compliance).
    index('complaints_resolved_idx')
      .on(t.resolvedAt)
      .where(sql`${t.resolvedAt} IS NOT NULL`),
    // The list's ?subcategory= filter, and whether a subcategory is in use (an admin's edit asks).
    index('complaints_subcategory_received_idx')
      .on(t.subcategoryId, t.receivedAt, t.id)
      .where(sql`${t.subcategoryId} IS NOT NULL`),
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
    /** Why an approver refused it. */
    decisionReason: text('decision_reason'),
    /** The customer's answer to the offer, from the tracking page. */
    customerResponse: text('customer_response'), // 'accepted' | 'rejected'
    customerReason: text('customer_reason'),
    customerRespondedAt: instant('customer_responded_at'),
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
    // The supervision board: open clocks past their warning time, at risk or breached, whether
    // or not a sweep has marked them yet (a warning time never comes after the due time).
    index('sla_clocks_open_warn_idx')
      .on(t.warnAt)
      .where(sql`${t.metAt} IS NULL AND ${t.stoppedAt} IS NULL`),
    // Escalations by when they happened.
    index('sla_clocks_escalated_idx')
      .on(t.escalatedAt)
      .where(sql`${t.escalatedAt} IS NOT NULL`),
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
    /** `{ '1': [{ from: '09:00', to: '18:00' }], … }`; null: not recorded. */
    openingHours: jsonb('opening_hours'),
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

/**
 * Step 2: the owner asks a department to investigate or act; the owner stays the
 * customer's one point of contact, the handler sees the task.
 */
export const departmentTasks = pgTable(
  'department_tasks',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    department: text('department').notNull(),
    handlerId: uuid('handler_id')
      .notNull()
      .references(() => users.id),
    request: text('request').notNull(),
    dueAt: instant('due_at').notNull(),
    status: text('status').notNull(), // 'open' | 'done' | 'cancelled'
    outcome: text('outcome'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: instant('created_at').notNull(),
    completedAt: instant('completed_at'),
    overdueNotifiedAt: instant('overdue_notified_at'),
  },
  (t) => [
    index('department_tasks_complaint_idx').on(t.complaintId, t.createdAt),
    index('department_tasks_handler_idx').on(t.handlerId, t.status, t.dueAt),
    index('department_tasks_due_idx')
      .on(t.dueAt)
      .where(sql`${t.status} = 'open' AND ${t.overdueNotifiedAt} IS NULL`),
  ],
);

/**
 * Step 3: the remedy matrix admins edit. For each severity (and optionally a category)
 * the remedies to suggest, in order. Empty table: the shipped defaults apply.
 */
export const remedyMatrix = pgTable(
  'remedy_matrix',
  {
    id: uuid('id').primaryKey(),
    severity: text('severity').notNull(),
    category: text('category'),
    kind: text('kind').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }),
    currency: text('currency').notNull(),
    /** `{ 'zh-CN': '…', 'en-US': '…' }` */
    label: jsonb('label').notNull(),
    position: integer('position').notNull(),
    updatedAt: instant('updated_at').notNull(),
    updatedById: uuid('updated_by_id').references(() => users.id),
  },
  (t) => [index('remedy_matrix_severity_idx').on(t.severity, t.position)],
);

/** Step 5: the customer's survey, one per resolution (`round` = the complaint's resolution count). */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    round: integer('round').notNull(),
    rating: integer('rating').notNull(),
    comment: text('comment'),
    submittedAt: instant('submitted_at').notNull(),
  },
  (t) => [
    uniqueIndex('surveys_complaint_round_key').on(t.complaintId, t.round),
    index('surveys_submitted_idx').on(t.submittedAt),
  ],
);

/** Step 5: the follow-up call or message 24 h after resolution, and what came of it. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    round: integer('round').notNull(),
    outcome: text('outcome').notNull(), // 'satisfied' | 'unsatisfied' | 'unreachable'
    notes: text('notes'),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    recordedAt: instant('recorded_at').notNull(),
  },
  (t) => [index('follow_ups_complaint_idx').on(t.complaintId, t.recordedAt)],
);

/**
 * Step 6: the post-mortem of a complaint: root cause, what went well and badly, lessons,
 * and the final answer to the customer's four needs (seed 003).
 */
export const postMortems = pgTable('post_mortems', {
  complaintId: uuid('complaint_id')
    .primaryKey()
    .references(() => complaints.id),
  rootCause: text('root_cause').notNull(),
  wentWell: text('went_well'),
  wentBadly: text('went_badly'),
  lessons: text('lessons'),
  /** The four needs: `{ whenSolved, howSolved, rootCause, prevention }`. */
  customerAnswer: jsonb('customer_answer'),
  authorId: uuid('author_id')
    .notNull()
    .references(() => users.id),
  createdAt: instant('created_at').notNull(),
  updatedAt: instant('updated_at').notNull(),
  completedAt: instant('completed_at'),
});

/** Step 6: corrective and preventive actions, each owned and due, tracked to done. */
export const correctiveActions = pgTable(
  'corrective_actions',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    kind: text('kind').notNull(), // 'corrective' | 'preventive'
    description: text('description').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    dueAt: instant('due_at').notNull(),
    status: text('status').notNull(), // 'open' | 'done' | 'cancelled'
    doneAt: instant('done_at'),
    doneNote: text('done_note'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: instant('created_at').notNull(),
    overdueNotifiedAt: instant('overdue_notified_at'),
  },
  (t) => [
    index('corrective_actions_complaint_idx').on(t.complaintId, t.createdAt),
    index('corrective_actions_owner_idx').on(t.ownerId, t.status, t.dueAt),
    index('corrective_actions_due_idx')
      .on(t.dueAt)
      .where(sql`${t.status} = 'open' AND ${t.overdueNotifiedAt} IS NULL`),
  ],
);

/** Step 6: anonymised copies of instructive complaints, searchable, for training. */
export const caseLibrary = pgTable(
  'case_library',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    title: text('title').notNull(),
    body: jsonb('body').notNull(),
    category: text('category').notNull(),
    severity: text('severity').notNull(),
    tags: text('tags').array().notNull(),
    searchTokens: text('search_tokens').notNull(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_tokens)`),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('case_library_complaint_key').on(t.complaintId),
    index('case_library_created_idx').on(t.createdAt, t.id),
    index('case_library_search_idx').using('gin', t.search),
  ],
);

/** An agent's correction of a triage field; retraining learns from them. */
export const triageCorrections = pgTable(
  'triage_corrections',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    field: text('field').notNull(), // 'category' | 'emotion' | 'severity' | 'risks' | 'urgent'
    fromValue: jsonb('from_value').notNull(),
    toValue: jsonb('to_value').notNull(),
    modelVersion: text('model_version').notNull(),
    correctedById: uuid('corrected_by_id')
      .notNull()
      .references(() => users.id),
    correctedAt: instant('corrected_at').notNull(),
  },
  (t) => [index('triage_corrections_at_idx').on(t.correctedAt)],
);

/** Triage models trained here (the shipped one lives in the repo); one may be active. */
export const triageModels = pgTable(
  'triage_models',
  {
    version: text('version').primaryKey(),
    model: bytea('model').notNull(),
    metrics: jsonb('metrics').notNull(),
    active: boolean('active').notNull().default(false),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('triage_models_one_active')
      .on(t.active)
      .where(sql`${t.active}`),
  ],
);

/** Links between complaints: a repeat by the same customer, a near-duplicate text. */
export const complaintLinks = pgTable(
  'complaint_links',
  {
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    relatedId: uuid('related_id')
      .notNull()
      .references(() => complaints.id),
    kind: text('kind').notNull(), // 'repeat' | 'duplicate'
    score: real('score').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.complaintId, t.relatedId, t.kind] }),
    index('complaint_links_related_idx').on(t.relatedId),
  ],
);

/**
 * Deadline policies, versioned: each edit is a new version; a complaint keeps the version
 * it was opened under. `rules` holds the targets per category, severity, tier, complexity.
 */
export const deadlinePolicies = pgTable('deadline_policies', {
  version: integer('version').primaryKey(),
  rules: jsonb('rules').notNull(),
  note: text('note'),
  createdById: uuid('created_by_id').references(() => users.id),
  createdAt: instant('created_at').notNull(),
});

/**
 * Reply templates (情绪安抚话术模板) that admins edit: per language, optionally per category and
 * severity, in the sections of the customer's four needs (seed 003). Empty table: the shipped
 * templates apply (domain/replies/shipped-templates.ts).
 */
export const replyTemplates = pgTable(
  'reply_templates',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    locale: text('locale').notNull(),
    category: text('category'),
    severity: text('severity'),
    /** `{ opening, whenSolved, howSolved, rootCause, prevention, closing }` */
    sections: jsonb('sections').notNull(),
    position: integer('position').notNull(),
    updatedAt: instant('updated_at').notNull(),
    updatedById: uuid('updated_by_id').references(() => users.id),
  },
  (t) => [index('reply_templates_locale_idx').on(t.locale, t.position)],
);

/**
 * The LSH band keys of each complaint's MinHash (domain/search/minhash.ts), one row per band:
 * the near-duplicate lookup reads, for each band of a new complaint, only the newest few
 * complaints with that key, so a burst of thousands of identical complaints costs no more
 * per complaint than a quiet day.
 */
export const complaintBands = pgTable(
  'complaint_bands',
  {
    band: integer('band').notNull(),
    receivedAt: instant('received_at').notNull(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
  },
  (t) => [primaryKey({ columns: [t.band, t.receivedAt, t.complaintId] })],
);

/**
 * Complaints whose near duplicates are still to be looked for. Intake adds a row in its
 * statement (cheap); the duplicates sweep (jobs/duplicates-sweep.ts) takes them in batches,
 * off the request path, and removes them.
 */
export const duplicateChecks = pgTable(
  'duplicate_checks',
  {
    complaintId: uuid('complaint_id')
      .primaryKey()
      .references(() => complaints.id),
    receivedAt: instant('received_at').notNull(),
  },
  (t) => [index('duplicate_checks_received_idx').on(t.receivedAt)],
);

/**
 * What admins set around each of the seven fixed categories (CONTRACT.md §4): display names,
 * guidance for agents, the team that takes its unassigned complaints. No row: the shipped
 * names (domain/categories/category-settings.ts), no guidance, no team.
 */
export const categorySettings = pgTable('category_settings', {
  category: text('category').primaryKey(),
  /** `{ 'zh-CN': '…', 'en-US': '…' }` */
  names: jsonb('names').notNull(),
  /** What belongs here, for agents: `{ 'zh-CN': '…', 'en-US': '…' }` (either may be empty). */
  guidance: jsonb('guidance').notNull(),
  defaultTeamId: uuid('default_team_id').references(() => teams.id),
  updatedAt: instant('updated_at').notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id),
});

/** Subcategories of a category, in order; one in use is deactivated, never deleted. */
export const subcategories = pgTable(
  'subcategories',
  {
    id: uuid('id').primaryKey(),
    category: text('category').notNull(),
    /** `{ 'zh-CN': '…', 'en-US': '…' }` */
    names: jsonb('names').notNull(),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [index('subcategories_category_idx').on(t.category, t.position)],
);
