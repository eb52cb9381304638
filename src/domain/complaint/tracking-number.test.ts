import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newAccessToken, newTrackingNumber, normalizeTrackingNumber } from './tracking-number.js';

const random = (size: number) => randomBytes(size);

describe('tracking numbers', () => {
  it('uses no characters that look alike', () => {
    for (let i = 0; i < 2000; i++) {
      const n = newTrackingNumber(random);
      expect(n).toMatch(/^CL-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    }
  });

  it('draws every symbol about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      for (const c of newTrackingNumber(random).slice(3).replace('-', '')) {
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
    }
    expect(counts.size).toBe(30);
    for (const n of counts.values()) expect(n).toBeGreaterThan(600); // expected 800 each
  });

  it('accepts what a person types', () => {
    expect(normalizeTrackingNumber('cl 7kq4 m9xt')).toBe('CL-7KQ4-M9XT');
    expect(normalizeTrackingNumber('7KQ4M9XT')).toBe('CL-7KQ4-M9XT');
    expect(normalizeTrackingNumber('CL-7KQ4-M9X0')).toBeNull();
    expect(normalizeTrackingNumber('x')).toBeNull();
  });

  it('makes 128-bit URL-safe access tokens', () => {
    const token = newAccessToken(random);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
