/**
 * Adds a message to a complaint: a reply to the customer (customer-visible, counts as
 * the first response, and goes to the outbox), an internal note (never shown to the
 * customer, never counts as a response), or an inbound message from the customer.
 */
import type { Actor } from '../domain/complaint/complaint.js';
import { DomainError } from '../domain/errors.js';
import { updateComplaint } from '../store/complaint-repository.js';
import { lockExistingComplaint } from './complaint-guards.js';
import { moveClocksForReply } from './move-clocks.js';
import { appendHistory } from '../store/history-repository.js';
import { newId } from '../store/ids.js';
import { insertMessage, type Message, type MessageKind } from '../store/message-repository.js';
import { addToOutbox } from '../store/outbox-repository.js';
import type { CommandContext } from './context.js';

export async function addMessage(
  ctx: CommandContext,
  complaintId: string,
  input: { kind: MessageKind; body: string },
  actor: Actor,
): Promise<Message> {
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    if (complaint.status === 'dismissed') {
      throw new DomainError('complaint.precondition_failed', 'A dismissed complaint takes no more messages.');
    }
    const now = ctx.now();
    const message = await insertMessage(tx, {
      id: newId(now.getTime()),
      complaintId,
      kind: input.kind,
      authorId: actor.type === 'user' ? actor.id : null,
      authorName: actor.name,
      body: input.body,
      createdAt: now,
    });
    const recorded: Record<string, unknown> = { kind: input.kind, messageId: message.id };
    if (input.kind === 'reply') {
      if (!complaint.firstRespondedAt) await updateComplaint(tx, complaintId, { firstRespondedAt: now }, now);
      const clocks = await moveClocksForReply(tx, complaint, ctx, now);
      if (Object.keys(clocks).length) recorded.clocks = clocks;
      const recipient = complaint.customer.email ?? complaint.customer.phone;
      if (recipient) {
        await addToOutbox(tx, {
          id: newId(now.getTime()),
          complaintId,
          channel: complaint.customer.email ? 'email' : 'sms',
          recipient,
          template: 'reply',
          locale: complaint.locale,
          subject:
            complaint.locale === 'zh-CN'
              ? `关于您的投诉 ${complaint.trackingNumber} 的回复`
              : `About your complaint ${complaint.trackingNumber}`,
          body: input.body,
          dedupeKey: `reply:${message.id}`,
          createdAt: now,
        });
      }
    }
    await appendHistory(tx, complaintId, actor, 'message.added', recorded, now);
    return message;
  });
}
