/**
 * The remedy matrix (PRODUCT.md R4): for each severity, and optionally a category, the
 * remedies to suggest, in order. Admins replace it; until they do, the defaults below
 * apply. This module holds the defaults, validates an admin's table (every problem at
 * once) and picks the suggestions for one complaint. Change it with remedy-matrix.test.ts.
 */
import type { FieldProblem } from '../errors.js';
import {
  categories,
  remedyKinds,
  severities,
  type Category,
  type RemedyKind,
  type Severity,
} from '../vocabulary.js';

export interface RemedyLabel {
  'zh-CN': string;
  'en-US': string;
}

export interface RemedyMatrixRow {
  severity: Severity;
  /** null: for every category of this severity that has no rows of its own. */
  category: Category | null;
  kind: RemedyKind;
  /** null: no money, or an amount decided per complaint (a full refund of what was paid). */
  amount: number | null;
  currency: string;
  label: RemedyLabel;
}

/**
 * The shipped defaults, from seed 000 step 3 (提出方案,合理补偿), graded by severity:
 * - 轻微失误 (a late dish): 即时道歉 + 小额补偿 (赠送饮品/折扣券);
 * - 中度影响 (the customer lost time): 主动承担责任 + 补救措施 (免费重做服务/升级体验);
 * - 严重损害 (safety, major loss): 高层介入 + 个性化解决方案 (退款 + 公开致歉 + 长期会员权益),
 *   as in the seed's courier case: a manager apologises in person, refunds the fee, pays
 *   the extra costs and gives a quarter of VIP service.
 * Amounts are CNY and stay within an agent's default limit (200) where the seed speaks of
 * small compensation; refunds and cost compensation depend on the complaint (amount null).
 */
export const defaultRemedyMatrix: readonly RemedyMatrixRow[] = [
  {
    severity: 'minor',
    category: null,
    kind: 'apology',
    amount: null,
    currency: 'CNY',
    label: { 'zh-CN': '当场真诚致歉', 'en-US': 'Apologise sincerely, on the spot' },
  },
  {
    severity: 'minor',
    category: null,
    kind: 'compensation',
    amount: 20,
    currency: 'CNY',
    label: { 'zh-CN': '赠送一份饮品或甜点（约 20 元）', 'en-US': 'A free drink or dessert (about 20 CNY)' },
  },
  {
    severity: 'minor',
    category: null,
    kind: 'coupon',
    amount: 50,
    currency: 'CNY',
    label: { 'zh-CN': '下次消费可用的 50 元折扣券', 'en-US': 'A 50 CNY coupon for the next purchase' },
  },
  {
    severity: 'moderate',
    category: null,
    kind: 'apology',
    amount: null,
    currency: 'CNY',
    label: {
      'zh-CN': '主动承担责任，说明哪里出了错并致歉',
      'en-US': 'Take responsibility: say what went wrong and apologise',
    },
  },
  {
    severity: 'moderate',
    category: null,
    kind: 'redo_service',
    amount: null,
    currency: 'CNY',
    label: { 'zh-CN': '免费重做服务', 'en-US': 'Redo the service free of charge' },
  },
  {
    severity: 'moderate',
    category: null,
    kind: 'upgrade',
    amount: null,
    currency: 'CNY',
    label: {
      'zh-CN': '免费升级体验（如房型、舱位或服务等级）',
      'en-US': 'Upgrade the experience at no charge (room, seat or service class)',
    },
  },
  {
    severity: 'moderate',
    category: null,
    kind: 'coupon',
    amount: 100,
    currency: 'CNY',
    label: { 'zh-CN': '100 元代金券，弥补客户损失的时间', 'en-US': 'A 100 CNY voucher for the time lost' },
  },
  {
    severity: 'moderate',
    category: null,
    kind: 'refund',
    amount: null,
    currency: 'CNY',
    label: {
      'zh-CN': '部分退款：退还未达标部分的费用',
      'en-US': 'Partial refund: the part of the price that was not delivered',
    },
  },
  {
    severity: 'severe',
    category: null,
    kind: 'apology',
    amount: null,
    currency: 'CNY',
    label: {
      'zh-CN': '高层介入：管理者亲自联系客户并登门致歉',
      'en-US': 'Senior management steps in: a manager calls and apologises in person',
    },
  },
  {
    severity: 'severe',
    category: null,
    kind: 'refund',
    amount: null,
    currency: 'CNY',
    label: { 'zh-CN': '全额退款', 'en-US': 'Full refund of what the customer paid' },
  },
  {
    severity: 'severe',
    category: null,
    kind: 'compensation',
    amount: null,
    currency: 'CNY',
    label: {
      'zh-CN': '赔偿客户因此产生的费用（如加急寄送费）',
      'en-US': 'Pay the costs the customer incurred (e.g. urgent re-delivery)',
    },
  },
  {
    severity: 'severe',
    category: null,
    kind: 'apology',
    amount: null,
    currency: 'CNY',
    label: {
      'zh-CN': '事件已公开时，公开致歉',
      'en-US': 'A public apology when the matter became public',
    },
  },
  {
    severity: 'severe',
    category: null,
    kind: 'upgrade',
    amount: null,
    currency: 'CNY',
    label: {
      'zh-CN': '长期会员权益：升级会员或赠送季度 VIP 服务',
      'en-US': 'Long-term benefits: a membership upgrade or a quarter of VIP service',
    },
  },
];

/** A row as an admin sent it, before validation: any of it may be wrong. */
export interface RemedyMatrixDraftRow {
  severity: string;
  category: string | null;
  kind: string;
  amount: number | null;
  currency: string | null;
  label: { 'zh-CN'?: string | undefined; 'en-US'?: string | undefined };
}

export const maxLabelChars = 200;
/** The most a remedy may cost (the remedies table stores 12 digits before the decimals). */
export const maxMatrixAmount = 100_000_000;
export const defaultMatrixCurrency = 'CNY';

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/**
 * Validates an admin's matrix. Answers the rows to store, or every problem found: each
 * row's severity, category, kind, amount and currency, both labels, and a severity left
 * without a row for every category.
 */
export function validateRemedyMatrix(
  drafts: readonly RemedyMatrixDraftRow[],
): { rows: RemedyMatrixRow[]; problems: [] } | { rows: null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const rows: RemedyMatrixRow[] = [];
  drafts.forEach((draft, index) => {
    const at = (field: string) => `rows.${index}.${field}`;
    const before = problems.length;
    if (!isOneOf(severities, draft.severity)) {
      problems.push({ path: at('severity'), message: `must be one of ${severities.join(', ')}` });
    }
    if (draft.category !== null && !isOneOf(categories, draft.category)) {
      problems.push({ path: at('category'), message: `must be null or one of ${categories.join(', ')}` });
    }
    if (!isOneOf(remedyKinds, draft.kind)) {
      problems.push({ path: at('kind'), message: `must be one of ${remedyKinds.join(', ')}` });
    }
    if (draft.amount !== null) {
      if (!Number.isFinite(draft.amount) || draft.amount < 0) {
        problems.push({ path: at('amount'), message: 'must be 0 or more' });
      } else if (draft.amount > maxMatrixAmount) {
        problems.push({ path: at('amount'), message: `must be at most ${maxMatrixAmount}` });
      } else if (Math.round(draft.amount * 100) !== draft.amount * 100) {
        problems.push({ path: at('amount'), message: 'must have at most 2 decimals' });
      }
      if (draft.currency === null || !/^[A-Z]{3}$/.test(draft.currency)) {
        problems.push({ path: at('currency'), message: 'an amount needs an ISO 4217 currency such as CNY' });
      }
    } else if (draft.currency !== null && !/^[A-Z]{3}$/.test(draft.currency)) {
      problems.push({ path: at('currency'), message: 'must be an ISO 4217 code such as CNY' });
    }
    for (const language of ['zh-CN', 'en-US'] as const) {
      const label = draft.label[language]?.trim() ?? '';
      if (!label) problems.push({ path: at(`label.${language}`), message: 'must not be empty' });
      else if (Array.from(label).length > maxLabelChars) {
        problems.push({
          path: at(`label.${language}`),
          message: `must be at most ${maxLabelChars} characters`,
        });
      }
    }
    if (problems.length > before) return;
    rows.push({
      severity: draft.severity as Severity, // checked above
      category: draft.category as Category | null,
      kind: draft.kind as RemedyKind,
      amount: draft.amount,
      currency: draft.currency ?? defaultMatrixCurrency,
      label: { 'zh-CN': draft.label['zh-CN']!.trim(), 'en-US': draft.label['en-US']!.trim() },
    });
  });
  for (const severity of severities) {
    const general = drafts.some((d) => d.severity === severity && d.category === null);
    if (!general) {
      problems.push({
        path: 'rows',
        message: `${severity}: add at least one row without a category, so every ${severity} complaint gets a suggestion`,
      });
    }
  }
  return problems.length ? { rows: null, problems } : { rows, problems: [] };
}

/**
 * The rows to suggest for a complaint: those of its severity and category when the
 * matrix has any, else the severity's rows for every category. In matrix order.
 */
export function suggestRemedies(
  matrix: readonly RemedyMatrixRow[],
  complaint: { severity: Severity; category: Category },
): RemedyMatrixRow[] {
  const own = matrix.filter((r) => r.severity === complaint.severity && r.category === complaint.category);
  if (own.length) return own;
  return matrix.filter((r) => r.severity === complaint.severity && r.category === null);
}
