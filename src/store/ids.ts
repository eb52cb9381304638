/**
 * Row ids: UUID version 7 (time-ordered, so inserts stay at the right edge of the index).
 * PostgreSQL 15 has no uuidv7(), so the app makes them.
 */
import { randomFillSync } from 'node:crypto';

// Random bytes drawn 256 ids at a time: one call into the CSPRNG instead of one per id
// (node's randomUUID keeps a cache the same way). Ids are not secrets; tokens draw their own.
const pool = Buffer.alloc(16 * 256);
let poolOffset = pool.length;

export function newId(now: number = Date.now()): string {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
