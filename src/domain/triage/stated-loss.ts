/**
 * Finds the amounts of money a complaint names ("500元", "¥500", "$1,200", "五百块",
 * "2万元", "300 dollars"), for the stated-loss rows of the severity table (policy/severity.ts).
 *
 * A bare number is not money: it needs a currency sign or word. "万" and "千" multiply.
 */
import type { Currency, MoneyAmount } from '../policy/severity.js';

export interface StatedMoney extends MoneyAmount {
  /** Offsets in the normalised text, for the explanation. */
  start: number;
  end: number;
}

const number = String.raw`\d[\d,]*(?:\.\d+)?`;
const chineseNumber = '[零一二两三四五六七八九十百千万]+';
const moneyPattern = new RegExp(
  [
    String.raw`(?<sign>us\$|hk\$|\$|¥|€|£|rmb|cny|usd|eur|gbp|hkd)\s?(?<signed>${number})\s?(?<signedScale>万|千|k\b)?`,
    String.raw`(?<amount>${number}|${chineseNumber})\s?(?<scale>万|千|k)?(?:多|余)?\s?(?<unit>元|块钱|块|人民币|rmb|cny|yuan|美元|美金|usd|dollars?|bucks|欧元|euros?|eur|英镑|gbp|港币|港元|hkd)`,
  ].join('|'),
  'g',
);

// prettier-ignore
const currencyOfWord: Readonly<Record<string, Currency>> = {
  'us$': 'USD', $: 'USD', usd: 'USD', 美元: 'USD', 美金: 'USD', dollar: 'USD', dollars: 'USD', bucks: 'USD',
  'hk$': 'HKD', hkd: 'HKD', 港币: 'HKD', 港元: 'HKD',
  '¥': 'CNY', rmb: 'CNY', cny: 'CNY', 元: 'CNY', 块: 'CNY', 块钱: 'CNY', 人民币: 'CNY', yuan: 'CNY',
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', 欧元: 'EUR',
  '£': 'GBP', gbp: 'GBP', 英镑: 'GBP',
};

// prettier-ignore
const chineseDigits: Readonly<Record<string, number>> = {
  零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const chineseUnits: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1_000, 万: 10_000 };

/** Reads "三千五百" (3500), "三千五" (3500), "一万五" (15000), "十五" (15). */
export function parseChineseNumber(text: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  let lastUnit = 1;
  let endsOnDigitAfterUnit = false;
  for (const character of text) {
    const value = chineseDigits[character];
    if (value !== undefined) {
      digit = value;
      if (value === 0) {
        // "一千零五" is 1005: after 零 the next digit is a unit digit.
        lastUnit = 1;
      }
      endsOnDigitAfterUnit = lastUnit > 10;
      continue;
    }
    const unit = chineseUnits[character] ?? 1;
    if (unit === 10_000) {
      total += (section + digit) * unit;
      section = 0;
    } else {
      section += (digit === 0 && unit === 10 ? 1 : digit) * unit;
    }
    digit = 0;
    lastUnit = unit;
    endsOnDigitAfterUnit = false;
  }
  // Colloquial "三千五" means 3500: a trailing digit counts in the next lower unit.
  const tail = endsOnDigitAfterUnit ? (digit * lastUnit) / 10 : digit;
  return total + section + tail;
}

function scaleOf(scale: string | undefined): number {
  if (scale === '万') {
    return 10_000;
  }
  return scale === '千' || scale === 'k' ? 1_000 : 1;
}

function amountOf(written: string): number {
  return /\d/.test(written) ? Number(written.replace(/,/g, '')) : parseChineseNumber(written);
}

/** Every amount of money named in a normalised text, in order. */
export function findMoneyAmounts(text: string): StatedMoney[] {
  const found: StatedMoney[] = [];
  for (const match of text.matchAll(moneyPattern)) {
    const groups = match.groups ?? {};
    const sign = groups['sign'];
    const written = sign === undefined ? groups['amount'] : groups['signed'];
    const currency = currencyOfWord[sign ?? groups['unit'] ?? ''];
    if (written === undefined || currency === undefined) {
      continue;
    }
    const amount = amountOf(written) * scaleOf(sign === undefined ? groups['scale'] : groups['signedScale']);
    if (Number.isFinite(amount) && amount > 0) {
      found.push({ amount, currency, start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}
