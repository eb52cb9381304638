/**
 * Which evidence files a complaint accepts (PRODUCT.md R2: chat logs, emails, pictures,
 * recordings) and how big. The declared type must agree with the file's first bytes,
 * so a script renamed to .png is refused.
 */
export const maxEvidenceBytes = 10 * 1024 * 1024;
export const maxEvidenceFilesPerRequest = 10;

type Sniffer = (head: Uint8Array) => boolean;
const startsWith =
  (...bytes: number[]): Sniffer =>
  (head) =>
    bytes.every((b, i) => head[i] === b);
const ascii =
  (text: string, offset = 0): Sniffer =>
  (head) =>
    [...text].every((c, i) => head[offset + i] === c.charCodeAt(0));
const anyText: Sniffer = (head) => !head.subarray(0, 512).includes(0);

export const evidenceTypes: Record<string, Sniffer> = {
  'image/jpeg': startsWith(0xff, 0xd8, 0xff),
  'image/png': startsWith(0x89, 0x50, 0x4e, 0x47),
  'image/gif': ascii('GIF8'),
  'image/webp': (h) => ascii('RIFF')(h) && ascii('WEBP', 8)(h),
  'image/heic': ascii('ftyp', 4),
  'application/pdf': ascii('%PDF'),
  'audio/mpeg': (h) => ascii('ID3')(h) || (h[0] === 0xff && ((h[1] ?? 0) & 0xe0) === 0xe0),
  'audio/wav': (h) => ascii('RIFF')(h) && ascii('WAVE', 8)(h),
  'audio/mp4': ascii('ftyp', 4),
  'video/mp4': ascii('ftyp', 4),
  'text/plain': anyText,
  'text/csv': anyText,
  'message/rfc822': anyText,
};

export function isAllowedEvidenceType(contentType: string): boolean {
  return Object.hasOwn(evidenceTypes, contentType);
}

/** True when the file's first bytes look like its declared type. */
export function matchesDeclaredType(contentType: string, head: Uint8Array): boolean {
  const sniff = evidenceTypes[contentType];
  return sniff ? sniff(head) : false;
}

/** A file name safe to show and to put in Content-Disposition. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return Array.from(cleaned).slice(-120).join('') || 'evidence';
}
