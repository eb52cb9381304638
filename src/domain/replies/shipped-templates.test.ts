import { describe, expect, it } from 'vitest';
import { reviewReply } from '../coach/index.js';
import { categories, severities } from '../vocabulary.js';
import { chooseTemplate, renderTemplate, shippedTemplates, templateProblems } from './index.js';

const values = {
  'zh-CN': {
    customerName: '林女士',
    trackingNumber: 'CL-7KQ4-M9XT',
    dueDate: '11月27日 18:00',
    remedy: '重新配送一份同样的餐品，并退还本单配送费',
    rootCause: '高峰期骑手调度不足，订单在店里等了四十分钟',
    prevention: '在晚高峰增加两名专职骑手，并在超时前提醒顾客',
    agentName: '陈静',
  },
  'en-US': {
    customerName: 'Ms Carter',
    trackingNumber: 'CL-7KQ4-M9XT',
    dueDate: 'Friday, 27 November, 6 pm',
    remedy: 'a replacement order delivered tonight and a refund of the delivery fee',
    rootCause: 'too few couriers at the evening peak, so your order waited forty minutes',
    prevention: 'added two couriers at the evening peak and alerts before an order runs late',
    agentName: 'Emily',
  },
} as const;

describe('shipped reply templates', () => {
  it('has one template per language, category and severity, all valid', () => {
    expect(shippedTemplates).toHaveLength(2 * categories.length * severities.length);
    for (const template of shippedTemplates) expect(templateProblems(template, 'template')).toEqual([]);
  });

  it.each(shippedTemplates.map((t) => [t.name, t] as const))(
    '%s reads clean to the reply coach',
    (_name, template) => {
      const full = renderTemplate(template, values[template.locale]);
      expect(full.omitted).toEqual([]);
      expect(reviewReply(full.text, template.locale)).toEqual([]);
      // The first reply, before any root cause is known, is clean too.
      const first = renderTemplate(template, {
        ...values[template.locale],
        rootCause: null,
        prevention: null,
      });
      expect(first.omitted).toEqual(['rootCause', 'prevention']);
      expect(reviewReply(first.text, template.locale)).toEqual([]);
      // And the very first one, before any remedy is agreed: still an action and a time.
      const beforeRemedy = renderTemplate(template, {
        ...values[template.locale],
        remedy: null,
        rootCause: null,
        prevention: null,
      });
      expect(beforeRemedy.omitted).toEqual(['howSolved', 'rootCause', 'prevention']);
      expect(reviewReply(beforeRemedy.text, template.locale)).toEqual([]);
    },
  );

  it('puts the four needs in order: when, how, why, never again', () => {
    const template = chooseTemplate(shippedTemplates, {
      locale: 'en-US',
      category: 'logistics',
      severity: 'severe',
    })!;
    const text = renderTemplate(template, values['en-US']).text;
    const order = ['by Friday', 'Our manager', 'the cause was', 'To keep this'].map((part) =>
      text.indexOf(part),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
