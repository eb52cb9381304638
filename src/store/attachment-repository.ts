/**
 * Evidence files, stored in the database so every app process (and a backup) has them.
 */
import { asc, eq } from 'drizzle-orm';
import type { Executor } from './database.js';
import { attachments } from './schema.js';

export interface AttachmentInfo {
  id: string;
  complaintId: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedByType: 'user' | 'customer';
  uploadedById: string | null;
  createdAt: Date;
}

export async function insertAttachment(db: Executor, info: AttachmentInfo, data: Buffer): Promise<void> {
  await db.insert(attachments).values({ ...info, data });
}

const infoColumns = {
  id: attachments.id,
  complaintId: attachments.complaintId,
  filename: attachments.filename,
  contentType: attachments.contentType,
  sizeBytes: attachments.sizeBytes,
  sha256: attachments.sha256,
  uploadedByType: attachments.uploadedByType,
  uploadedById: attachments.uploadedById,
  createdAt: attachments.createdAt,
};

export async function listAttachments(db: Executor, complaintId: string): Promise<AttachmentInfo[]> {
  const rows = await db
    .select(infoColumns)
    .from(attachments)
    .where(eq(attachments.complaintId, complaintId))
    .orderBy(asc(attachments.createdAt));
  return rows.map((r) => ({ ...r, uploadedByType: r.uploadedByType as 'user' | 'customer' }));
}

export async function findAttachment(
  db: Executor,
  id: string,
): Promise<(AttachmentInfo & { data: Buffer }) | null> {
  const [row] = await db
    .select({ ...infoColumns, data: attachments.data })
    .from(attachments)
    .where(eq(attachments.id, id))
    .limit(1);
  return row
    ? { ...row, data: Buffer.from(row.data), uploadedByType: row.uploadedByType as 'user' | 'customer' }
    : null;
}
