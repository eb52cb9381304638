/**
 * The staff a complaint refers to, by name: its owner and creator, whoever acted in its
 * history or was named in a hand-over there, wrote its messages, proposed or decided its
 * remedies, recorded its follow-ups, wrote its post-mortem, or added or own its actions. One
 * statement, so the complaint page names everyone, also for roles that may not list staff.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';

/** A staff account as a complaint names it: nothing but who it is. */
export interface StaffName {
  id: string;
  name: string;
}

// History holds owners as `changes.ownerId = [before, after]`; only uuid-shaped strings are cast.
const uuidPattern = sql.raw(
  `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`,
);

/** Every staff account the complaint refers to, deactivated ones included, ordered by name. */
export async function staffNamesOf(db: Executor, complaintId: string): Promise<StaffName[]> {
  return queryRows<StaffName>(
    db,
    sql`
      WITH referred(id) AS (
        SELECT owner_id FROM complaints WHERE id = ${complaintId}
        UNION SELECT created_by_id FROM complaints WHERE id = ${complaintId}
        UNION SELECT actor_id FROM complaint_history
          WHERE complaint_id = ${complaintId} AND actor_type = 'user'
        UNION SELECT CASE WHEN o.value ~ ${uuidPattern} THEN o.value::uuid END
          FROM complaint_history h, jsonb_array_elements_text(h.changes -> 'ownerId') AS o(value)
          WHERE h.complaint_id = ${complaintId} AND jsonb_typeof(h.changes -> 'ownerId') = 'array'
        UNION SELECT author_id FROM messages WHERE complaint_id = ${complaintId}
        UNION SELECT proposed_by_id FROM remedies WHERE complaint_id = ${complaintId}
        UNION SELECT decided_by_id FROM remedies WHERE complaint_id = ${complaintId}
        UNION SELECT recorded_by_id FROM follow_ups WHERE complaint_id = ${complaintId}
        UNION SELECT author_id FROM post_mortems WHERE complaint_id = ${complaintId}
        UNION SELECT owner_id FROM corrective_actions WHERE complaint_id = ${complaintId}
        UNION SELECT created_by_id FROM corrective_actions WHERE complaint_id = ${complaintId}
      )
      SELECT u.id, u.name FROM users u JOIN referred r ON r.id = u.id
      ORDER BY u.name, u.id`,
  );
}
