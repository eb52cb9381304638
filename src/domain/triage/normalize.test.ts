import { describe, expect, it } from 'vitest';
import { maxTriageChars, normalizeText, quoteSource } from './normalize.js';
import { foldTraditional } from './traditional-chinese.js';

describe('normalizeText', () => {
  it('removes HTML tags, comments and scripts', () => {
    const { text } = normalizeText(
      '<div><!-- x --><script>var rude = 1;</script><p>Late</p><p>again</p></div>',
    );
    expect(text).not.toContain('<');
    expect(text).not.toContain('rude');
    expect(text).toMatch(/late\s+again/);
  });

  it('joins inline tags without a space so Chinese words stay whole', () => {
    expect(normalizeText('吃完<b>食物</b><span>中毒</span>了').text).toContain('食物中毒');
  });

  it('decodes HTML entities', () => {
    expect(normalizeText('I didn&#39;t get it &amp; I&rsquo;m upset').text).toBe(
      "i didn't get it & i'm upset",
    );
  });

  it('blanks URLs, e-mail addresses, phone numbers and order codes', () => {
    const { text } = normalizeText(
      '看 https://img.example.com/315/x.png 或 www.example.com/12315 邮件 li.lei+315@example.com ' +
        '电话 131-5315-1234 / (555) 315-1234 / +86 138 1531 5315 订单 SO20241001315 和 JD-315-000123',
    );
    expect(text).not.toMatch(/315|example|@/);
  });

  it('keeps amounts of money that look like long numbers', () => {
    expect(normalizeText('损失了12000000元').text).toContain('12000000元');
    expect(normalizeText('charged $1,500.00 twice').text).toContain('$1,500.00');
  });

  it('folds traditional and full-width characters and lower-cases English', () => {
    expect(normalizeText('服務態度ＶＥＲＹ差！').text).toBe('服务态度very差!');
  });

  it('reads at most the first 4,000 characters', () => {
    const long = normalizeText('很'.repeat(maxTriageChars + 10));
    expect(long.truncated).toBe(true);
    expect(long.text.length).toBe(maxTriageChars);
    expect(normalizeText('短文本').truncated).toBe(false);
  });

  it('does not cut a surrogate pair in half at the bound', () => {
    const text = `${'a'.repeat(maxTriageChars - 1)}😡`;
    expect(normalizeText(text).source).toBe('a'.repeat(maxTriageChars - 1));
  });
});

describe('quoteSource', () => {
  it('quotes the original words behind a normalised span', () => {
    const normalized = normalizeText('<p>服務<b>態度</b>很差</p> VERY rude');
    const start = normalized.text.indexOf('态度');
    expect(quoteSource(normalized, start, start + 2)).toBe('態度');
    const rude = normalized.text.indexOf('very rude');
    expect(quoteSource(normalized, rude, rude + 9)).toBe('VERY rude');
  });
});

describe('foldTraditional', () => {
  it('folds the traditional characters of the cues', () => {
    expect(
      foldTraditional('質量 服務態度 貨 遲 燒傷 詐騙 洩露 記者 媒體 退錢 還 壞 讓 氣憤 滿意 擔憂 急'),
    ).toBe('质量 服务态度 货 迟 烧伤 诈骗 泄露 记者 媒体 退钱 还 坏 让 气愤 满意 担忧 急');
  });

  it('folds Taiwan and Hong Kong variants', () => {
    expect(foldTraditional('爲為 說説 著急 帳單')).toBe('为为 说说 着急 账单');
  });
});
