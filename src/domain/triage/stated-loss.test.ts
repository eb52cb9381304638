import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';
import { findMoneyAmounts, parseChineseNumber } from './stated-loss.js';

const amountsIn = (text: string): string[] =>
  findMoneyAmounts(normalizeText(text).text).map(({ amount, currency }) => `${amount} ${currency}`);

describe('findMoneyAmounts', () => {
  it('reads amounts in Chinese notation', () => {
    expect(amountsIn('损失500元，又花了¥1,200.50，还有2万元押金，加上五百多块')).toEqual([
      '500 CNY',
      '1200.5 CNY',
      '20000 CNY',
      '500 CNY',
    ]);
  });

  it('reads amounts in English notation', () => {
    expect(amountsIn('I paid $500, then USD 1.2k, then 300 dollars, €40 and £25')).toEqual([
      '500 USD',
      '1200 USD',
      '300 USD',
      '40 EUR',
      '25 GBP',
    ]);
  });

  it('reads full-width yen signs and digits', () => {
    expect(amountsIn('被扣了￥８８８')).toEqual(['888 CNY']);
  });

  it('does not read a bare number as money', () => {
    expect(amountsIn('等了3个小时，订单号 20241001，房间 1502')).toEqual([]);
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['十五', 15],
    ['二十', 20],
    ['三千五百', 3500],
    ['三千五', 3500],
    ['一千零五', 1005],
    ['一万五', 15000],
    ['两万', 20000],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});
