/**
 * What the coach says about each rule, in the reviewer's locale, and an example of what to
 * write instead, in the draft's language. Wording follows the seed documents (S0 黄金法则,
 * S2 禁忌法则 and the 14 误区); docs/reply-coach.md explains each rule at length.
 */
import type { CoachLocale, CoachRule, DraftLanguage } from './finding.js';

interface RuleWords {
  message: Record<CoachLocale, string>;
  advice: Record<CoachLocale, string>;
  /** A rewrite in the draft's language; negating_but builds its own from the sentence. */
  example: Record<DraftLanguage, string>;
}

export const ruleWords: Record<CoachRule, RuleWords> = {
  negating_but: {
    message: {
      'zh-CN': '“但是”收回了前面的共情或道歉：客户只会记住转折后面的话。',
      'en-US': '“But” takes back the empathy or apology before it: the customer only hears what comes after.',
    },
    advice: {
      'zh-CN': '用“同时”（英文用“and”）代替转折，让共情成立，紧接着说明您能做什么。',
      'en-US': 'Replace “but” (“但是”) with “and” (“同时”) so the empathy stands, then say what you can do.',
    },
    example: {
      zh: '我理解您的心情，同时我现在就可以为您……',
      en: 'I understand how you feel, and here is what I can do for you right now: …',
    },
  },
  blame_shifting: {
    message: {
      'zh-CN': '把责任推给合作方、快递、其他部门或同事：客户只想知道谁来负责。',
      'en-US':
        'This shifts the blame to a partner, courier, department or colleague: the customer only wants to know who will take care of it.',
    },
    advice: {
      'zh-CN': '即使涉及第三方，也先承担服务兜底责任，再说明您会如何跟进。',
      'en-US':
        'Even when a third party is involved, take ownership first, then say how you will follow it up.',
    },
    example: {
      zh: '这件事由我负责跟进到底，我已经联系合作方，今天下午5点前给您答复。',
      en: "I'm taking care of this personally: I have contacted our delivery partner and will update you by 5 pm today.",
    },
  },
  why_question: {
    message: {
      'zh-CN': '对生气的客户问“为什么”，听起来像在责备对方，会让怒火更旺。',
      'en-US': 'Asking an upset customer “why” sounds like blame and makes the anger worse.',
    },
    advice: {
      'zh-CN': '改用开放式问题，请客户描述经过。',
      'en-US': 'Ask an open question that invites the customer to tell what happened.',
    },
    example: {
      zh: '您能具体说说当时的情况吗？',
      en: 'Could you tell me a little more about what happened?',
    },
  },
  over_promise: {
    message: {
      'zh-CN': '承诺超出了您的权限或能力（“保证”“100%”“再也不会”），做不到就会引来二次投诉。',
      'en-US':
        'This promises more than you can control (“guarantee”, “100 %”, “never again”); a promise you cannot keep brings a second complaint.',
    },
    advice: {
      'zh-CN': '只承诺您能决定的事；需要确认时，坦诚告知并给出答复时间。',
      'en-US':
        'Promise only what you can decide; when you need to check, say so and give a time for the answer.',
    },
    example: {
      zh: '我需要和团队确认，1小时内给您答复。',
      en: 'I need to confirm this with my team and will get back to you within an hour.',
    },
  },
  vague_promise: {
    message: {
      'zh-CN': '承诺太模糊（“我们会改进”“尽快”）：没有说做什么，也没有说什么时候完成。',
      'en-US':
        'The promise is vague (“we will improve”, “as soon as possible”): it says neither what will be done nor when.',
    },
    advice: {
      'zh-CN': '写明具体的动作和完成时间。',
      'en-US': 'Name the concrete step and when it will be done.',
    },
    example: {
      zh: '我会在今天下午5点前核实清楚，并打电话告诉您处理结果。',
      en: 'I will finish checking this by 5 pm today and call you with the result.',
    },
  },
  minimizing: {
    message: {
      'zh-CN': '轻描淡写（“这很正常”“常有的事”），让客户觉得自己的问题不被重视。',
      'en-US':
        'This makes the problem sound small (“this happens all the time”, “it’s only…”): the customer feels unheard.',
    },
    advice: {
      'zh-CN': '承认这件事对客户造成的影响。',
      'en-US': 'Acknowledge what it meant for the customer.',
    },
    example: {
      zh: '这次的情况给您添了很大的麻烦，我们非常重视。',
      en: 'I understand this caused you real trouble, and we take it seriously.',
    },
  },
  arguing: {
    message: {
      'zh-CN': '在安抚情绪之前就和客户争辩事实，只会让对方更坚持、更生气。',
      'en-US':
        "This contradicts the customer's account before their anger has calmed; arguing facts makes them dig in.",
    },
    advice: {
      'zh-CN': '先接受客户的感受，事实留到后面核实，并说明您会怎么核实。',
      'en-US': "Accept the customer's experience first; check the facts afterwards and say how you will.",
    },
    example: {
      zh: '谢谢您告诉我这些情况，我先记录下来，马上为您核实。',
      en: "Thank you for telling me what happened; I'll check the records for you right away.",
    },
  },
  blaming_customer: {
    message: {
      'zh-CN': '把问题归咎于客户（“是您自己……”“您应该……”），客户会觉得被指责。',
      'en-US':
        'This tells the customer it is their fault (“you should have…”, “as I already told you”): they will feel accused.',
    },
    advice: {
      'zh-CN': '不评判客户做了什么，直接说明接下来怎么一起解决。',
      'en-US': 'Leave out what the customer did wrong; say how you will solve it together.',
    },
    example: {
      zh: '我们一起来解决：我已经为您重新提交了申请。',
      en: "Let's sort this out together: I have resubmitted the request for you.",
    },
  },
  repeated_apology: {
    message: {
      'zh-CN': '道歉说得太多，显得不真诚，也挤掉了解决方案。',
      'en-US': 'Too many apologies sound insincere and crowd out the solution.',
    },
    advice: {
      'zh-CN': '保留一次真诚的道歉，把篇幅留给解决方案。',
      'en-US': 'Keep one sincere apology and use the space for the solution.',
    },
    example: {
      zh: '非常抱歉给您带来不便。我已经为您安排补发，明天中午前送到。',
      en: "I'm sorry for the trouble. I have arranged a replacement that will arrive by noon tomorrow.",
    },
  },
  missing_empathy: {
    message: {
      'zh-CN': '回复里没有共情：先接住客户的情绪，再谈事实和方案。',
      'en-US': "The reply shows no empathy: acknowledge the customer's feelings before facts and solutions.",
    },
    advice: {
      'zh-CN': '开头加一句理解或道歉。',
      'en-US': 'Open with a line of understanding or an apology.',
    },
    example: {
      zh: '我理解您当时一定很着急，非常抱歉给您带来不便。',
      en: "I understand how frustrating this must be, and I'm sorry for the trouble.",
    },
  },
  missing_action: {
    message: {
      'zh-CN': '回复里没有具体的处理动作：客户不知道接下来会发生什么。',
      'en-US': 'The reply names no concrete action: the customer cannot tell what will happen next.',
    },
    advice: {
      'zh-CN': '写明您已经做了或将要做的具体事情。',
      'en-US': 'Say specifically what you have done or will do.',
    },
    example: {
      zh: '我已经为您安排补发新的商品。',
      en: 'I have arranged a replacement for you.',
    },
  },
  missing_timeframe: {
    message: {
      'zh-CN': '回复里没有时间承诺：客户不知道还要等多久。',
      'en-US': 'The reply gives no time: the customer does not know how long to wait.',
    },
    advice: {
      'zh-CN': '给出明确的完成时间。',
      'en-US': 'Give a clear time.',
    },
    example: {
      zh: '预计明天中午12点前送到。',
      en: 'It will arrive by noon tomorrow.',
    },
  },
};

/** The suggestion: the advice in the reviewer's locale, then a rewrite in the draft's language. */
export function suggestionFor(
  rule: CoachRule,
  locale: CoachLocale,
  language: DraftLanguage,
  rewrite?: string,
): string {
  const words = ruleWords[rule];
  const example = rewrite ?? words.example[language];
  return locale === 'zh-CN'
    ? `${words.advice[locale]}例如：“${example}”`
    : `${words.advice[locale]} For example: “${example}”`;
}
