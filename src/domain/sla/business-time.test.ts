import { describe, expect, it } from 'vitest';
import { formatBusinessTime, timeZoneLabel } from './business-time.js';

const at = new Date('2026-11-25T13:54:00Z');

describe('formatBusinessTime', () => {
  it('writes the business’s wall clock and names its zone in the reader’s language', () => {
    expect(formatBusinessTime(at, 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月25日 21:54（北京时间）');
    expect(formatBusinessTime(at, 'en-US', 'Asia/Shanghai')).toBe('November 25, 2026 at 9:54 PM (GMT+8)');
    expect(formatBusinessTime(at, 'en-US', 'America/New_York')).toBe('November 25, 2026 at 8:54 AM (EST)');
  });

  it('follows summer time in the zone name', () => {
    expect(timeZoneLabel(new Date('2026-07-01T12:00:00Z'), 'en-US', 'America/New_York')).toBe('EDT');
    expect(timeZoneLabel(at, 'zh-CN', 'Europe/London')).toMatch(/GMT|UTC/);
  });

  it('has a shorter style with the weekday for reply drafts', () => {
    expect(formatBusinessTime(at, 'zh-CN', 'Asia/Shanghai', 'weekday-time')).toBe(
      '11月25日周三 21:54（北京时间）',
    );
    expect(formatBusinessTime(at, 'en-US', 'UTC', 'weekday-time')).toBe('Wed, November 25 at 13:54 (UTC)');
  });
});
