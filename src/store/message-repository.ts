/**
 * Messages on a complaint: what the customer sent (inbound), what we told the customer
 * (reply), and internal notes the customer never sees.
 */
import { asc, eq } from 'drizzle-orm';
import type { Executor } from './database.js';
import { messages } from './schema.js';

export const messageKinds = ['inbound', 'reply', 'note'] as const;
export type MessageKind = (typeof messageKinds)[number];

export interface Message {
  id: string;
  complaintId: string;
  kind: MessageKind;
  authorId: string | null;
  authorName: string;
  body: string;
  createdAt: Date;
}

export async function insertMessage(db: Executor, message: Message): Promise<Message> {
  await db.insert(messages).values(message);
  return message;
}

export async function listMessages(db: Executor, complaintId: string): Promise<Message[]> {
  const rows = await db
    .select()
    .from(messages)
    .where(eq(messages.complaintId, complaintId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  return rows.map((r) => ({ ...r, kind: r.kind as MessageKind }));
}
