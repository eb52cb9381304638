import { describe, expect, it } from 'vitest';
import { createAnonymiser, type AnonymiseInput } from './anonymise.js';

const base: AnonymiseInput = {
  language: 'zh',
  customer: { name: '孙丽', email: 'sun.li@example.com', phone: '137 0000 1234' },
  orderRef: 'TB-2026-88231',
  staff: [
    { name: '陈静', role: 'agent' },
    { name: 'Emily Carter', role: 'supervisor' },
  ],
};
const anonymise = (text: string, input: Partial<AnonymiseInput> = {}) =>
  createAnonymiser({ ...base, ...input })(text);

describe('the case library anonymiser', () => {
  it('replaces the customer’s Chinese name inside the text, with or without a form of address', () => {
    expect(anonymise('孙丽女士反映大衣缩水，孙女士要求赔偿，孙丽很生气。')).toBe(
      '顾客A反映大衣缩水，顾客A要求赔偿，顾客A很生气。',
    );
  });

  it('replaces a three-character name, its given name alone and a compound surname', () => {
    expect(
      anonymise('王小明说小明的快递丢了，王先生很着急。', {
        customer: { name: '王小明', email: null, phone: null },
      }),
    ).toBe('顾客A说顾客A的快递丢了，顾客A很着急。');
    expect(
      anonymise('欧阳娜娜女士与欧阳女士是同一人。', {
        customer: { name: '欧阳娜娜', email: null, phone: null },
      }),
    ).toBe('顾客A与顾客A是同一人。');
  });

  it('replaces the customer’s phone number however it is written', () => {
    for (const written of [
      '13700001234',
      '137 0000 1234',
      '137-0000-1234',
      '+86 137 0000 1234',
      '+8613700001234',
      '８６-１３７００００１２３４',
    ]) {
      expect(anonymise(`请拨打${written}联系我`)).toBe('请拨打[电话]联系我');
    }
  });

  it('replaces other phone numbers: mobiles with spaces or dashes, +86, landlines, service lines', () => {
    expect(anonymise('我的另一个号码 139-1234-5678，家里 010-8888 8888，公司 (021) 5555-1234。')).toBe(
      '我的另一个号码 [电话]，家里 [电话]，公司 [电话]。',
    );
    expect(anonymise('请回电 +86 21 5555 1234 或 400-820-8820')).toBe('请回电 [电话] 或 [电话]');
    expect(anonymise('Call me on +1 (415) 555-0134 please.')).toBe('Call me on [phone] please.');
  });

  it('replaces emails, 18-digit ID numbers and order codes', () => {
    expect(anonymise('邮箱 sun.li@example.com 或 sunli_1990@qq.com')).toBe('邮箱 [邮箱] 或 [邮箱]');
    expect(anonymise('身份证号 11010519491231002X，另一个 110105 19491231 0021。')).toBe(
      '身份证号 [身份证号]，另一个 [身份证号]。',
    );
    expect(anonymise('订单 TB-2026-88231 和订单号：A8823199，快递单号SF1234567890。')).toBe(
      '订单 [订单号] 和订单号：[订单号]，快递单号[订单号]。',
    );
  });

  it('keeps amounts, dates, times and product words', () => {
    const text = '2026-03-02 18:00 前按原价 1,280 元赔偿羊绒大衣，3 个工作日内到账。';
    expect(anonymise(text)).toBe(text);
  });

  it('replaces other long numbers such as a card number', () => {
    expect(anonymise('退款到卡号 6222 0212 3456 7890 123。')).toBe('退款到卡号 [号码]。');
  });

  it('replaces staff names with their roles and the tracking number with a placeholder', () => {
    expect(anonymise('陈静已致电，Emily Carter批准了退款。单号 CL-7KQ4-M9XT。')).toBe(
      '客服已致电，主管批准了退款。单号 [投诉单号]。',
    );
  });

  it('uses English placeholders in English text, capitalised at the start of a sentence', () => {
    const input: Partial<AnonymiseInput> = {
      language: 'en',
      customer: { name: 'Mark Jones', email: 'mark@jones.example', phone: '+1 415 555 0199' },
      orderRef: null,
    };
    expect(
      anonymise(
        'Mark Jones called twice. Ms Carter said Mr. Jones was right; mark the order #88231 as refunded. Jones wrote from mark@jones.example.',
        input,
      ),
    ).toBe(
      'The customer called twice. The supervisor said the customer was right; mark the order #[order no.] as refunded. The customer wrote from [email].',
    );
  });

  it('never leaves the customer’s recorded contact data in any text', () => {
    const a = createAnonymiser(base);
    const texts = [
      '孙丽（sun.li@example.com，137 0000 1234）订单TB-2026-88231',
      'SUN.LI@EXAMPLE.COM / 13700001234 / tb-2026-88231',
    ];
    for (const text of texts) {
      const out = a(text);
      expect(out).not.toMatch(/孙丽|sun\.li@example\.com|1234|88231/i);
    }
  });
});
