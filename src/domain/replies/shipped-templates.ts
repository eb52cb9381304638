/**
 * The reply templates Closeloop ships (情绪安抚话术模板): for each language, category and
 * severity, an opening that names the customer's feeling for that kind of complaint, then the
 * four needs of seed 003 in order (when, how, root cause, prevention) and a closing that names
 * the one person who follows the case. Severity sets how the remedy is put (seed 000 step 3:
 * minor, a quick fix; moderate, take responsibility; severe, senior management steps in).
 * They are coached like any reply (shipped-templates.test.ts): no "but", no blame, no promise
 * beyond the remedy, and empathy, an action and a time in every one.
 */
import { categories, severities, type Category, type Locale, type Severity } from '../vocabulary.js';
import type { ReplyTemplate, TemplateSection } from './reply-template.js';

const openings: Record<Locale, Record<Category, string>> = {
  'zh-CN': {
    product_quality:
      '{{customerName}}您好，非常抱歉我们的产品没有达到您的期待，给您添麻烦了，您的心情我完全理解。',
    service_attitude:
      '{{customerName}}您好，非常抱歉我们的同事让您受了委屈，这样的接待是不应该的，您的感受我完全理解。',
    timeliness: '{{customerName}}您好，让您等了这么久，真的非常抱歉，您的时间很宝贵，我完全理解您的着急。',
    information_accuracy:
      '{{customerName}}您好，非常抱歉我们给您的信息有误，给您带来了困扰，您的不满我完全理解。',
    policy: '{{customerName}}您好，非常感谢您把情况告诉我们，规则的执行让您觉得不公平，您的心情我完全理解。',
    logistics: '{{customerName}}您好，非常抱歉您的包裹出了问题，让您担心了，您的着急我完全理解。',
    other: '{{customerName}}您好，非常抱歉给您带来了不好的体验，您的感受我完全理解。',
  },
  'en-US': {
    product_quality:
      'Dear {{customerName}}, I am sorry that our product let you down, and I understand how frustrating this is.',
    service_attitude:
      'Dear {{customerName}}, I am sorry for how you were treated; you deserved better, and I understand how upsetting this was.',
    timeliness:
      'Dear {{customerName}}, I am sorry you have had to wait so long; your time matters, and I understand your frustration.',
    information_accuracy:
      'Dear {{customerName}}, I am sorry that we gave you wrong information, and I understand the trouble it caused you.',
    policy:
      'Dear {{customerName}}, thank you for telling us about this; I understand that the way our terms were applied felt unfair to you.',
    logistics:
      'Dear {{customerName}}, I am sorry that something went wrong with your delivery, and I understand how worrying this is.',
    other: 'Dear {{customerName}}, I am sorry for the experience you had, and I understand how you feel.',
  },
};

const remedies: Record<Locale, Record<Severity, string>> = {
  'zh-CN': {
    minor: '我们已经为您安排：{{remedy}}。',
    moderate: '这是我们的责任，我们已经为您安排：{{remedy}}，办好的当天我会告诉您。',
    severe: '我们的负责人已经亲自跟进此事，并为您安排：{{remedy}}，每一步进展我都会当天告诉您。',
  },
  'en-US': {
    minor: 'I have arranged the following for you: {{remedy}}.',
    moderate:
      'This was our mistake, and I have arranged the following for you: {{remedy}}. I will let you know as soon as it is done.',
    severe:
      'Our manager is personally handling your case, and we have arranged the following for you: {{remedy}}. I will update you on every step the same day.',
  },
};

const common: Record<
  Locale,
  Pick<Record<TemplateSection, string>, 'whenSolved' | 'rootCause' | 'prevention' | 'closing'>
> = {
  'zh-CN': {
    // A concrete step already taken, so even the first reply (no remedy yet) carries an action.
    whenSolved:
      '我已把您的投诉登记为{{trackingNumber}}，并转给负责的同事核实，会在{{dueDate}}前联系您，告知明确的处理结果。',
    rootCause: '经过核查，这次的问题出在：{{rootCause}}。',
    prevention: '为了避免同样的事情再次发生，我们已经：{{prevention}}。',
    closing: '如果您还有任何疑问，请直接回复此消息，我是{{agentName}}，会一直跟进您的投诉。',
  },
  'en-US': {
    whenSolved:
      'I have logged your complaint as {{trackingNumber}} and passed it to the colleague in charge, and I will contact you by {{dueDate}} with a clear answer.',
    rootCause: 'We looked into it, and the cause was: {{rootCause}}.',
    prevention: 'To keep this from happening again, we have: {{prevention}}.',
    closing:
      'If anything is unclear, just reply to this message. I am {{agentName}}, and I will follow your case personally.',
  },
};

const names: Record<
  Locale,
  { category: Record<Category, string>; severity: Record<Severity, string>; join: string }
> = {
  'zh-CN': {
    category: {
      product_quality: '产品质量',
      service_attitude: '服务态度',
      timeliness: '处理时效',
      information_accuracy: '信息准确性',
      policy: '政策执行',
      logistics: '物流配送',
      other: '其他',
    },
    severity: { minor: '轻微', moderate: '中度', severe: '严重' },
    join: '·',
  },
  'en-US': {
    category: {
      product_quality: 'Product quality',
      service_attitude: 'Service attitude',
      timeliness: 'Timeliness',
      information_accuracy: 'Information accuracy',
      policy: 'Policy',
      logistics: 'Logistics',
      other: 'Other',
    },
    severity: { minor: 'minor', moderate: 'moderate', severe: 'severe' },
    join: ' · ',
  },
};

function build(): ReplyTemplate[] {
  const templates: ReplyTemplate[] = [];
  for (const locale of ['zh-CN', 'en-US'] as const) {
    for (const category of categories) {
      for (const severity of severities) {
        templates.push({
          id: `shipped-${locale}-${category}-${severity}`,
          name: `${names[locale].category[category]}${names[locale].join}${names[locale].severity[severity]}`,
          locale,
          category,
          severity,
          sections: {
            opening: openings[locale][category],
            whenSolved: common[locale].whenSolved,
            howSolved: remedies[locale][severity],
            rootCause: common[locale].rootCause,
            prevention: common[locale].prevention,
            closing: common[locale].closing,
          },
        });
      }
    }
  }
  return templates;
}

/** 2 languages × 7 categories × 3 severities. */
export const shippedTemplates: readonly ReplyTemplate[] = Object.freeze(build());
