/**
 * What a notification says, in the reader's language (zh-CN or en-US): a title naming what
 * happened (which deadline was breached, which remedy was decided, which task is overdue…)
 * from its kind and payload, and a detail line. Consecutive notifications of the same
 * complaint and kind are shown as one (their ids kept, so marking it read marks them all).
 */
import type { Locale } from '../../domain/vocabulary.js';
import { termsZh } from '../i18n/terms.js';

export interface StoredNotification {
  id: string;
  kind: string;
  complaintId: string | null;
  payload: unknown;
  createdAt: Date;
  readAt: Date | null;
}

type Payload = Record<string, unknown>;

const clockWords: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    first_response: '首次响应',
    resolution: '解决',
    progress_update: '进度反馈',
    follow_up: '回访',
    post_mortem: '复盘',
  },
  'en-US': {
    first_response: 'first response',
    resolution: 'resolution',
    progress_update: 'progress update',
    follow_up: 'follow-up',
    post_mortem: 'post-mortem',
  },
};

const departmentWords: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    warehouse: '仓储部',
    kitchen: '厨房',
    finance: '财务部',
    engineering: '工程部',
    front_desk: '前台',
    logistics: '物流部',
    customer_service: '客服部',
    other: '其他部门',
  },
  'en-US': {
    warehouse: 'warehouse',
    kitchen: 'kitchen',
    finance: 'finance',
    engineering: 'engineering',
    front_desk: 'front desk',
    logistics: 'logistics',
    customer_service: 'customer service',
    other: 'another department',
  },
};

const remedyWordsEn: Record<string, string> = {
  apology: 'apology',
  coupon: 'coupon',
  refund: 'refund',
  replacement: 'replacement',
  redo_service: 'service redone',
  upgrade: 'upgrade',
  compensation: 'compensation',
  other: 'other remedy',
};

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

function money(amount: unknown, currency: unknown, locale: Locale): string | null {
  const n = num(amount);
  if (n === null) return null;
  const code = str(currency) ?? 'CNY';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(n);
  } catch {
    return `${n} ${code}`;
  }
}

/** "退款 ¥200.00" / "refund CN¥200.00": a remedy's kind and amount. */
function remedyText(p: Payload, locale: Locale): string {
  const kind = str(p.kind);
  const word = kind ? (locale === 'zh-CN' ? termsZh.remedyKind(kind) : (remedyWordsEn[kind] ?? kind)) : null;
  return [word, money(p.amount, p.currency, locale)]
    .filter((part): part is string => part !== null)
    .join(' ');
}

/** The clocks named by a group of SLA notifications, in order, once each: "首次响应、解决". */
function clocksOf(payloads: Payload[], locale: Locale): string {
  const kinds = [...new Set(payloads.map((p) => str(p.clock)).filter((k): k is string => k !== null))];
  const words = kinds.map((k) => clockWords[locale][k] ?? k);
  return locale === 'zh-CN' ? words.join('、') : words.join(', ');
}

const zhList = (parts: (string | null)[]) => parts.filter((p): p is string => p !== null).join('，');

/**
 * The title and detail of one notification, or of consecutive ones of the same complaint and
 * kind (newest first); every kind the server writes has its own words.
 */
export function notificationText(
  kind: string,
  payloads: Payload[],
  locale: Locale,
): { title: string; detail: string | null } {
  const p = payloads[0] ?? {};
  const zh = locale === 'zh-CN';
  const by = str(p.by) ?? str(p.assignedBy);
  const reason = str(p.reason);
  const department = str(p.department);
  const departmentWord = department ? (departmentWords[locale][department] ?? department) : null;
  const clocks = clocksOf(payloads, locale);
  // Every remedy of the run, oldest first, once each: "退款 ¥800.00、补偿 ¥1,500.00".
  const remedies = [...new Set([...payloads].reverse().map((q) => remedyText(q, locale)))]
    .filter(Boolean)
    .join(zh ? '、' : ', ');
  switch (kind) {
    case 'sla.warned':
      return zh
        ? { title: `时限即将到期：${clocks}`, detail: null }
        : { title: `Deadline at risk: ${clocks}`, detail: null };
    case 'sla.breached':
      return zh
        ? { title: `已超时：${clocks}`, detail: null }
        : { title: `Overdue: ${clocks}`, detail: null };
    case 'sla.escalated':
      return zh
        ? { title: `超时升级：${clocks}`, detail: '超时一小时后仍未完成，已通知主管。' }
        : {
            title: `Escalated: ${clocks} overdue`,
            detail: 'Still not done an hour after the deadline; supervisors are told.',
          };
    case 'remedy.approval_requested':
      return zh
        ? { title: `补救方案待您审批：${remedies}`, detail: by ? `提出人：${by}` : null }
        : {
            title: `Remedy awaiting your approval: ${remedies}`,
            detail: by ? `Proposed by ${by}` : null,
          };
    case 'remedy.approved':
      return zh
        ? { title: `补救方案已批准：${remedies}`, detail: by ? `审批人：${by}` : null }
        : { title: `Remedy approved: ${remedies}`, detail: by ? `Approved by ${by}` : null };
    case 'remedy.rejected':
      return zh
        ? {
            title: `补救方案被驳回：${remedies}`,
            detail: zhList([by ? `驳回人：${by}` : null, reason ? `理由：${reason}` : null]) || null,
          }
        : {
            title: `Remedy rejected: ${remedies}`,
            detail:
              [by ? `Rejected by ${by}` : null, reason ? `reason: ${reason}` : null]
                .filter(Boolean)
                .join('; ') || null,
          };
    case 'task.assigned':
      return zh
        ? { title: `新的协办任务：${departmentWord ?? '部门任务'}`, detail: by ? `指派人：${by}` : null }
        : {
            title: `New department task: ${departmentWord ?? 'task'}`,
            detail: by ? `Assigned by ${by}` : null,
          };
    case 'task.completed':
      return zh
        ? { title: `协办任务已完成：${departmentWord ?? '部门任务'}`, detail: by ? `完成人：${by}` : null }
        : { title: `Department task done: ${departmentWord ?? 'task'}`, detail: by ? `Done by ${by}` : null };
    case 'task.cancelled':
      return zh
        ? { title: `协办任务已取消：${departmentWord ?? '部门任务'}`, detail: by ? `取消人：${by}` : null }
        : {
            title: `Department task cancelled: ${departmentWord ?? 'task'}`,
            detail: by ? `Cancelled by ${by}` : null,
          };
    case 'task.overdue':
      return zh
        ? { title: '协办任务已逾期', detail: null }
        : { title: 'Department task overdue', detail: null };
    case 'action.assigned': {
      const preventive = p.kind === 'preventive';
      const description = str(p.description);
      return zh
        ? {
            title: `新的${preventive ? '预防' : '纠正'}措施${description ? `：${description}` : ''}`,
            detail: by ? `指派人：${by}` : null,
          }
        : {
            title: `New ${preventive ? 'preventive' : 'corrective'} action${description ? `: ${description}` : ''}`,
            detail: by ? `Assigned by ${by}` : null,
          };
    }
    case 'action.overdue':
      return zh
        ? { title: '纠正或预防措施已逾期', detail: null }
        : { title: 'Corrective or preventive action overdue', detail: null };
    case 'survey.low_rating':
    case 'survey.escalated': {
      const rating = num(p.rating);
      const comment = str(p.comment);
      const escalated = kind === 'survey.escalated';
      return zh
        ? {
            title: `${escalated ? '升级：' : ''}客户评分 ${rating ?? '?'} 分（满分 5 分）${escalated ? '' : '，投诉已重新打开'}`,
            detail: comment ? `客户说：${comment}` : null,
          }
        : {
            title: `${escalated ? 'Escalated: the customer' : 'Customer'} rated ${rating ?? '?'} out of 5${escalated ? '' : '; the complaint is reopened'}`,
            detail: comment ? `The customer says: ${comment}` : null,
          };
    }
    case 'offer.accepted':
    case 'offer.rejected': {
      const remedies = Array.isArray(p.remedies) ? (p.remedies as Payload[]) : [];
      const offered = remedies
        .map((r) => remedyText(r, locale))
        .filter(Boolean)
        .join(zh ? '、' : ', ');
      const accepted = kind === 'offer.accepted';
      return zh
        ? {
            title: `客户${accepted ? '接受' : '拒绝'}了补救方案${offered ? `：${offered}` : ''}`,
            detail: reason ? `客户说：${reason}` : null,
          }
        : {
            title: `The customer ${accepted ? 'accepted' : 'turned down'} the offer${offered ? `: ${offered}` : ''}`,
            detail: reason ? `The customer says: ${reason}` : null,
          };
    }
    case 'follow_up.unsatisfied': {
      const notes = str(p.notes);
      return zh
        ? { title: '回访：客户不满意', detail: notes ? `回访记录：${notes}` : null }
        : { title: 'Follow-up: the customer is not satisfied', detail: notes ? `Notes: ${notes}` : null };
    }
    default:
      return zh ? { title: '投诉有新进展', detail: null } : { title: 'News on a complaint', detail: null };
  }
}

export interface NotificationGroup {
  /** The newest notification's id. */
  id: string;
  /** Every notification shown as this one, newest first (mark them read together). */
  ids: string[];
  count: number;
  kind: string;
  complaintId: string | null;
  payload: Payload;
  title: string;
  detail: string | null;
  /** Tracking number and subject: which complaint. */
  about: string | null;
  createdAt: string;
  /** null while any of them is unread. */
  readAt: string | null;
}

/**
 * The notifications (newest first) as the reader sees them: runs of the same complaint and
 * kind become one entry.
 */
export function presentNotifications(rows: StoredNotification[], locale: Locale): NotificationGroup[] {
  const runs: StoredNotification[][] = [];
  for (const row of rows) {
    const run = runs.at(-1);
    const first = run?.[0];
    if (
      run &&
      first &&
      row.complaintId !== null &&
      row.complaintId === first.complaintId &&
      row.kind === first.kind
    ) {
      run.push(row);
    } else runs.push([row]);
  }
  return runs.map((run) => {
    const newest = run[0]!;
    const payloads = run.map((n) => (n.payload ?? {}) as Payload);
    const payload = payloads[0]!;
    const text = notificationText(newest.kind, payloads, locale);
    // An SLA or remedy title names every clock or remedy of the run; others say how many times.
    const title =
      run.length > 1 && !newest.kind.startsWith('sla.') && !newest.kind.startsWith('remedy.')
        ? `${text.title}${locale === 'zh-CN' ? `（共 ${run.length} 条）` : ` (${run.length} times)`}`
        : text.title;
    const about = [str(payload.trackingNumber), str(payload.subject)].filter((s): s is string => s !== null);
    return {
      id: newest.id,
      ids: run.map((n) => n.id),
      count: run.length,
      kind: newest.kind,
      complaintId: newest.complaintId,
      payload,
      title,
      detail: text.detail,
      about: about.length ? about.join(' · ') : null,
      createdAt: newest.createdAt.toISOString(),
      readAt: run.some((n) => n.readAt === null) ? null : (newest.readAt?.toISOString() ?? null),
    };
  });
}
