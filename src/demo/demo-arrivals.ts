/**
 * When the demo complaints arrive and who files them: spread over the last weeks before
 * `now`, more on business days, in the hours each channel is used (Asia/Shanghai by
 * default), with a visible rise of logistics complaints in the last two weeks (a spike
 * for the analytics to find). Every template is used once before any is used again.
 */
import type { OpenComplaintInput } from '../commands/open-complaint.js';
import type { BusinessCalendar } from '../domain/sla/index.js';
import { isBusinessDay, localDateOf, zonedInstant } from '../domain/sla/index.js';
import type { Channel } from '../domain/vocabulary.js';
import { addMinutes, shiftLocalDate, writtenDate } from './demo-clock.js';
import type { DemoComplaintTemplate, DemoCustomer } from './demo-complaints.js';
import { demoCustomer } from './demo-customers.js';
import type { DemoRandom } from './demo-random.js';

export interface DemoArrival {
  receivedAt: Date;
  template: DemoComplaintTemplate;
  customer: DemoCustomer;
  /** The complaint as filed, placeholders filled in. */
  input: OpenComplaintInput;
}

/** How much likelier a logistics complaint is in the last two weeks than before. */
const logisticsSpike = 4;
const spikeDays = 14;

/** Relative arrivals per local hour (index = hour). */
const officeHours = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.8, 1.2, 1.2, 0.6, 0.9, 1.2, 1.2, 1, 0.8, 0, 0, 0, 0, 0, 0];
const onlineHours = [
  0.05, 0.02, 0, 0, 0, 0, 0.05, 0.3, 0.6, 1, 1.2, 1.1, 0.9, 0.9, 1, 1, 0.9, 0.8, 0.7, 0.8, 0.9, 0.9, 0.6, 0.3,
];
const hoursByChannel: Record<Channel, readonly number[]> = {
  phone: officeHours,
  letter: officeHours,
  in_person: officeHours,
  web: onlineHours,
  email: onlineHours,
  chat: onlineHours,
  social: onlineHours,
};

export function planArrivals(options: {
  now: Date;
  calendar: BusinessCalendar;
  count: number;
  weeks: number;
  templates: readonly DemoComplaintTemplate[];
  random: DemoRandom;
}): DemoArrival[] {
  const { now, calendar, count, templates, random } = options;
  const timeZone = calendar.timeZone;
  const today = localDateOf(now, timeZone);
  const days = Array.from({ length: Math.max(1, Math.round(options.weeks * 7)) }, (_, back) => {
    const date = shiftLocalDate(today, -back);
    return { back, date, weight: isBusinessDay(date, calendar) ? 1 : 0.4 };
  });
  const boost = (template: DemoComplaintTemplate, back: number): number =>
    template.category === 'logistics' && back < spikeDays ? logisticsSpike : 1;
  const meanBoost = (back: number) =>
    templates.reduce((sum, t) => sum + boost(t, back), 0) / templates.length;

  // Each day gets its share of the complaints (with some day-to-day noise), so the curve
  // has no accidental bursts for the spike detection to find; the remainders are drawn.
  const weights = days.map((d) => d.weight * meanBoost(d.back) * (0.75 + 0.5 * random.next()));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const shares = weights.map((w) => (count * w) / total);
  const slots: number[] = days.flatMap((d, i) =>
    Array.from({ length: Math.floor(shares[i] ?? 0) }, () => d.back),
  );
  const fractions = shares.map((share) => share - Math.floor(share));
  while (slots.length < count) {
    const i = random.weightedIndex(fractions);
    fractions[i] = 0;
    slots.push(days[i]?.back ?? 0);
  }

  // Every template once first (logistics ones drawn towards the recent slots), then the
  // other slots take templates weighted by the day they fall on.
  const free = random.shuffled(slots);
  const chosen: { template: DemoComplaintTemplate; back: number }[] = [];
  for (const template of random.shuffled(templates).slice(0, count)) {
    const [back] = free.splice(random.weightedIndex(free.map((b) => boost(template, b))), 1);
    chosen.push({ template, back: back ?? 0 });
  }
  for (const back of free) {
    const template = templates[random.weightedIndex(templates.map((t) => boost(t, back)))];
    if (template) chosen.push({ template, back });
  }

  const arrivals = chosen.map(({ template, back }) => ({
    template,
    receivedAt: arrivalInstant(shiftLocalDate(today, -back), template.channel, now, timeZone, random),
  }));
  arrivals.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());

  // The first use of a template is filed by its own customer; later uses by new people.
  const used = new Set<string>();
  return arrivals.map(({ template, receivedAt }, serial) => {
    const customer = used.has(template.key)
      ? demoCustomer(template.language, random, serial)
      : template.customer;
    used.add(template.key);
    return {
      receivedAt,
      template,
      customer,
      input: filedInput(template, customer, receivedAt, timeZone, random),
    };
  });
}

function arrivalInstant(
  date: string,
  channel: Channel,
  now: Date,
  timeZone: string,
  random: DemoRandom,
): Date {
  const latest = now.getTime() - 15 * 60_000;
  for (let attempt = 0; attempt < 30; attempt++) {
    const hour = random.weightedIndex(hoursByChannel[channel]);
    const instant = zonedInstant(date, hour * 60 + random.int(0, 59) + random.next(), timeZone);
    if (instant.getTime() <= latest) return instant;
  }
  // Today's office hours may all lie ahead: it came in a little earlier, then.
  return addMinutes(now, -random.int(20, 180));
}

function filedInput(
  template: DemoComplaintTemplate,
  customer: DemoCustomer,
  receivedAt: Date,
  timeZone: string,
  random: DemoRandom,
): OpenComplaintInput {
  const orderRef = template.orderRef ? fillPattern(template.orderRef, random) : undefined;
  const fill = (text: string) =>
    text
      .replaceAll('{order}', orderRef ?? '')
      .replace(/\{date:(\d+)\}/g, (_, n: string) =>
        writtenDate(addMinutes(receivedAt, -Number(n) * 24 * 60), timeZone, template.language),
      );
  const daysBefore = /\{date:(\d+)\}/.exec(template.description)?.[1];
  // A person logging a phone call, letter or visit records their own category and severity.
  const loggedByStaff =
    template.channel === 'phone' || template.channel === 'letter' || template.channel === 'in_person';
  return {
    channel: template.channel,
    customer: { name: customer.name, email: customer.email, phone: customer.phone, tier: customer.tier },
    subject: fill(template.subject),
    description: fill(template.description),
    expectation: fill(template.expectation),
    orderRef,
    productRef: template.productRef,
    occurredAt:
      daysBefore === undefined
        ? undefined
        : addMinutes(receivedAt, -Math.max(3 * 60, Number(daysBefore) * 24 * 60)),
    receivedAt,
    complexity: template.complexity,
    locale: template.language === 'en' ? 'en-US' : 'zh-CN',
    category: loggedByStaff ? template.category : undefined,
    severity: loggedByStaff ? template.severity : undefined,
  };
}

/** `#` becomes a digit, `@` an upper-case letter (no I or O). */
function fillPattern(pattern: string, random: DemoRandom): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  return pattern.replace(/[#@]/g, (c) => (c === '#' ? String(random.int(0, 9)) : random.pick([...letters])));
}
