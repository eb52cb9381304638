/**
 * Links between complaints (PRODUCT.md R13): a repeat complaint by the same customer within 30
 * days (二次投诉), and near-duplicate texts. Written at intake (complaint-repository.ts), read here
 * in both directions: a complaint shows the earlier ones it repeats and the later ones repeating it.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';

export interface ComplaintLink {
  kind: 'repeat' | 'duplicate';
  /** 'earlier': this complaint repeats or duplicates it; 'later': it repeats or duplicates this one. */
  direction: 'earlier' | 'later';
  score: number;
  complaint: { id: string; trackingNumber: string; subject: string; status: string; receivedAt: Date };
}

interface LinkRow extends Record<string, unknown> {
  kind: string;
  direction: string;
  score: number | string;
  id: string;
  tracking_number: string;
  subject: string;
  status: string;
  received_at: Date | string;
}

/** Both directions, newest related complaint first (bounded: a storm of duplicates lists 200). */
export async function listLinks(db: Executor, complaintId: string, limit = 200): Promise<ComplaintLink[]> {
  const rows = await queryRows<LinkRow>(
    db,
    sql`
      SELECT l.kind, l.direction, l.score, c.id, c.tracking_number, c.subject, c.status, c.received_at
      FROM (
        SELECT kind, 'earlier' AS direction, score, related_id AS other FROM complaint_links WHERE complaint_id = ${complaintId}
        UNION ALL
        SELECT kind, 'later', score, complaint_id FROM complaint_links WHERE related_id = ${complaintId}
      ) l JOIN complaints c ON c.id = l.other
      ORDER BY c.received_at DESC, c.id DESC
      LIMIT ${limit}`,
  );
  return rows.map((row) => ({
    kind: row.kind as ComplaintLink['kind'],
    direction: row.direction as ComplaintLink['direction'],
    score: Number(row.score),
    complaint: {
      id: row.id,
      trackingNumber: row.tracking_number,
      subject: row.subject,
      status: row.status,
      receivedAt: new Date(row.received_at),
    },
  }));
}
