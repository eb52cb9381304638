/**
 * Post-mortems in the database: one per complaint, written and completed after resolution.
 */
import { eq, sql } from 'drizzle-orm';
import type { CustomerAnswer, PostMortem } from '../domain/learning/post-mortem.js';
import type { RootCause } from '../domain/vocabulary.js';
import { queryRows, type Executor } from './database.js';
import { postMortems } from './schema.js';

type Row = typeof postMortems.$inferSelect;

const toPostMortem = (r: Row): PostMortem => ({
  complaintId: r.complaintId,
  rootCause: r.rootCause as RootCause, // the column only holds root cause keys
  wentWell: r.wentWell,
  wentBadly: r.wentBadly,
  lessons: r.lessons,
  customerAnswer: (r.customerAnswer as CustomerAnswer | null) ?? null, // written only from CustomerAnswer
  authorId: r.authorId,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  completedAt: r.completedAt,
});

export async function findPostMortem(db: Executor, complaintId: string): Promise<PostMortem | null> {
  const [row] = await db.select().from(postMortems).where(eq(postMortems.complaintId, complaintId)).limit(1);
  return row ? toPostMortem(row) : null;
}

/** Writes the post-mortem whole (insert or replace); `createdAt` and the first author stay. */
export async function savePostMortemRow(db: Executor, pm: PostMortem): Promise<PostMortem> {
  const [row] = await db
    .insert(postMortems)
    .values(pm)
    .onConflictDoUpdate({
      target: postMortems.complaintId,
      set: {
        rootCause: pm.rootCause,
        wentWell: pm.wentWell,
        wentBadly: pm.wentBadly,
        lessons: pm.lessons,
        customerAnswer: pm.customerAnswer,
        updatedAt: pm.updatedAt,
        completedAt: pm.completedAt,
      },
    })
    .returning();
  return toPostMortem(row!);
}

/**
 * Whether the complaint was ever resolved: it is resolved or closed now, or its history
 * holds a step to `resolved` (a reopened complaint keeps its first resolution's lessons).
 */
export async function wasEverResolved(
  db: Executor,
  complaint: { id: string; status: string; resolvedAt: Date | null },
): Promise<boolean> {
  if (complaint.resolvedAt || complaint.status === 'resolved' || complaint.status === 'closed') return true;
  const rows = await queryRows<{ found: number }>(
    db,
    sql`SELECT 1 AS found FROM complaint_history
        WHERE complaint_id = ${complaint.id} AND action = 'complaint.status_changed'
          AND changes->'status'->>1 = 'resolved'
        LIMIT 1`,
  );
  return rows.length > 0;
}

export type PostMortemListView = 'due' | 'overdue' | 'done';

/** One line of the quality manager's post-mortem list. */
export interface PostMortemListItem {
  complaintId: string;
  trackingNumber: string;
  subject: string;
  category: string;
  severity: string;
  ownerId: string | null;
  resolvedAt: Date | null;
  /** The post-mortem deadline of the latest resolution (null: none, e.g. a minor complaint). */
  dueAt: Date | null;
  status: 'not_started' | 'draft' | 'completed';
  rootCause: RootCause | null;
  authorId: string | null;
  completedAt: Date | null;
}

export interface PostMortemPosition {
  at: Date;
  id: string;
}

/**
 * The post-mortem list (PRODUCT.md R9): due (an open post-mortem deadline still ahead) and
 * overdue (past it), soonest due first; done (completed), latest first. Keyset-paginated;
 * `ownerId` narrows it to one owner's complaints.
 */
export async function listPostMortems(
  db: Executor,
  filter: { view: PostMortemListView; ownerId?: string | undefined; now: Date },
  page: { limit: number; after?: PostMortemPosition | undefined },
): Promise<{ items: PostMortemListItem[]; next: PostMortemPosition | null }> {
  const owner = filter.ownerId ? sql`AND p.owner_id = ${filter.ownerId}` : sql``;
  const after = page.after;
  const rows =
    filter.view === 'done'
      ? await queryRows<RawListRow>(
          db,
          sql`
          SELECT p.id, p.tracking_number, p.subject, p.category, p.severity, p.owner_id, p.resolved_at,
                 c.due_at, pm.root_cause, pm.author_id, pm.completed_at, true AS written
          FROM post_mortems pm
          JOIN complaints p ON p.id = pm.complaint_id
          LEFT JOIN sla_clocks c ON c.complaint_id = pm.complaint_id AND c.kind = 'post_mortem'
          WHERE pm.completed_at IS NOT NULL ${owner}
            ${after ? sql`AND (pm.completed_at, pm.complaint_id) < (${after.at}, ${after.id})` : sql``}
          ORDER BY pm.completed_at DESC, pm.complaint_id DESC
          LIMIT ${page.limit + 1}`,
        )
      : await queryRows<RawListRow>(
          db,
          sql`
          SELECT p.id, p.tracking_number, p.subject, p.category, p.severity, p.owner_id, p.resolved_at,
                 c.due_at, pm.root_cause, pm.author_id, pm.completed_at, pm.complaint_id IS NOT NULL AS written
          FROM sla_clocks c
          JOIN complaints p ON p.id = c.complaint_id
          LEFT JOIN post_mortems pm ON pm.complaint_id = c.complaint_id
          WHERE c.kind = 'post_mortem' AND c.met_at IS NULL AND c.stopped_at IS NULL
            AND c.due_at ${filter.view === 'overdue' ? sql`<` : sql`>=`} ${filter.now} ${owner}
            ${after ? sql`AND (c.due_at, c.complaint_id) > (${after.at}, ${after.id})` : sql``}
          ORDER BY c.due_at, c.complaint_id
          LIMIT ${page.limit + 1}`,
        );
  const items = rows.slice(0, page.limit).map(toListItem);
  const last = items.at(-1);
  const lastAt = last ? (filter.view === 'done' ? last.completedAt : last.dueAt) : null;
  return {
    items,
    next: rows.length > page.limit && last && lastAt ? { at: lastAt, id: last.complaintId } : null,
  };
}

interface RawListRow {
  id: string;
  tracking_number: string;
  subject: string;
  category: string;
  severity: string;
  owner_id: string | null;
  resolved_at: string | Date | null;
  due_at: string | Date | null;
  root_cause: string | null;
  author_id: string | null;
  completed_at: string | Date | null;
  written: boolean;
}

const instantOrNull = (value: string | Date | null): Date | null => (value === null ? null : new Date(value));

function toListItem(r: RawListRow): PostMortemListItem {
  const completedAt = instantOrNull(r.completed_at);
  return {
    complaintId: r.id,
    trackingNumber: r.tracking_number,
    subject: r.subject,
    category: r.category,
    severity: r.severity,
    ownerId: r.owner_id,
    resolvedAt: instantOrNull(r.resolved_at),
    dueAt: instantOrNull(r.due_at),
    status: completedAt ? 'completed' : r.written ? 'draft' : 'not_started',
    rootCause: r.root_cause as RootCause | null, // the column only holds root cause keys
    authorId: r.author_id,
    completedAt,
  };
}
