import { describe, expect, it } from 'vitest';
import { localeOf } from './request-locale.js';

describe('localeOf (Accept-Language)', () => {
  it('answers en-US without a header or with nothing we speak', () => {
    expect(localeOf(undefined)).toBe('en-US');
    expect(localeOf('')).toBe('en-US');
    expect(localeOf('fr-FR, de;q=0.8')).toBe('en-US');
  });

  it('answers zh-CN for any Chinese tag', () => {
    expect(localeOf('zh-CN')).toBe('zh-CN');
    expect(localeOf('zh')).toBe('zh-CN');
    expect(localeOf('zh-TW,zh;q=0.9')).toBe('zh-CN');
    expect(localeOf('ZH-hans-CN')).toBe('zh-CN');
  });

  it('respects q-values', () => {
    expect(localeOf('en;q=0.9, zh-CN;q=0.8')).toBe('en-US');
    expect(localeOf('en;q=0.5, zh-CN;q=0.8')).toBe('zh-CN');
    expect(localeOf('zh-CN;q=0, en;q=0.1')).toBe('en-US');
    expect(localeOf('zh-CN;q=0')).toBe('en-US');
  });

  it('takes the best-weighted language we speak, and the first of equal weights', () => {
    expect(localeOf('fr, zh;q=0.5')).toBe('zh-CN');
    expect(localeOf('en-GB, zh-CN')).toBe('en-US');
    expect(localeOf('zh-CN, en')).toBe('zh-CN');
    expect(localeOf('*;q=0.1, zh;q=0.2')).toBe('zh-CN');
  });

  it('does not mistake other languages for Chinese or English', () => {
    expect(localeOf('zu')).toBe('en-US');
    expect(localeOf('eng-x')).toBe('en-US');
    expect(localeOf('zhx, en;q=0.1')).toBe('en-US');
  });

  it('reads a header given more than once', () => {
    expect(localeOf(['fr', 'zh-CN;q=0.7'])).toBe('zh-CN');
  });
});
