/**
 * The acknowledgement a customer gets when a complaint is received (seed 002: "notify the
 * customer that the letter was received"): the tracking number and when to expect an answer.
 */
import { formatBusinessTime } from '../sla/business-time.js';
import type { Locale } from '../vocabulary.js';

export interface AcknowledgementFacts {
  customerName: string;
  trackingNumber: string;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  timeZone: string;
  trackingUrl: string | null;
}

export function acknowledgement(
  facts: AcknowledgementFacts,
  locale: Locale,
): { subject: string; body: string } {
  const when = (d: Date) => formatBusinessTime(d, locale, facts.timeZone);
  if (locale === 'zh-CN') {
    return {
      subject: `您的投诉已受理(投诉单号 ${facts.trackingNumber})`,
      body: [
        `${facts.customerName},您好:`,
        `我们已收到您的投诉,投诉单号为 ${facts.trackingNumber}。给您带来不便,我们深表歉意。`,
        `专人将在 ${when(facts.firstResponseDueAt)} 前与您联系,并在 ${when(facts.resolutionDueAt)} 前给出处理结果。`,
        facts.trackingUrl
          ? `您可随时通过以下链接查看处理进度:${facts.trackingUrl}`
          : '您可凭投诉单号和查询码随时查看处理进度。',
      ].join('\n'),
    };
  }
  return {
    subject: `We have received your complaint (${facts.trackingNumber})`,
    body: [
      `Dear ${facts.customerName},`,
      `We have received your complaint; its tracking number is ${facts.trackingNumber}. We are sorry for the trouble.`,
      `A named person will contact you by ${when(facts.firstResponseDueAt)} and give you a solution by ${when(facts.resolutionDueAt)}.`,
      facts.trackingUrl
        ? `You can follow its progress at any time: ${facts.trackingUrl}`
        : 'You can follow its progress at any time with the tracking number and access code.',
    ].join('\n'),
  };
}
