/**
 * over_promise: guarantees beyond the agent's authority (seed S0 黄金法则 4 "不做超出权限
 * 的承诺", 典型误区 "过度承诺(如'我马上给您全额退款')"): "never again", "100 %", "保证您满意",
 * covering every loss. Committing to a step the agent controls is no over-promise: "我们会
 * 保证您的退款今天到账" is; "我保证以后再也不会发生" is not. "我不能保证" is honest.
 */
import { firstMatch, hitAt, type SentenceRule } from './sentence-rule.js';

const zhOverPromise = new RegExp(
  [
    String.raw`再也不会|永远不会|绝不会再|绝对不会再?`,
    String.raw`(?:以后|今后|将来|下次)(?:绝对|一定|肯定|保证)?(?:不会|不)再(?:发生|出现|有|犯|让)`,
    String.raw`不会再(?:发生|出现|有|犯)|不再(?:发生|出现)`,
    String.raw`(?<!不能|无法|不敢|没法|不可能|很难|难以)(?:向(?:您|你))?保证[^,.。!?;]{0,12}(?:不会|不再|再也|永远|以后|今后|满意|没问题|百分之百|100%|完全|绝对|任何|所有|一切|一定)`,
    String.raw`(?<!不能|无法|不敢|没法|不可能)(?:百分之百|100\s*%)(?:保证|满意|不会|没问题|确定|放心|解决|能|可以)`,
    String.raw`绝对(?:没问题|满意|不会|可以|能|保证|放心)`,
    String.raw`包(?:您|你)满意|打包票|一定(?:会)?让(?:您|你)(?:百分之百)?满意`,
    String.raw`(?:马上|立即|立刻|现在就|当场)[^,.。!?;]{0,4}?全额(?:退款|赔偿|退还|退)`,
    String.raw`(?:全部|所有|一切)(?:的)?(?:损失|费用|责任)(?:都)?(?:由我们|由我|我们|我)?(?:来)?(?:全部)?(?:承担|赔偿|负责|报销)`,
    String.raw`赔偿(?:您|你)?(?:所有|全部|一切)(?:的)?损失`,
  ].join('|'),
  'g',
);

const enOverPromise = new RegExp(
  [
    String.raw`\b(?:will|'ll|shall) never (?:happen|occur|be repeated|recur)(?: again| to you again)?\b`,
    String.raw`\bnever (?:happen|occur)s? again\b|\b(?:won't|will not) (?:ever )?(?:happen|occur) again\b|\bnever again\b|\bnot happen again\b`,
    String.raw`\b(?:will|'ll) never (?:let you down|disappoint you)\b|\b(?:will|'ll|shall) never (?:[a-z]+ ){1,4}again\b`,
    String.raw`(?<!(?:can't|cannot|can not|won't|unable to|not) )\b(?:i|we)(?: can| will|'ll| do)?(?: personally| absolutely| fully)? (?:guarantee|promise)\b[^.!?;]{0,40}\b(?:never|always|100|completely|entirely|totally|nothing|everything|anything|no (?:more|further)|won't|will not|perfect(?:ly)?|again|satisf[a-z]*|every (?:time|future|single)|all future)\b`,
    String.raw`\b(?:is|it's|are) guaranteed\b|\b100\s*(?:%|percent) (?:guarantee|guaranteed|sure|certain|satisf[a-z]*)|\bone hundred percent\b`,
    String.raw`\b(?:absolutely|definitely) (?:guarantee|will never|won't)\b`,
    String.raw`\bfull refund (?:right away|immediately|right now|on the spot)\b|\b(?:right away|immediately|right now|on the spot),? (?:a |with a )?full refund\b`,
    String.raw`\b(?:compensate|reimburse|cover) (?:you )?(?:for )?(?:all|every|any) (?:of )?(?:your )?(?:loss|losses|cost|costs|expense|expenses|damages?)\b`,
    String.raw`\bwhatever (?:you want|it takes)\b|\banything you (?:want|ask)\b`,
  ].join('|'),
  'g',
);

export const overPromise: SentenceRule = {
  rule: 'over_promise',
  check({ sentence }) {
    const match = firstMatch(sentence.language === 'zh' ? zhOverPromise : enOverPromise, sentence.text);
    return match === null ? null : hitAt(sentence, match);
  },
};
