/**
 * vague_promise: "we will improve" with nothing concrete (seed S0 step 3 "方案需具体可执行
 * (避免'我们会改进'等模糊承诺)"; step 4 "设定明确的解决时限"): improving, looking into it,
 * "有结果通知您" in a sentence with neither a concrete step nor a time; and "尽快 / as soon
 * as possible" in a sentence without a time. "我会跟进并在明天中午前告诉您" is concrete.
 */
import { hasAction, hasTimeframe } from '../cues.js';
import type { Sentence } from '../sentences.js';
import { firstMatch, hitAt, type SentenceRule } from './sentence-rule.js';

const zhVague = new RegExp(
  [
    String.raw`(?:(?:我们|我|公司|本店|门店|酒店|平台|银行|餐厅)(?:这边|也|一定|都)?)?(?:会|将|一定会|定会|会继续|会进一步|一定)(?:努力|积极|认真|尽快|尽力|持续|不断|逐步|好好|进一步|继续|严肃|妥善|及时)?(?:为您|给您|帮您|替您)?(?:改进|改善|改正|提高|提升|加强|注意|反思|重视|优化|完善|整改|检讨|吸取教训|做得更好|处理|跟进|研究|考虑|调查|核实|核查|反馈|反映|解决|查一下|查查|看一下|看看|了解一下|关注|沟通|协调|给(?:您|你)一个(?:满意的|合理的)?(?:答复|交代|说法|结果))|给(?:您|你)一个(?:满意的|合理的)?(?:答复|交代|说法)`,
    String.raw`有(?:结果|消息|进展|进一步消息)(?:后|了|时)?(?:会|再|就|我们会|我会)?(?:第一时间)?(?:通知|告诉|联系|回复|告知)`,
    String.raw`请(?:您)?耐心等待|请(?:您)?再等等|后续(?:会|再|我们会)`,
    String.raw`(?:反馈|转达|转告|反映)给(?:相关|有关)?(?:部门|同事|领导|上级|机组|经理|店长)`,
  ].join('|'),
  'g',
);

const enVague = new RegExp(
  [
    String.raw`\b(?:we|i)(?:'ll| will| are going to|'re going to|'m going to| shall| aim to| hope to| intend to)\s+(?:(?:try|strive|endeavou?r|do (?:our|my) best|work hard|make every effort) to\s+)?(?:improve|do better|look into (?:it|this|that|the matter|your [a-z]+)|take (?:this|it|your feedback|your comments) (?:seriously|on board|into account|into consideration)|review (?:our|the|this|it)|learn from (?:this|it)|make (?:it|this|things) right|get back to you|follow up|be in touch|keep you (?:updated|posted|informed)|address (?:this|it|the issue)|work on (?:it|this)|pass (?:this|it|your feedback|your comments) (?:on|along)|investigate|see what (?:we|i) can do|sort (?:it|this) out|resolve (?:this|it|the issue)|handle (?:this|it)|consider|try)\b`,
    String.raw`\bwe value your feedback\b|\bwe are (?:looking into|working on) (?:it|this)\b`,
    String.raw`\b(?:we|i)(?:'ll| will)\s+(?:try (?:our|my) (?:best|hardest)|do (?:our|my) (?:best|utmost)|make every effort|do (?:everything|all|whatever) (?:we|i) can)\b`,
  ].join('|'),
  'g',
);

/** "As soon as possible" instead of a time: vague even with a concrete step ("我们会尽快安排退款"). */
const zhVagueTime = /尽快|尽量|尽力|争取|第一时间|稍后|过几天|过段时间/g;
const enVagueTime =
  /\b(?:as soon as (?:possible|we can|i can)|asap|as quickly as (?:possible|we can)|in due course|shortly|soon(?! as)|at (?:our|the) earliest(?: convenience)?|once we (?:know|hear|have) more|when we have (?:more )?(?:news|information|an update)|at some point|in a few days)\b/g;
/** "到账后第一时间通知您": tied to a concrete event, not vague. */
const zhAfterEvent = /(?:到账|送达|签收|发货|发出|寄出|收到|完成|修好|出票|退回)(?:之?后|以后|时)/;
/** "hope to see you again soon", "get well soon": a wish, not a promise. */
const enWish =
  /\b(?:see you|seeing you|welcom(?:e|ing) you|hear(?:ing)? from you|look(?:ing)? forward|get well|feel better)\b/;

function vagueTiming(sentence: Sentence): RegExpExecArray | null {
  const zh = sentence.language === 'zh';
  if (!zh && enWish.test(sentence.text)) return null;
  return firstMatch(zh ? zhVagueTime : enVagueTime, sentence.text, (m) =>
    zh ? !zhAfterEvent.test(sentence.text.slice(0, m.index)) : true,
  );
}

export const vaguePromise: SentenceRule = {
  rule: 'vague_promise',
  check({ sentence }) {
    const language = sentence.language;
    const text = sentence.text;
    if (hasTimeframe(text, language)) return null;
    const timing = vagueTiming(sentence);
    const commitment = firstMatch(language === 'zh' ? zhVague : enVague, text);
    if (commitment !== null && (timing === null || commitment.index < timing.index)) {
      return hasAction(text, language) && timing === null ? null : hitAt(sentence, commitment);
    }
    return timing === null ? null : hitAt(sentence, timing);
  },
};
