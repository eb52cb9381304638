/**
 * The acknowledgement to the customer: a message in the outbox, by email when we have an
 * address, else by text message. A complaint with no contact data (taken in person) was
 * acknowledged in person and gets nothing. Intake writes it in the complaint's own statement
 * (`acknowledgementMessage`); the job remains for acknowledgements queued by earlier versions.
 */
import { z } from 'zod';
import type { CommandContext } from '../commands/context.js';
import { acknowledgement } from '../domain/complaint/acknowledgement.js';
import type { Complaint } from '../domain/complaint/complaint.js';
import { findComplaintsByIds } from '../store/complaint-repository.js';
import { newId } from '../store/ids.js';
import { addToOutbox, type OutboxMessage } from '../store/outbox-repository.js';
import { defineJob } from './job-definition.js';

const Payload = z.object({ complaintId: z.uuid() });

type AcknowledgedFacts = Pick<
  Complaint,
  'id' | 'trackingNumber' | 'firstResponseDueAt' | 'resolutionDueAt' | 'locale'
> & { customer: Pick<Complaint['customer'], 'email' | 'phone' | 'name'> };

export function acknowledgementMessage(
  ctx: Pick<CommandContext, 'calendar' | 'now'>,
  complaint: AcknowledgedFacts,
): OutboxMessage | null {
  const { email, phone, name } = complaint.customer;
  const recipient = email ?? phone;
  if (!recipient) return null;
  const message = acknowledgement(
    {
      customerName: name,
      trackingNumber: complaint.trackingNumber,
      firstResponseDueAt: complaint.firstResponseDueAt,
      resolutionDueAt: complaint.resolutionDueAt,
      timeZone: ctx.calendar.timeZone,
      trackingUrl: null,
    },
    complaint.locale,
  );
  const now = ctx.now();
  return {
    id: newId(now.getTime()),
    complaintId: complaint.id,
    channel: email ? 'email' : 'sms',
    recipient,
    template: 'acknowledgement',
    locale: complaint.locale,
    subject: message.subject,
    body: message.body,
    dedupeKey: `acknowledgement:${complaint.id}`,
    createdAt: now,
  };
}

async function acknowledgeAll(ctx: CommandContext, complaintIds: string[]): Promise<void> {
  const complaints = await findComplaintsByIds(ctx.database.db, complaintIds);
  const messages = complaints.map((c) => acknowledgementMessage(ctx, c)).filter((m) => m !== null);
  await addToOutbox(ctx.database.db, ...messages);
}

export const acknowledgeCustomerJob = defineJob<z.infer<typeof Payload>>({
  kind: 'customer.acknowledge',
  payload: Payload,
  maxAttempts: 8,
  idFor: (p) => `customer.acknowledge:${p.complaintId}`,
  handle: (ctx, { complaintId }) => acknowledgeAll(ctx, [complaintId]),
  handleMany: (ctx, payloads) =>
    acknowledgeAll(
      ctx,
      payloads.map((p) => p.complaintId),
    ),
});
