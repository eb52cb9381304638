/**
 * Acknowledges a new complaint to the customer: writes the message to the outbox, by
 * email when we have an address, else by text message, else records that nobody could
 * be told (an in-person complaint without contact data was acknowledged in person).
 */
import { z } from 'zod';
import { acknowledgement } from '../domain/complaint/acknowledgement.js';
import { findComplaintById } from '../store/complaint-repository.js';
import { addToOutbox } from '../store/outbox-repository.js';
import { newId } from '../store/ids.js';
import { defineJob } from './job-definition.js';

const Payload = z.object({ complaintId: z.uuid() });

export const acknowledgeCustomerJob = defineJob<z.infer<typeof Payload>>({
  kind: 'customer.acknowledge',
  payload: Payload,
  maxAttempts: 8,
  idFor: (p) => `customer.acknowledge:${p.complaintId}`,
  async handle(ctx, { complaintId }) {
    const complaint = await findComplaintById(ctx.database.db, complaintId);
    if (!complaint) return; // nothing to acknowledge
    const { email, phone, name } = complaint.customer;
    const recipient = email ?? phone;
    if (!recipient) return;
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
    await addToOutbox(ctx.database.db, {
      id: newId(),
      complaintId,
      channel: email ? 'email' : 'sms',
      recipient,
      template: 'acknowledgement',
      locale: complaint.locale,
      subject: message.subject,
      body: message.body,
      dedupeKey: `acknowledgement:${complaintId}`,
      createdAt: ctx.now(),
    });
  },
});
