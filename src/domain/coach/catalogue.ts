/**
 * The rule catalogue's examples: for every rule, where the seed documents say it, and a bad
 * and a good draft in Chinese and in English. docs/reply-coach.md shows the same examples;
 * catalogue.test.ts checks that every bad example triggers its rule, every good example
 * triggers nothing at all, and the document quotes every example word for word.
 */
import type { CoachRule } from './finding.js';

export interface CoachExample {
  rule: CoachRule;
  /** Which seed document says it (S0: 服务行业客户投诉处理流程及案例, S2: 客户服务投诉处理) and where. */
  source: string;
  /** The seed's own words. */
  quote: string;
  bad: { zh: string; en: string };
  good: { zh: string; en: string };
}

export const coachExamples: readonly CoachExample[] = [
  {
    rule: 'negating_but',
    source: 'S0 四、黄金法则 1',
    quote: '不说“但是”：用“同时”替代转折（如“您的反馈很重要，同时我们也想说明……”），避免否定客户情绪',
    bad: {
      zh: '我理解您的心情，但是公司规定拆封后不能退货。',
      en: "I'm sorry about the wait, but we are very busy on weekends.",
    },
    good: {
      zh: '我理解您的心情，同时我已经为您申请了换货，明天上午会有快递上门取件。',
      en: "I'm sorry about the wait, and I have booked you a table for 7 pm tonight with a free dessert on us.",
    },
  },
  {
    rule: 'blame_shifting',
    source: 'S0 四、黄金法则 2; S2 误区 8',
    quote: '不推卸责任：即使涉及第三方（如“这是合作方的问题”），也需先承担服务兜底责任',
    bad: {
      zh: '这是快递公司的问题，您去找快递公司吧。',
      en: "That's the courier's fault, you need to contact them directly.",
    },
    good: {
      zh: '包裹延误是我们的责任，我已经联系快递公司加急派送，今天下午6点前送到。',
      en: 'The delay is on us, and I have arranged for our courier to deliver your parcel by noon tomorrow.',
    },
  },
  {
    rule: 'why_question',
    source: 'S2 禁忌法则 ②',
    quote:
      '不要问「为什么」……在对方生气的时候，不假思索地问为什么、怎么样，对于已经比较敏感的投诉者来说，无疑和责备差不多',
    bad: {
      zh: '您为什么不在签收前检查一下呢？',
      en: "Why didn't you check the box before signing for it?",
    },
    good: {
      zh: '我明白您为什么生气，换作是我也会很着急。',
      en: 'I can see why you are upset, and I have already sent a replacement that arrives tomorrow.',
    },
  },
  {
    rule: 'over_promise',
    source: 'S0 四、黄金法则 4; S0 第一步 典型误区',
    quote:
      '不做“超出权限”的承诺：如无法当场决策，坦诚告知“我需要和团队确认，1小时内给您答复”，而非为安抚客户随意许诺',
    bad: {
      zh: '我向您保证，以后再也不会发生这样的事情。',
      en: 'I guarantee this will never happen again.',
    },
    good: {
      zh: '我需要和主管确认补偿方案，1小时内给您答复。',
      en: 'I need to check the compensation with my manager and will call you back within the hour.',
    },
  },
  {
    rule: 'vague_promise',
    source: 'S0 第三步',
    quote: '方案需具体可执行（避免“我们会改进”等模糊承诺）',
    bad: {
      zh: '我们会尽快处理，请您耐心等待。',
      en: 'We will look into it and get back to you as soon as possible.',
    },
    good: {
      zh: '我会在今天下午3点前核实清楚，并打电话告诉您结果。',
      en: 'I will check your booking and call you back by 3 pm today.',
    },
  },
  {
    rule: 'minimizing',
    source: 'S2 误区 5 and 14',
    quote: '5.轻描淡写 … 14.一直说「这是常有的事情」之类的话',
    bad: {
      zh: '高峰期排队是很正常的，大家都这样。',
      en: "Delays like this happen all the time, it's not a big deal.",
    },
    good: {
      zh: '让您排了这么久的队，真的很抱歉，我已经为您安排了优先取餐。',
      en: 'I know waiting an hour for your food spoiled your evening, and I have refunded the meal to your card today.',
    },
  },
  {
    rule: 'arguing',
    source: 'S2 禁忌法则 ①; S2 误区 11',
    quote:
      '对于事实不要理论……进行理论希望改变客户看法，不管是做怎么样的努力，显而易见的会被认为和客户持有的观点和说法相抵触，最终会导致失败',
    bad: {
      zh: '系统显示您已经签收了，不可能没收到。',
      en: "That's not true, our records show the parcel was delivered on Monday.",
    },
    good: {
      zh: '您说没有收到包裹，我先为您向快递核实签收记录，今天下午给您回复。',
      en: 'Thank you for telling me the parcel never arrived; I have opened a trace with the courier and will update you by 5 pm today.',
    },
  },
  {
    rule: 'blaming_customer',
    source: 'S2 处理技巧; S2 误区 12',
    quote: '不能指责生气的客户，而是尽量诱导客户让他说出真正需要',
    bad: {
      zh: '这是您自己操作不当造成的，您应该先看说明书。',
      en: 'You should have read the terms before booking.',
    },
    good: {
      zh: '这不是您的错，我已经为您重新提交了订单，明天送到。',
      en: 'None of this is your fault; I have rebooked you on the 9 am flight tomorrow.',
    },
  },
  {
    rule: 'repeated_apology',
    source: 'S2 误区 1',
    quote: '1.不断说「对不起」',
    bad: {
      zh: '对不起，对不起，真的非常抱歉，给您添麻烦了，再次向您道歉。',
      en: 'Sorry, so sorry, we apologise again for this, sorry.',
    },
    good: {
      zh: '非常抱歉让您久等了，我已经为您加急处理，今天下午5点前发货。',
      en: "I'm sorry for the mix-up; I have sent the correct size today by express post.",
    },
  },
  {
    rule: 'missing_empathy',
    source: 'S0 第一步; S0 一、核心理念 2',
    quote: '耐心倾听，共情为先 … 情绪优先于事实：70%的投诉升级源于情绪未被接纳，而非问题本身',
    bad: {
      zh: '您的订单已经查到了。我们已为您补发，明天送到。',
      en: 'We received your message about the order. A replacement has been shipped and will arrive tomorrow.',
    },
    good: {
      zh: '非常抱歉给您带来不便。我们已为您补发，明天送到。',
      en: "I'm sorry your order arrived damaged. A replacement has been shipped and will arrive tomorrow.",
    },
  },
  {
    rule: 'missing_action',
    source: 'S0 第三步',
    quote: '提出方案，合理补偿 … 方案需具体可执行',
    bad: {
      zh: '非常抱歉给您带来不便。您反映的情况我们已经记录下来了，感谢您的耐心。',
      en: "I'm so sorry to hear about your stay. Your feedback has been noted and shared with the hotel team.",
    },
    good: {
      zh: '非常抱歉给您带来不便。我已经为您办理了退款，3个工作日内到账。',
      en: "I'm so sorry to hear about your stay. I have refunded your last night, and it will reach your card within 5 business days.",
    },
  },
  {
    rule: 'missing_timeframe',
    source: 'S0 第四步',
    quote: '设定明确的解决时限（如“1小时内给您初步答复”“今天下班前完成退款”）',
    bad: {
      zh: '非常抱歉给您带来不便。我已经为您申请了退款，请留意到账信息。',
      en: "I'm sorry for the double charge. I have reversed the second charge for you.",
    },
    good: {
      zh: '非常抱歉给您带来不便。我已经为您申请了退款，今天下班前到账。',
      en: "I'm sorry for the double charge. I have reversed the second charge, and you will see it back on your card within 3 business days.",
    },
  },
];
