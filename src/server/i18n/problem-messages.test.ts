import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../test/support/scan-messages.js';
import { chineseOf, exact, fragments, templateOf, templates } from './problem-messages.js';

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe('the catalogue of problem messages', () => {
  const found = scanMessages(process.cwd());

  it('finds the messages in src/ (the scanner still reads the code)', () => {
    expect(found.length).toBeGreaterThan(150);
    expect(found.some((m) => m.text === 'No complaint with this id.')).toBe(true);
    expect(found.some((m) => m.text === 'A {} complaint {}.' && m.isShape)).toBe(true);
    expect(found.some((m) => m.text === 'takes no new remedy' && m.fragmentOf)).toBe(true);
    expect(found.some((m) => m.text === 'must be a valid instant')).toBe(true);
  });

  it('has Chinese for every DomainError, field problem and zod message in src/', () => {
    const missing = found.filter((m) => {
      if (m.fragmentOf) {
        const kind = templateOf(m.fragmentOf.shape)?.holes[m.fragmentOf.hole];
        return kind !== 'text' && fragments[m.text] === undefined;
      }
      if (m.isShape) return templateOf(m.text) === undefined;
      return chineseOf(m.text) === undefined;
    });
    const report = [
      ...new Set(missing.map((m) => `${m.where}  ${m.isShape ? 'template' : 'text'}: ${m.text}`)),
    ];
    expect(report, 'add these to src/server/i18n/problem-messages.ts').toEqual([]);
  });

  it('gives each template one Chinese value per hole, and only Chinese', () => {
    for (const t of templates) {
      expect(t.holes.length, t.en).toBe(t.en.split('{}').length - 1);
      for (let i = 0; i < t.holes.length; i++) expect(t.zh, t.en).toContain(`{${i}}`);
      expect(hasChinese(t.zh), t.en).toBe(true);
    }
    for (const [en, zh] of Object.entries({ ...exact, ...fragments })) expect(hasChinese(zh), en).toBe(true);
  });
});

describe('chineseOf', () => {
  it('translates fixed texts', () => {
    expect(chineseOf('No complaint with this id.')).toBe('找不到该投诉。');
    expect(chineseOf('must not be empty')).toBe('不能为空');
  });

  it('translates the statuses a lifecycle message names into the web app’s words', () => {
    expect(chineseOf('A complaint cannot go from new to resolved. Allowed next: triaged, dismissed.')).toBe(
      '投诉不能从“新投诉”变为“已解决”。下一步只能是：“已研判”、“不予受理”。',
    );
    expect(chineseOf('A complaint cannot go from dismissed to closed. Allowed next: none.')).toBe(
      '投诉不能从“不予受理”变为“已结案”。下一步只能是：无。',
    );
  });

  it('translates a message built from a fragment, and the fragment', () => {
    expect(chineseOf('A closed complaint takes no new remedy.')).toBe(
      '投诉已是“已结案”状态，不能再添加补救方案。',
    );
    expect(chineseOf('A closed complaint does something new.')).toBeUndefined();
  });

  it('keeps amounts and currencies, and names the role', () => {
    expect(chineseOf('Approving 800 CNY is beyond your authority (200 CNY).')).toBe(
      '批准 800 CNY 超出了您的权限额度（200 CNY）。',
    );
    expect(chineseOf('A agent may not do this (remedy.approve).')).toBe(
      '客服无权执行此操作（remedy.approve）。',
    );
    expect(chineseOf('A refund needs an amount greater than 0.')).toBe('退款需要填写大于 0 的金额。');
  });

  it('prefers the template with more literal text', () => {
    expect(chineseOf('must be at most 2000 characters')).toBe('最多 2000 个字符');
    expect(chineseOf('must be at most 99999')).toBe('不能大于 99999');
  });

  it('lists what a post-mortem lacks', () => {
    expect(
      chineseOf(
        'The post-mortem cannot be completed yet: add the lessons learned, at least one corrective or preventive action.',
      ),
    ).toBe('复盘还不能完成：请补充经验教训、至少一项纠正或预防措施。');
  });

  it('names the conditions of a deadline rule', () => {
    expect(
      chineseOf(
        'give complex complaints fewer business days than ordinary ones (2 < 3) for category logistics, severity minor',
      ),
    ).toBe('复杂投诉的解决时限少于普通投诉（2 < 3 个工作日），适用于：投诉类型“物流配送”、严重程度“轻微”');
  });

  it('answers undefined for a text it does not know', () => {
    expect(chineseOf('Something nobody wrote down.')).toBeUndefined();
  });
});
