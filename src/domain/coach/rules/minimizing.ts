/**
 * minimizing: making the customer's problem small (seed S2 误区 5 "轻描淡写", 误区 14 "一直
 * 说'这是常有的事情'"): "这很正常", "小问题", "只晚了十分钟", "this happens all the time",
 * "it's only a scratch", "calm down", "请您冷静一点". Saying it is not small is fine: "这不是小事", "this is
 * not normal", "正常情况下三个工作日到账".
 */
import { clausePrefix, firstMatch, hitAt, type SentenceRule } from './sentence-rule.js';

const zhMinimizing = new RegExp(
  [
    String.raw`(?:这|那|这种情况|这种事|这类(?:情况|问题)|(?:延误|延迟|排队|晚点|堵车|掉色|褶皱|色差|误差|等位|等待)(?:的情况)?)(?:其实|本来|也|都)?(?:是|很|挺|属于|算|都很|也很|都是|也是|算是)(?:很|挺|比较|非常|再)?正常(?:不过)?(?:的|现象|情况)?(?!情况下)`,
    String.raw`(?<!不|恢复|运行|营业|一切)(?:是|很|挺|比较|非常|也很|都很|属于|算是)(?:很|挺)?正常(?:不过)?(?:的|现象|情况)?(?!情况下|营业|运行|使用|范围)`,
    String.raw`常有的事|(?:很|挺|比较|非常)常见|经常(?:会)?(?:发生|出现|有)|在所难免|(?:出错|失误|延误|这种情况|问题)(?:也)?(?:是)?难免|是难免的?|难免的|难以避免的`,
    String.raw`(?:概率|几率|可能性)(?:很|非常|极|比较)(?:低|小)|只是(?:一个|个)?(?:意外|巧合|偶然|个例)`,
    String.raw`正常(?:现象|损耗|磨损|波动|误差)|普遍(?:情况|现象)|(?:很|比较|非常)普遍|[0-9一二两三四五六七八九十半几]+\s*(?:分钟|小时|个小时|天|块|元)(?:钟)?而已`,
    String.raw`多大(?:点)?(?:的)?事|没(?:什么|啥)大不了|不是什么大(?:事|问题)|(?:只是|不过是|就是|是)(?:一个|个|一点)?小(?:事|问题|瑕疵|失误|插曲|毛病)|小事(?:一桩|而已)`,
    String.raw`(?:只|才|就|不过)(?:是)?(?:晚|迟|慢|延误|延迟|耽误|差|等|少)了?(?:一点|一会儿?|[0-9一二两三四五六七八九十半几]+\s*(?:分钟|小时|天|个|块|元|毛|分))`,
    String.raw`(?:大家|别人|其他(?:客人|客户|顾客|乘客|用户)|很多人|所有人)都(?:是)?(?:这样|一样|遇到过|没(?:有)?(?:意见|问题|说什么|投诉))`,
    String.raw`没(?:那么|这么)严重|(?:不用|不必|别|何必)(?:这么|那么)?(?:生气|激动|在意|计较|紧张|大惊小怪|小题大做)|至于吗|小题大做`,
    // Telling the customer to calm down ("请您冷静一点", "您先冷静一下"), not "我们会冷静地核实".
    String.raw`(?:请您?|您|你)(?:先|要|得|稍微|还是)?冷静(?:一点儿?|一下|点儿?|些|下来)?(?!地)|(?<![会能要将地])冷静(?:一点儿?|一下|点儿?|些)(?!地)`,
  ].join('|'),
  'g',
);
/** "这不是小事", "不应该经常发生": the agent says it is not small (the negation right before). */
const zhNegation = /(?:不|没|并非|绝非|别)(?:是|算|属于|应该|应当|会|能)?(?:什么)?$/;
/** "您生气是很正常的" validates the customer's feeling; that is empathy, not minimizing. */
const zhFeeling = /(?:您|你)[^,.。!?;]{0,6}?(?:生气|着急|担心|失望|不满|反应|心情|感受|难过|情绪|气愤|焦虑)/;
const enFeeling =
  /\b(?:feel|feeling|frustrat[a-z]*|upset|angry|reaction|concern(?:ed)?|worr[a-z]*|annoyed|disappoint[a-z]*)\b/;

const enNumber = String.raw`(?:a |an )?(?:few|couple(?: of)?|little|bit|\d+|one|two|three|four|five|ten|fifteen|twenty|thirty)`;
const enMinimizing = new RegExp(
  [
    String.raw`(?:'s|\bis|\bare)\s+(?:(?:quite|pretty|very|totally|perfectly|completely|fairly|really|actually|entirely)\s+)?(?:normal|common|usual|standard|typical|nothing unusual|to be expected)\b(?!\s+(?:business|working|opening|office|delivery|shipping)\b|\s+for\s+(?:[a-z]+\s+){0,3}to\b|\s+to\s+feel\b)`,
    String.raw`(?<!\b(?:if|when|whenever|should|in case|before|so|that)\s+)\b(?:it|this|that|these things|things like this|delays|mistakes|mix-ups)\s+(?:just\s+)?happens?\b(?!\s+(?:to be|again))(?:\s+(?:all the time|a lot|every day|to everyone|to everybody|sometimes))?`,
    String.raw`\bhappens? (?:all the time|a lot|every day|to everyone|to everybody)\b`,
    String.raw`\b(?:no|not a|not such a) big deal\b|n't (?:such )?a big deal\b|\b(?:that's|that is|it's) (?:just )?(?:how it is|the way it is|life)\b|\bit is what it is\b|\bnothing to worry about\b|\bbound to happen\b|\b(?:inevitable|unavoidable)\b|\b(?:a|just a|only a) one-off\b|\bnot (?:that|so|such a) (?:bad|serious|big|long)\b|\bcould(?:'ve| have) been worse\b`,
    String.raw`\bcalm down\b|\b(?:no need to|don't|do not) (?:get |be )?(?:so )?(?:upset|angry|worked up|dramatic|excited)\b|\boverreact[a-z]*`,
    String.raw`\b(?:it's|it is|it was|that's|that is|this is) (?:just|only|merely) (?:a|an|one)(?: (?:tiny|small|little|minor|slight))? [a-z]+`,
    String.raw`\b(?:was|were|is|'s|been|by)\s+(?:only|just|merely)\s+${enNumber}\b`,
    String.raw`\b(?:only|just|merely)\s+${enNumber}\s+(?:minutes?|mins?|hours?|days?)\s+(?:late|behind|delayed|over|longer)\b`,
    String.raw`(?<!\bnot (?:a |an )?)\b(?:only|just|merely)?\s*(?:a |an )?(?:small|minor|slight|little|tiny)\s+(?:scratch|dent|stain|mark|delay|issue|problem|mistake|thing|inconvenience|difference|error|glitch)\b`,
    String.raw`\b(?:everyone|everybody|other (?:customers|guests|passengers)|most people)\s+(?:[a-z]+\s+)?(?:has|have|had|gets?|experiences?|deals? with|waits?|is fine|are fine|never complain|don't complain|didn't complain|manages?)\b`,
  ].join('|'),
  'g',
);
const enNegation = /(?:\b(?:not|never|no)|n't)\s+(?:(?:a|an|that|so|very|really|at all)\s+)?$/;

export const minimizing: SentenceRule = {
  rule: 'minimizing',
  check({ sentence }) {
    const zh = sentence.language === 'zh';
    const negation = zh ? zhNegation : enNegation;
    const match = firstMatch(zh ? zhMinimizing : enMinimizing, sentence.text, (m) => {
      // The match itself may hold the negation ("不用这么生气"); only what leads up to it counts.
      const prefix = clausePrefix(sentence, m.index);
      return !negation.test(prefix) && !(zh ? zhFeeling : enFeeling).test(prefix);
    });
    return match === null ? null : hitAt(sentence, match);
  },
};
