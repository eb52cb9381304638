/**
 * Reads evidence files from a multipart/form-data request, within the evidence limits.
 * A file over the size limit ends the request with 413 before it is all read.
 */
import type { FastifyRequest } from 'fastify';
import { maxEvidenceBytes, maxEvidenceFilesPerRequest } from '../../domain/complaint/evidence.js';
import { DomainError } from '../../domain/errors.js';

export interface UploadedFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

export const multipartLimits = {
  fileSize: maxEvidenceBytes,
  files: maxEvidenceFilesPerRequest,
  fields: 20,
  parts: 40,
};

export async function readEvidenceFiles(request: FastifyRequest): Promise<UploadedFile[]> {
  if (!request.isMultipart()) {
    throw Object.assign(new Error('multipart/form-data expected'), {
      code: 'FST_INVALID_MULTIPART_CONTENT_TYPE',
    });
  }
  const files: UploadedFile[] = [];
  try {
    for await (const part of request.files({ limits: multipartLimits, throwFileSizeLimit: true })) {
      files.push({ filename: part.filename, contentType: part.mimetype, data: await part.toBuffer() });
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('FST_')) throw error; // size and count limits: 413 from problem.ts
    throw new DomainError('input.invalid', 'The multipart body is malformed or cut short.', [
      { path: 'file', message: 'send a complete multipart/form-data body with a boundary' },
    ]);
  }
  if (files.length === 0) {
    throw new DomainError('input.invalid', 'No file in the request.', [
      { path: 'file', message: 'attach at least one file' },
    ]);
  }
  return files;
}
