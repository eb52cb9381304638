/**
 * Anonymising a complaint for the case library (seed 000 step 6: typical cases for training).
 *
 * Decides what a training copy may not contain: the customer's name, email, phone, order
 * references, and any email, phone number, ID number, order code or tracking number inside
 * the texts; staff names become their roles. Placeholders follow each text's language
 * (顾客A / "the customer", [电话] / [phone]). Rules run in a fixed order, the most specific
 * first, so a placeholder is never matched again. Add a case to anonymise.test.ts first.
 */
import type { Role } from '../vocabulary.js';

export interface AnonymiseInput {
  /** The complaint's language: placeholders for texts with no letters of either kind. */
  language: 'zh' | 'en';
  customer: { name: string; email: string | null; phone: string | null };
  orderRef: string | null;
  /** Staff whose names may appear in the texts (owners, authors, colleagues). */
  staff: readonly { name: string; role: Role }[];
}

type Language = 'zh' | 'en';

const placeholders = {
  zh: {
    customer: '顾客A',
    phone: '[电话]',
    email: '[邮箱]',
    idNumber: '[身份证号]',
    order: '[订单号]',
    number: '[号码]',
    trackingNumber: '[投诉单号]',
    role: {
      admin: '管理员',
      supervisor: '主管',
      quality_manager: '质量经理',
      agent: '客服',
      handler: '处理人员',
    },
  },
  en: {
    customer: 'the customer',
    phone: '[phone]',
    email: '[email]',
    idNumber: '[ID number]',
    order: '[order no.]',
    number: '[number]',
    trackingNumber: '[tracking no.]',
    role: {
      admin: 'the administrator',
      supervisor: 'the supervisor',
      quality_manager: 'the quality manager',
      agent: 'the agent',
      handler: 'the handler',
    },
  },
} as const satisfies Record<Language, unknown>;

type Replacement = (language: Language) => string;
interface Rule {
  pattern: RegExp;
  replace: Replacement;
  /** Optional check on the match (e.g. how many digits it has). */
  accept?: (match: string) => boolean;
}

const digit = '[0-9０-９]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const digitCount = (s: string) => (s.match(/[0-9０-９]/g) ?? []).length;
const han = /\p{Script=Han}/u;
const latin = /[A-Za-z]/;

/** Chinese forms of address after a surname (王先生, 李女士, 张总). */
const honorifics = '(?:先生|女士|小姐|太太|夫人|老师|师傅|阿姨|大爷|大姐|姐|哥|总(?![监部]))';
const compoundSurnames = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
];
/** Not the middle of a longer number written in groups (a card number is no phone). */
const notInNumber = {
  before: '(?<![0-9０-９][\\s-]?)',
  after: '(?![\\s-]?[0-9０-９])',
};
const titles = '(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+';

function surnameOf(name: string): { surname: string; given: string } {
  const chars = Array.from(name);
  const two = chars.slice(0, 2).join('');
  const surnameLength = chars.length >= 3 && compoundSurnames.includes(two) ? 2 : 1;
  return { surname: chars.slice(0, surnameLength).join(''), given: chars.slice(surnameLength).join('') };
}

/** Rules that find a person's name: full name (with a form of address), then its parts. */
function nameRules(name: string, replace: Replacement, thorough: boolean): Rule[] {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (Array.from(trimmed).length < 2) return [];
  if (/^\p{Script=Han}{2,4}$/u.test(trimmed)) {
    const { surname, given } = surnameOf(trimmed);
    const rules: Rule[] = [{ pattern: new RegExp(`${escape(trimmed)}${honorifics}?`, 'gu'), replace }];
    if (thorough) {
      rules.push({ pattern: new RegExp(`${escape(surname)}${honorifics}`, 'gu'), replace });
      if (Array.from(given).length >= 2) rules.push({ pattern: new RegExp(escape(given), 'gu'), replace });
    }
    return rules;
  }
  const parts = trimmed.split(' ').filter((p) => /^[\p{L}'’-]+$/u.test(p));
  const full = trimmed.split(' ').map(escape).join('\\s+');
  const rules: Rule[] = [
    {
      pattern: new RegExp(
        `(?:${titles})?(?<![\\p{Script=Latin}\\p{N}])${full}(?![\\p{Script=Latin}\\p{N}])`,
        'giu',
      ),
      replace,
    },
  ];
  for (const part of parts) {
    if (Array.from(part).length < 2) continue;
    const word = `(?<![\\p{Script=Latin}\\p{N}])${escape(part)}(?![\\p{Script=Latin}\\p{N}])`;
    // With a title ("Ms Carter") the part is surely the person; alone, only for the customer,
    // and only capitalised as a name is ("Mark", not "mark").
    rules.push({ pattern: new RegExp(`${titles}${word}`, 'giu'), replace });
    if (thorough && Array.from(part).length >= 3) rules.push({ pattern: new RegExp(word, 'gu'), replace });
  }
  return rules;
}

/** A pattern for a known phone number however it is written: spaces, dashes, +86. */
function knownPhoneRule(phone: string): Rule | null {
  let digits = phone.replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  if (digits.length < 6) return null;
  const body = Array.from(digits)
    .map((d) => `[${d}${String.fromCharCode(0xff10 + Number(d))}]`)
    .join('[\\s\\-.]?');
  return {
    pattern: new RegExp(`(?:(?:\\+|＋|00)?[8８][6６][\\s\\-]?)?(?<![0-9０-９])${body}(?![0-9０-９])`, 'g'),
    replace: (l) => placeholders[l].phone,
  };
}

const genericRules: Rule[] = [
  // Emails first: they may hold digits and names.
  {
    pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
    replace: (l) => placeholders[l].email,
  },
  {
    pattern: /(?<![A-Za-z0-9])CL-?[2-9A-HJKMNP-TV-Z]{4}-?[2-9A-HJKMNP-TV-Z]{4}(?![A-Za-z0-9])/gi,
    replace: (l) => placeholders[l].trackingNumber,
    accept: (m) => /\d/.test(m),
  },
  // Resident ID numbers: 18 characters (the last may be X), spaces or dashes allowed between groups.
  {
    pattern: new RegExp(
      `(?<![0-9A-Za-z])${digit}{6}[\\s-]?${digit}{8}[\\s-]?${digit}{3}[0-9０-９Xx](?![0-9A-Za-z])`,
      'g',
    ),
    replace: (l) => placeholders[l].idNumber,
  },
  // International numbers: +86 138 0013 8000, 0086-21-5555-1234, +1 (415) 555-0134.
  {
    pattern: new RegExp(`(?:\\+|00)${digit}{1,3}(?:[\\s.-]?\\(?${digit}{1,5}\\)?){2,5}`, 'g'),
    replace: (l) => placeholders[l].phone,
    accept: (m) => digitCount(m) >= 8 && digitCount(m) <= 15,
  },
  // Mainland mobiles: 13800138000, 138 0013 8000, 138-0013-8000.
  {
    pattern: new RegExp(
      `${notInNumber.before}[1１][3-9３-９]${digit}(?:[\\s-]?${digit}{4}){2}${notInNumber.after}`,
      'g',
    ),
    replace: (l) => placeholders[l].phone,
  },
  // Landlines with an area code: 010-8888 8888, (021) 5555-1234, 0755 12345678.
  {
    pattern: new RegExp(
      `${notInNumber.before}(?:\\(0${digit}{2,3}\\)|0${digit}{2,3})[\\s-]?${digit}{3,4}[\\s-]?${digit}{4}${notInNumber.after}`,
      'g',
    ),
    replace: (l) => placeholders[l].phone,
  },
  // Service lines and North American style: 400-820-8820, (415) 555-0134.
  {
    pattern: new RegExp(
      `${notInNumber.before}\\(?${digit}{3}\\)?[\\s.-]${digit}{3}[\\s.-]${digit}{4}${notInNumber.after}`,
      'g',
    ),
    replace: (l) => placeholders[l].phone,
  },
  // A code after the word for an order or a waybill: 订单号：A1234567, order #88231.
  {
    pattern:
      /(?<=(?:订单|单号|运单|快递单|order|waybill|tracking)\s*(?:号|编号|no\.?|number|#)?\s*[:：#]?\s*)[A-Za-z0-9][A-Za-z0-9-]{3,}/giu,
    replace: (l) => placeholders[l].order,
    accept: (m) => /\d/.test(m),
  },
  // Order-like codes: letters then at least five digits (JD2026030212345, SF1234567890, ORD-88231).
  {
    pattern: /(?<![A-Za-z0-9])[A-Za-z]{1,10}[-_#]?\d{5,}[A-Za-z0-9-]*(?![A-Za-z0-9])/g,
    replace: (l) => placeholders[l].order,
  },
  // Any other long number (a card, a member or account number), in groups of three or more
  // digits, so a date (2026-03-02) is not one.
  {
    pattern: new RegExp(`(?<![0-9０-９])${digit}{3,}(?:[\\s-]${digit}{3,})*(?![0-9０-９])`, 'g'),
    replace: (l) => placeholders[l].number,
    accept: (m) => digitCount(m) >= 8,
  },
];

/** "the customer" at the start of a sentence is "The customer". */
function capitalised(replacement: string, text: string, offset: number): string {
  if (!/^[a-z]/.test(replacement)) return replacement;
  const before = text.slice(0, offset);
  return /(^|[.!?。！？]\s*|\n\s*)$/.test(before)
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

function languageOf(text: string, fallback: Language): Language {
  if (han.test(text)) return 'zh';
  if (latin.test(text)) return 'en';
  return fallback;
}

/**
 * Builds the anonymiser for one complaint: a function from any of its texts to the same
 * text with every contact detail and name replaced.
 */
export function createAnonymiser(input: AnonymiseInput): (text: string) => string {
  const rules: Rule[] = [];
  const customer: Replacement = (l) => placeholders[l].customer;
  if (input.customer.email) {
    rules.push({
      pattern: new RegExp(escape(input.customer.email), 'gi'),
      replace: (l) => placeholders[l].email,
    });
  }
  rules.push(genericRules[0]!); // emails before anything cuts them apart
  if (input.customer.phone) {
    const known = knownPhoneRule(input.customer.phone);
    if (known) rules.push(known);
  }
  if (input.orderRef?.trim()) {
    rules.push({
      pattern: new RegExp(`(?<![A-Za-z0-9])${escape(input.orderRef.trim())}(?![A-Za-z0-9])`, 'gi'),
      replace: (l) => placeholders[l].order,
    });
  }
  rules.push(...genericRules.slice(1));
  rules.push(...nameRules(input.customer.name, customer, true));
  // Longer names first, so "王小明" goes before a colleague called "王小".
  const staff = [...input.staff]
    .filter((s) => s.name.trim().toLowerCase() !== input.customer.name.trim().toLowerCase())
    .sort((a, b) => b.name.length - a.name.length);
  for (const person of staff) {
    rules.push(...nameRules(person.name, (l) => placeholders[l].role[person.role], false));
  }

  return (text: string) => {
    const language = languageOf(text, input.language);
    let out = text;
    for (const rule of rules) {
      // No rule has a capturing group, so replace() passes the match, its offset, the text.
      out = out.replace(rule.pattern, (match: string, offset: number, whole: string) =>
        rule.accept && !rule.accept(match) ? match : capitalised(rule.replace(language), whole, offset),
      );
    }
    return out;
  };
}
