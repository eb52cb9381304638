/**
 * The vocabulary of CONTRACT.md §4: the keys stored in the database and sent over the API.
 *
 * Labels are translated in the UI; these keys never change. Adding a key here is a
 * contract change: add it to CONTRACT.md and the web app's translations in the same commit.
 */
export const channels = ['web', 'email', 'phone', 'letter', 'chat', 'in_person', 'social'] as const;
export type Channel = (typeof channels)[number];

export const categories = [
  'product_quality',
  'service_attitude',
  'timeliness',
  'information_accuracy',
  'policy',
  'logistics',
  'other',
] as const;
export type Category = (typeof categories)[number];

export const emotions = ['angry', 'disappointed', 'anxious', 'calm'] as const;
export type Emotion = (typeof emotions)[number];

export const risks = ['safety', 'fraud', 'data_leak', 'legal', 'media'] as const;
export type Risk = (typeof risks)[number];

export const severities = ['minor', 'moderate', 'severe'] as const;
export type Severity = (typeof severities)[number];

export const tiers = ['standard', 'vip'] as const;
export type Tier = (typeof tiers)[number];

export const complexities = ['ordinary', 'complex'] as const;
export type Complexity = (typeof complexities)[number];

export const responsibilities = [
  'internal_process',
  'third_party',
  'customer_misunderstanding',
  'undetermined',
] as const;
export type Responsibility = (typeof responsibilities)[number];

export const rootCauses = [
  'process_gap',
  'staff_skill',
  'resources',
  'product_defect',
  'third_party',
  'other',
] as const;
export type RootCause = (typeof rootCauses)[number];

export const roles = ['admin', 'supervisor', 'quality_manager', 'agent', 'handler'] as const;
export type Role = (typeof roles)[number];

export const locales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof locales)[number];

export const remedyKinds = [
  'apology',
  'coupon',
  'refund',
  'replacement',
  'redo_service',
  'upgrade',
  'compensation',
  'other',
] as const;
export type RemedyKind = (typeof remedyKinds)[number];

/** Departments an owner asks to investigate or act (step 2 department tasks). */
export const departments = [
  'warehouse',
  'kitchen',
  'finance',
  'engineering',
  'front_desk',
  'logistics',
  'customer_service',
  'other',
] as const;
export type Department = (typeof departments)[number];
