/**
 * Attaches an evidence file to a complaint, by staff or by the customer on the tracking page.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../domain/complaint/complaint.js';
import {
  isAllowedEvidenceType,
  matchesDeclaredType,
  maxEvidenceBytes,
  safeFilename,
} from '../domain/complaint/evidence.js';
import { DomainError } from '../domain/errors.js';
import { insertAttachment, type AttachmentInfo } from '../store/attachment-repository.js';
import { findExistingComplaint } from './complaint-guards.js';
import { appendHistory } from '../store/history-repository.js';
import { newId } from '../store/ids.js';
import type { CommandContext } from './context.js';

export async function addEvidence(
  ctx: CommandContext,
  complaintId: string,
  file: { filename: string; contentType: string; data: Buffer },
  actor: Actor,
): Promise<AttachmentInfo> {
  const contentType = file.contentType.split(';')[0]!.trim().toLowerCase();
  if (file.data.length > maxEvidenceBytes) {
    throw new DomainError(
      'attachment.too_large',
      `A file may be at most ${maxEvidenceBytes / 1024 / 1024} MB.`,
    );
  }
  if (!isAllowedEvidenceType(contentType)) {
    throw new DomainError('attachment.type_not_allowed', `Files of type ${contentType} are not accepted.`);
  }
  if (file.data.length === 0 || !matchesDeclaredType(contentType, file.data.subarray(0, 16))) {
    throw new DomainError('attachment.type_not_allowed', `The file's content is not ${contentType}.`);
  }
  await findExistingComplaint(ctx.database.db, complaintId);
  const now = ctx.now();
  const info: AttachmentInfo = {
    id: newId(now.getTime()),
    complaintId,
    filename: safeFilename(file.filename),
    contentType,
    sizeBytes: file.data.length,
    sha256: createHash('sha256').update(file.data).digest('hex'),
    uploadedByType: actor.type === 'user' ? 'user' : 'customer',
    uploadedById: actor.type === 'user' ? actor.id : null,
    createdAt: now,
  };
  await ctx.database.db.transaction(async (tx) => {
    await insertAttachment(tx, info, file.data);
    await appendHistory(
      tx,
      complaintId,
      actor,
      'evidence.added',
      {
        attachmentId: info.id,
        filename: info.filename,
        contentType,
        sizeBytes: info.sizeBytes,
        sha256: info.sha256,
      },
      now,
    );
  });
  return info;
}
