/**
 * The glossary's Chinese words for the keys that appear inside server messages (statuses,
 * roles, severities, categories, remedy kinds, languages), as the web app shows them
 * (web/src/i18n/zh-CN.ts). A key without a word here is shown as it is.
 */
import type { ComplaintStatus } from '../../domain/complaint/lifecycle.js';
import type { Category, Complexity, RemedyKind, Role, Severity, Tier } from '../../domain/vocabulary.js';

const complaintStatusWords: Record<ComplaintStatus, string> = {
  new: '新投诉',
  triaged: '已研判',
  investigating: '核实中',
  remedy_proposed: '已提方案',
  in_progress: '处理中',
  resolved: '已解决',
  closed: '已结案',
  dismissed: '不予受理',
};

/** Complaints, remedies, department tasks and corrective actions: one word per status. */
const statusWords: Record<string, string> = {
  ...complaintStatusWords,
  approved: '已批准',
  pending_approval: '待审批',
  rejected: '已驳回',
  open: '进行中',
  overdue: '已逾期',
  done: '已完成',
  cancelled: '已取消',
};

const roleWords: Record<Role, string> = {
  admin: '管理员',
  supervisor: '主管',
  quality_manager: '质量经理',
  agent: '客服',
  handler: '协办人',
};

const severityWords: Record<Severity, string> = { minor: '轻微', moderate: '中度', severe: '严重' };

const categoryWords: Record<Category, string> = {
  product_quality: '产品质量',
  service_attitude: '服务态度',
  timeliness: '处理时效',
  information_accuracy: '信息准确性',
  policy: '政策执行',
  logistics: '物流配送',
  other: '其他',
};

const remedyKindWords: Record<RemedyKind, string> = {
  apology: '致歉',
  coupon: '优惠券',
  refund: '退款',
  replacement: '换货',
  redo_service: '重新服务',
  upgrade: '升级服务',
  compensation: '补偿',
  other: '其他补救',
};

const tierWords: Record<Tier, string> = { standard: '普通', vip: 'VIP' };

const complexityWords: Record<Complexity, string> = { ordinary: '普通', complex: '复杂' };

const localeWords: Record<string, string> = { 'zh-CN': '中文', 'en-US': '英文' };

const wordOf = (words: Record<string, string>) => (key: string) => words[key] ?? key;

export const termsZh = {
  status: wordOf(statusWords),
  role: wordOf(roleWords),
  severity: wordOf(severityWords),
  category: wordOf(categoryWords),
  remedyKind: wordOf(remedyKindWords),
  tier: wordOf(tierWords),
  complexity: wordOf(complexityWords),
  locale: wordOf(localeWords),
};
