/**
 * The story of one demo complaint after it arrives, as timed steps: triage with an owner,
 * the first reply, investigation notes, remedies by severity (S0 step 3) with approvals
 * above an agent's authority, progress updates on complex complaints, resolution,
 * follow-up, closing, and now and then a dismissal, a hand-over or a reopening.
 *
 * The plan runs to its end; the seeding plays only the steps before `now`, so a complaint
 * received this morning is still new while one from last month is long closed.
 */
import type { Complaint } from '../domain/complaint/complaint.js';
import type { ComplaintStatus } from '../domain/complaint/lifecycle.js';
import type { Department, RemedyKind, Responsibility, RootCause } from '../domain/vocabulary.js';
import { addMinutes, duringServiceHours } from './demo-clock.js';
import type { DemoComplaintTemplate, DemoIndustry, DemoLanguage } from './demo-complaints.js';
import {
  customerMessage,
  departmentRequest,
  dismissal,
  firstReply,
  followUp,
  handlerNote,
  handoverReason,
  investigationNote,
  postMortemNote,
  progressUpdate,
  remedyDescription,
  remedyReply,
  reopening,
  resolutionText,
} from './demo-messages.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoUserKey } from './demo-users.js';

export type DemoStep = { at: Date } & (
  | { kind: 'triage'; actor: DemoUserKey; owner: DemoUserKey }
  | { kind: 'reply' | 'note'; author: DemoUserKey; body: string }
  | { kind: 'inbound'; body: string }
  | {
      kind: 'transition';
      actor: DemoUserKey;
      to: ComplaintStatus;
      reason?: string;
      responsibility?: Responsibility;
      resolution?: string;
    }
  | { kind: 'handover'; actor: DemoUserKey; owner: DemoUserKey; reason: string }
  | { kind: 'remedy'; author: DemoUserKey; remedyKind: RemedyKind; amount?: number; description: string }
  | { kind: 'approve'; approver: DemoUserKey }
  | { kind: 'task'; actor: DemoUserKey; department: Department; request: string; dueAt: Date }
  | { kind: 'task_done'; outcome: string }
  | {
      kind: 'follow_up';
      actor: DemoUserKey;
      outcome: 'satisfied' | 'unsatisfied' | 'unreachable';
      notes: string;
    }
  | { kind: 'post_mortem'; actor: DemoUserKey; rootCause: RootCause; lessons: string; action: string }
  | { kind: 'action_done'; actor: DemoUserKey; note: string }
);

type Agent = 'agentChen' | 'agentWang' | 'agentCarter';

/** Default authority limits (CONTRACT.md §5); the seeding still obeys what the database says. */
const limitOf = (user: DemoUserKey): number =>
  user === 'supervisor' ? 2000 : user === 'admin' ? Infinity : 200;

export function planLifecycle(
  facts: { complaint: Complaint; template: DemoComplaintTemplate; timeZone: string },
  random: DemoRandom,
): DemoStep[] {
  const { complaint, template, timeZone } = facts;
  const language = template.language;
  const severity = complaint.triage.severity;
  const urgent = complaint.triage.urgent;
  const category = complaint.triage.category.label;
  const steps: DemoStep[] = [];
  let clock = complaint.receivedAt;
  /** Moves the story on: `minutes` later, into service hours when staff act. */
  const after = (minutes: number, byStaff = true): Date => {
    const next = addMinutes(clock, Math.max(1, minutes));
    clock = byStaff ? duringServiceHours(next, timeZone, random) : next;
    return clock;
  };
  // Most complaints move briskly; some wait on other departments, a few stall for weeks.
  const pace = random.chance(0.72) ? 1 : random.chance(0.65) ? random.pick([1.5, 2, 2.5]) : random.int(3, 6);
  const hours = (min: number, max: number) => random.int(min * 60, max * 60) * pace;

  let owner: DemoUserKey = pickOwner(language, severity === 'severe', random);
  const triager: DemoUserKey = owner === 'supervisor' || random.chance(0.25) ? 'supervisor' : owner;
  const lateStart = !urgent && random.chance(0.06); // a first response that breaches its 24 hours
  const triageDelay = lateStart
    ? hours(26, 40)
    : urgent
      ? random.int(5, 30)
      : random.chance(0.3)
        ? random.int(4 * 60, 16 * 60) // the intake queue had a backlog
        : random.int(15, 240);
  steps.push({ kind: 'triage', at: after(triageDelay), actor: triager, owner });

  const upset = template.emotion.label !== 'calm' && template.emotion.intensity >= 0.55;
  steps.push({
    kind: 'reply',
    at: after(random.int(5, 45)),
    author: owner,
    body: firstReply(language, random, {
      customerName: complaint.customer.name,
      trackingNumber: complaint.trackingNumber,
      category,
      upset,
      urgent,
    }),
  });
  if (random.chance(0.15)) {
    steps.push({
      kind: 'inbound',
      at: after(random.int(30, 300), false),
      body: customerMessage(language, random),
    });
  }

  const dismissible = severity !== 'severe' && template.risks.length === 0 && random.chance(0.06);
  if (dismissible && random.chance(0.4)) return [...steps, ...dismissSteps(owner, language, random, after)];

  steps.push({ kind: 'transition', at: after(random.int(30, 360)), actor: owner, to: 'investigating' });
  const investigatingFrom = clock;
  const escalate = severity === 'severe' && owner !== 'supervisor' && random.chance(0.4);
  if (escalate || random.chance(0.05)) {
    const next: DemoUserKey = escalate ? 'supervisor' : otherAgent(owner, random);
    steps.push({
      kind: 'handover',
      at: after(random.int(30, 240)),
      actor: escalate ? 'supervisor' : owner,
      owner: next,
      reason: handoverReason(language, escalate),
    });
    owner = next;
  }
  if (random.chance(0.35)) {
    // S0 step 2: the owner asks a department, whose handler answers with what they found.
    const parcels = category === 'logistics';
    const askedAt = after(random.int(10, 90));
    steps.push({
      kind: 'task',
      at: askedAt,
      actor: owner,
      ...departmentRequest(language, template.industry, parcels),
      dueAt: addMinutes(askedAt, 24 * 60),
    });
    steps.push({
      kind: 'task_done',
      // Most departments answer the same day; some take a day or two (the task shows overdue).
      at: after(random.chance(0.2) ? hours(20, 60) : hours(1, 8)),
      outcome: handlerNote(
        language,
        { parcels, partnerAtFault: template.responsibility === 'third_party' },
        random,
      ),
    });
  }
  steps.push({
    kind: 'note',
    at: after(hours(1, 10)),
    author: owner,
    body: investigationNote(language, category, random),
  });
  if (dismissible) return [...steps, ...dismissSteps(owner, language, random, after)];

  // S0 step 3: the remedy follows the severity.
  const remedies = remediesFor(severity, template, language, random);
  let needsApproval = false;
  for (const [i, remedy] of remedies.entries()) {
    steps.push({
      kind: 'remedy',
      at: after(i === 0 ? hours(1, 8) : random.int(2, 20)),
      author: owner,
      ...remedy,
    });
    needsApproval ||= (remedy.amount ?? 0) > limitOf(owner);
  }
  steps.push({
    kind: 'transition',
    at: after(random.int(5, 30)),
    actor: owner,
    to: 'remedy_proposed',
    responsibility: template.responsibility,
  });
  const described = remedies.map((r) => r.description);
  if (needsApproval) {
    steps.push({
      kind: 'reply',
      at: after(random.int(5, 30)),
      author: owner,
      body: awaitingApproval(language),
    });
    const largest = Math.max(...remedies.map((r) => r.amount ?? 0));
    steps.push({
      kind: 'approve',
      at: after(hours(3, 30)),
      approver: largest > limitOf('supervisor') ? 'admin' : 'supervisor',
    });
  }
  steps.push({
    kind: 'reply',
    at: after(random.int(10, 90)),
    author: owner,
    body: remedyReply(language, complaint.customer.name, described),
  });
  steps.push({ kind: 'transition', at: after(hours(1, 8)), actor: owner, to: 'in_progress' });
  steps.push(
    ...resolveSteps(owner, language, category, described, template.complexity === 'complex', hours, after),
  );

  const followed = random.chance(0.97);
  if (followed) {
    steps.push({
      kind: 'reply',
      at: after(random.int(2 * 60, 22 * 60)),
      author: owner,
      body: followUp(language, complaint.customer.name, random),
    });
    steps.push(followUpRecord(owner, language, random, after));
  }
  if (followed && random.chance(0.97)) {
    steps.push({ kind: 'transition', at: after(random.int(2 * 60, 72 * 60)), actor: owner, to: 'closed' });
    if (random.chance(0.05)) {
      const { inbound, reason } = reopening(language, random);
      steps.push({ kind: 'inbound', at: after(random.int(24 * 60, 96 * 60), false), body: inbound });
      steps.push({
        kind: 'transition',
        at: after(random.int(30, 240)),
        actor: owner,
        to: 'in_progress',
        reason,
      });
      steps.push(...resolveSteps(owner, language, category, described, false, hours, after));
      steps.push({
        kind: 'reply',
        at: after(random.int(2 * 60, 20 * 60)),
        author: owner,
        body: followUp(language, complaint.customer.name, random),
      });
      steps.push(followUpRecord(owner, language, random, after));
      steps.push({ kind: 'transition', at: after(random.int(60, 48 * 60)), actor: owner, to: 'closed' });
    }
    // S0 step 6: moderate and severe complaints get a post-mortem within 48 h (most of them:
    // a few stay overdue for the quality manager's list); its action is done a week later.
    if (severity !== 'minor' && random.chance(0.95)) {
      const review = postMortemPlan(language, random);
      steps.push({
        kind: 'post_mortem',
        at: after(random.int(4 * 60, 40 * 60)),
        actor: 'qualityManager',
        ...review,
      });
      steps.push({
        kind: 'action_done',
        at: after(random.int(3 * 24 * 60, 10 * 24 * 60)),
        actor: 'qualityManager',
        note: review.done,
      });
    } else if (random.chance(0.12)) {
      steps.push({
        kind: 'note',
        at: after(random.int(4 * 60, 40 * 60)),
        author: 'qualityManager',
        body: postMortemNote(language, random),
      });
    }
  }
  const told = withProgressUpdates(
    steps,
    { from: investigatingFrom, owner, language, template, timeZone },
    random,
  );
  return random.chance(0.06) ? stalled(told, random) : told;
}

/**
 * A few complaints stop moving after some step, for the breach sweep and escalations to
 * find; most often a remedy waits for an approval nobody gives.
 */
function stalled(steps: DemoStep[], random: DemoRandom): DemoStep[] {
  const stops = steps.flatMap((s, i) => {
    if (s.kind === 'triage') return [{ i, weight: 1 }];
    if (s.kind === 'approve') return [{ i: i - 1, weight: 4 }];
    return s.kind === 'transition' && (s.to === 'investigating' || s.to === 'remedy_proposed')
      ? [{ i, weight: 1 }]
      : [];
  });
  const stop = stops[random.weightedIndex(stops.map((s) => s.weight))];
  return steps.slice(0, (stop?.i ?? steps.length) + 1);
}

function pickOwner(language: DemoLanguage, severe: boolean, random: DemoRandom): DemoUserKey {
  if (random.chance(severe ? 0.6 : 0.08)) return 'supervisor';
  const agents: readonly Agent[] = ['agentChen', 'agentWang', 'agentCarter'];
  return agents[random.weightedIndex(language === 'en' ? [2, 2, 6] : [4.5, 4.5, 1])] ?? 'agentChen';
}

function otherAgent(current: DemoUserKey, random: DemoRandom): DemoUserKey {
  return random.pick((['agentChen', 'agentWang', 'agentCarter'] as const).filter((a) => a !== current));
}

function dismissSteps(
  owner: DemoUserKey,
  language: DemoLanguage,
  random: DemoRandom,
  after: (minutes: number) => Date,
): DemoStep[] {
  const { reason, reply } = dismissal(language, random);
  return [
    { kind: 'reply', at: after(random.int(30, 24 * 60)), author: owner, body: reply },
    { kind: 'transition', at: after(random.int(5, 60)), actor: owner, to: 'dismissed', reason },
  ];
}

function resolveSteps(
  owner: DemoUserKey,
  language: DemoLanguage,
  category: Complaint['triage']['category']['label'],
  remedies: readonly string[],
  complex: boolean,
  hours: (min: number, max: number) => number,
  after: (minutes: number) => Date,
): DemoStep[] {
  return [
    {
      kind: 'transition',
      at: after(complex ? hours(12, 48) : hours(2, 20)),
      actor: owner,
      to: 'resolved',
      resolution: resolutionText(language, category, remedies),
    },
  ];
}

const remedyIndustryKind: Record<DemoIndustry, RemedyKind> = {
  restaurant: 'redo_service',
  hotel: 'upgrade',
  ecommerce: 'redo_service',
  logistics: 'redo_service',
  bank: 'upgrade',
  travel: 'upgrade',
  telecom: 'upgrade',
};

type PlannedRemedy = { remedyKind: RemedyKind; amount?: number; description: string };

function remediesFor(
  severity: Complaint['triage']['severity'],
  template: DemoComplaintTemplate,
  language: DemoLanguage,
  random: DemoRandom,
): PlannedRemedy[] {
  const remedy = (remedyKind: RemedyKind, amount?: number): PlannedRemedy => ({
    remedyKind,
    ...(amount === undefined ? {} : { amount }),
    description: remedyDescription(language, remedyKind, template.industry, amount),
  });
  switch (severity) {
    case 'minor':
      return [remedy('apology'), remedy('coupon', random.pick([20, 30, 50]))];
    case 'moderate':
      return random.chance(0.5)
        ? [remedy('compensation', random.int(10, 30) * 10)]
        : [remedy(remedyIndustryKind[template.industry])];
    case 'severe': {
      const claimed = template.claimAmount;
      const amount =
        claimed === undefined
          ? random.int(10, 60) * 50
          : Math.min(5000, Math.max(500, Math.round(claimed / 10) * 10));
      const gesture =
        template.risks.includes('media') || template.customer.tier === 'vip' ? 'other' : 'apology';
      return [remedy('refund', amount), remedy(gesture)];
    }
    default:
      return severity satisfies never;
  }
}

function awaitingApproval(language: DemoLanguage): string {
  if (language === 'en') {
    return 'The solution I am proposing needs my manager to sign it off. You will hear from us by 12:00 tomorrow at the latest.';
  }
  return language === 'zh-Hant'
    ? '我們為您申請的方案金額需要主管審批，最晚明天中午 12 點前給您答覆。'
    : '我们为您申请的方案金额需要主管审批，最晚明天中午 12 点前给您答复。';
}

/**
 * A complex complaint gets a customer-visible update about once a day while it is worked
 * on (S3: even with no progress, report it); one in four owners forgets, for the
 * silence warnings to find.
 */
function withProgressUpdates(
  steps: DemoStep[],
  facts: {
    from: Date;
    owner: DemoUserKey;
    language: DemoLanguage;
    template: DemoComplaintTemplate;
    timeZone: string;
  },
  random: DemoRandom,
): DemoStep[] {
  const { from, owner, language, template, timeZone } = facts;
  if (template.complexity !== 'complex' || random.chance(0.25)) return steps;
  const resolved = steps.find((s) => s.kind === 'transition' && s.to === 'resolved');
  const until = resolved?.at.getTime() ?? Infinity;
  const updates: DemoStep[] = [];
  for (let n = 1; n <= 4; n++) {
    const at = duringServiceHours(addMinutes(from, n * 24 * 60 - random.int(0, 4 * 60)), timeZone, random);
    if (at.getTime() >= until) break;
    updates.push({ kind: 'reply', at, author: owner, body: progressUpdate(language, random) });
  }
  // Stable: an update at the same instant as a step comes after it.
  return [...steps, ...updates].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The follow-up call after resolution (S0 step 5), recorded: most customers are satisfied. */
function followUpRecord(
  owner: DemoUserKey,
  language: DemoLanguage,
  random: DemoRandom,
  after: (minutes: number) => Date,
): DemoStep {
  const roll = random.int(1, 100);
  const outcome = roll <= 90 ? 'satisfied' : roll <= 97 ? 'unreachable' : 'unsatisfied';
  return {
    kind: 'follow_up',
    at: after(5),
    actor: owner,
    outcome,
    notes: followUpNotes[language === 'en' ? 'en' : 'zh'][outcome],
  };
}

const followUpNotes = {
  zh: {
    satisfied: '电话回访：客户确认问题已解决，对处理结果满意。',
    unreachable: '电话回访两次未接通，已发短信说明处理结果。',
    unsatisfied: '电话回访：客户仍不满意，已转主管跟进。',
  },
  en: {
    satisfied: 'Follow-up call: the customer confirmed it is solved and is satisfied.',
    unreachable: 'Called twice without an answer; sent a text with the outcome.',
    unsatisfied: 'Follow-up call: the customer is still unhappy; passed to the supervisor.',
  },
} as const;

const reviews: Record<
  'zh' | 'en',
  readonly { rootCause: RootCause; lessons: string; action: string; done: string }[]
> = {
  zh: [
    {
      rootCause: 'process_gap',
      lessons: '交接环节没有复核，问题在两个班次之间被遗漏。首次响应及时是做得好的地方。',
      action: '在交接单上增加复核一栏，由班组长每日抽查',
      done: '交接单已更新，班组长抽查已执行一周。',
    },
    {
      rootCause: 'staff_skill',
      lessons: '一线同事面对情绪激动的客户时先解释规则，没有先安抚情绪。',
      action: '本月安排一次情绪安抚话术培训，并把本案加入案例库',
      done: '培训已完成，12 名同事参加。',
    },
    {
      rootCause: 'resources',
      lessons: '高峰时段人手不足，订单积压导致延误。',
      action: '周末高峰增加两名兼职人员，并设置积压预警',
      done: '已排班，积压预警已上线。',
    },
  ],
  en: [
    {
      rootCause: 'process_gap',
      lessons:
        'Nobody checked the hand-over, so the case fell between two shifts. The first response was quick.',
      action: 'Add a second check to the hand-over sheet; team leads spot-check it daily',
      done: 'Hand-over sheet updated; team leads have checked it for a week.',
    },
    {
      rootCause: 'staff_skill',
      lessons: 'The agent explained the rules before acknowledging how upset the customer was.',
      action: 'Run a de-escalation training this month and add this case to the library',
      done: 'Training held; 12 agents attended.',
    },
    {
      rootCause: 'resources',
      lessons: 'Too few people at the weekend peak; orders piled up and ran late.',
      action: 'Add two part-time staff at weekend peaks and an alert for backlogs',
      done: 'Rota changed and the backlog alert is live.',
    },
  ],
};

function postMortemPlan(language: DemoLanguage, random: DemoRandom) {
  return random.pick(reviews[language === 'en' ? 'en' : 'zh']);
}
