/**
 * Public intake and tracking (CONTRACT.md §6): no account, rate-limited per address.
 * A customer reaches only their own complaint, with its tracking number and access token.
 */
import { z } from 'zod';
import { addEvidence } from '../../commands/add-evidence.js';
import { addMessage } from '../../commands/add-message.js';
import { openComplaint } from '../../commands/open-complaint.js';
import { openWithAccessToken, trackComplaint } from '../../commands/track-complaint.js';
import { DomainError } from '../../domain/errors.js';
import { readEvidenceFiles } from '../http/multipart.js';
import { presentCustomerClosing } from '../presenters/closing-presenter.js';
import { presentAttachment } from '../presenters/complaint-presenter.js';
import {
  AccessTokenHeaders,
  AttachmentView,
  CustomerMessageBody,
  PublicComplaintBody,
  PublicReceipt,
  PublicView,
  TrackingParams,
} from './complaints.schema.js';
import type { App, RouteDeps } from './route-context.js';

const tags = ['public'];

/** The X-Access-Token header; any wrong token, however long, is the same 404 as an unknown number. */
export function accessTokenOf(headers: { 'x-access-token'?: string | undefined }): string {
  const value = headers['x-access-token'];
  if (!value || value.length > 200) {
    throw new DomainError('complaint.not_found', 'No complaint with this tracking number and access token.');
  }
  return value;
}

/** The rate limit of every public route that reaches one complaint. */
export const publicLookupLimit = (rateLimits: RouteDeps['rateLimits']) => ({
  rateLimit: { max: rateLimits.publicLookupPerMinute, timeWindow: '1 minute' },
});

export function publicRoutes(app: App, { ctx, rateLimits, publicUrl }: RouteDeps): void {
  const lookupLimit = publicLookupLimit(rateLimits);
  const token = accessTokenOf;

  app.post(
    '/api/v1/public/complaints',
    {
      config: { rateLimit: { max: rateLimits.publicIntakePerMinute, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'File a complaint (web form); answers the tracking number and access token',
        body: PublicComplaintBody,
        response: { 201: PublicReceipt },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const { complaint, accessToken } = await openComplaint(
        ctx,
        { ...body, channel: 'web', customer: { ...body.customer } },
        { type: 'customer', name: body.customer.name },
      );
      const base = publicUrl ?? `${request.protocol}://${request.host}`;
      return reply.code(201).send({
        trackingNumber: complaint.trackingNumber,
        accessToken,
        status: complaint.status,
        firstResponseDueAt: complaint.firstResponseDueAt.toISOString(),
        resolutionDueAt: complaint.resolutionDueAt.toISOString(),
        trackingUrl: `${base}/track?n=${encodeURIComponent(complaint.trackingNumber)}&t=${encodeURIComponent(accessToken)}`,
      });
    },
  );

  app.get(
    '/api/v1/public/complaints/:trackingNumber',
    {
      config: lookupLimit,
      schema: {
        tags,
        summary: 'Track a complaint (header X-Access-Token)',
        params: TrackingParams,
        headers: AccessTokenHeaders,
        response: { 200: PublicView },
      },
    },
    async (request) => {
      const view = await trackComplaint(ctx, request.params.trackingNumber, token(request.headers));
      return {
        trackingNumber: view.complaint.trackingNumber,
        status: view.complaint.status,
        subject: view.complaint.subject,
        receivedAt: view.complaint.receivedAt.toISOString(),
        firstResponseDueAt: view.complaint.firstResponseDueAt.toISOString(),
        resolutionDueAt: view.complaint.resolutionDueAt.toISOString(),
        timeline: view.timeline.map((t) => ({ ...t, at: t.at.toISOString() })),
        ...presentCustomerClosing(view),
      };
    },
  );

  app.post(
    '/api/v1/public/complaints/:trackingNumber/messages',
    {
      config: lookupLimit,
      schema: {
        tags,
        summary: 'Add a message to your complaint',
        params: TrackingParams,
        headers: AccessTokenHeaders,
        body: CustomerMessageBody,
        response: { 201: z.object({ at: z.string() }) },
      },
    },
    async (request, reply) => {
      const complaint = await openWithAccessToken(ctx, request.params.trackingNumber, token(request.headers));
      const message = await addMessage(
        ctx,
        complaint.id,
        { kind: 'inbound', body: request.body.body },
        { type: 'customer', name: complaint.customer.name },
      );
      return reply.code(201).send({ at: message.createdAt.toISOString() });
    },
  );

  app.post(
    '/api/v1/public/complaints/:trackingNumber/attachments',
    {
      config: lookupLimit,
      schema: {
        tags,
        summary: 'Add evidence to your complaint (multipart/form-data)',
        params: TrackingParams,
        headers: AccessTokenHeaders,
        consumes: ['multipart/form-data'],
        response: { 201: z.object({ items: z.array(AttachmentView.omit({ url: true })) }) },
      },
    },
    async (request, reply) => {
      const complaint = await openWithAccessToken(ctx, request.params.trackingNumber, token(request.headers));
      const files = await readEvidenceFiles(request);
      const items = [];
      for (const file of files) {
        items.push(
          await addEvidence(ctx, complaint.id, file, { type: 'customer', name: complaint.customer.name }),
        );
      }
      return reply.code(201).send({
        items: items.map((a) => {
          const { url: _url, ...rest } = presentAttachment(a);
          return rest;
        }),
      });
    },
  );
}
