import { describe, expect, it } from 'vitest';
import { isUuid, newId } from './ids.js';

describe('newId', () => {
  it('makes unique UUIDv7s across many refills of its random pool', () => {
    const ids = Array.from({ length: 5_000 }, () => newId(1_764_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(isUuid(id)).toBe(true);
      expect(id[14]).toBe('7'); // version
      expect('89ab').toContain(id[19]!); // RFC 4122 variant
    }
  });

  it('starts with the time, so later ids sort after earlier ones', () => {
    const earlier = newId(Date.UTC(2026, 10, 24, 5, 0, 0));
    const later = newId(Date.UTC(2026, 10, 24, 5, 0, 1));
    expect(earlier < later).toBe(true);
    expect(earlier.slice(0, 13)).toBe(
      Date.UTC(2026, 10, 24, 5, 0, 0)
        .toString(16)
        .padStart(12, '0')
        .replace(/^(.{8})/, '$1-'),
    );
  });
});
