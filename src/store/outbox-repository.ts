/**
 * Messages to customers waiting for their channel to send them. The email channel
 * (a later issue) drains it; until then admins can see what would be sent.
 */
import type { Executor } from './database.js';
import { outbox } from './schema.js';

export interface OutboxMessage {
  id: string;
  complaintId: string | null;
  channel: 'email' | 'sms';
  recipient: string;
  template: string;
  locale: string;
  subject: string;
  body: string;
  dedupeKey: string;
  createdAt: Date;
}

/** Idempotent by `dedupeKey`: a retried job writes its message once. */
export async function addToOutbox(db: Executor, ...messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insert(outbox)
    .values(messages.map((m) => ({ ...m, status: 'pending' })))
    .onConflictDoNothing({ target: outbox.dedupeKey });
}
