/**
 * why_question: "为什么 / why" asked of the customer (seed S2 禁忌法则 ② "不要问'为什么'":
 * to an angry customer it sounds like blame). A "why" inside what the agent understands or
 * will find out is no question: "我明白您为什么生气", "I see why you are upset", "we will find
 * out why it happened", "that's why". "I don't understand why you…" and "could you tell me
 * why…" are.
 */
import { clausePrefix, firstMatch, hitAt, type SentenceRule } from './sentence-rule.js';

const zhWhy = /为什么|为何|为啥|干嘛|干吗|(?<=(?:您|你)[^,.。!?;]{0,4}?)怎么(?=不|没|就|还|又|老|总|才)/g;
/** The why is the object of understanding or finding out. */
const zhEmbedding =
  /(?<!不|没)(?:理解|明白|懂|知道|清楚|体会|了解)|查明|查清|调查|弄清|搞清|找出|分析|核实|解释|说明|告诉(?:您|你)|向(?:您|你)说明|这就是|这也是|这正是|这是|正是|原因|看看|想想|研究/;
/** …unless the agent asks the customer to explain. */
const zhAsking =
  /想(?:知道|了解|问|明白|请教)|(?:请|能|可以|麻烦)(?:您|你)?(?:告诉|说说|讲讲|解释|说明)(?:一下)?(?:我|我们)|问(?:一下|问)?(?:您|你)/;
const zhAtCustomer = /您|你/;
const zhAccusingTail = /^[^,.。!?;]{0,4}?(?:不|没|要|非要|偏|还|老是|总是)/;

const enWhy = /\bwhy\b|\bhow come\b/g;
const enEmbedding =
  /\b(?:i|we)\b[^,;]*?\b(?:understand|understood|see|saw|know|knew|get|appreciate|realise|realize|explain|investigat[a-z]*|look(?:ing)? into|find(?:ing)? out|check(?:ing)?|figure out|work out|review(?:ing)?|wonder(?:ed|ing)?)\b|\b(?:that's|that is|this is|which is|here's|here is|the reason|explains?|explaining)\s*$|\blet(?:'s| me| us)\s+(?:[a-z]+\s+)?(?:explain|check|find out|look into|see)\b|\byou (?:may |might |must |probably )?(?:be )?(?:wonder(?:ing)?|asked|ask(?:ed)?)\b|\bwonder(?:ing)?\s*$/;
const enAsking =
  /\b(?:like|want|need|wish|love) to (?:know|understand|hear)\b|\btell (?:me|us)\b|\b(?:can|could|would|will) you\b|\bdo you know\b|\bexplain to (?:me|us)\b|\b(?:i|we) (?:don't|do not|can't|cannot|fail to) (?:understand|see|get)\b/;
const enAtCustomer = /\byou(?:r|'re|'ve|'d|'ll)?\b/;

export const whyQuestion: SentenceRule = {
  rule: 'why_question',
  check({ sentence }) {
    const text = sentence.text;
    if (sentence.language === 'zh') {
      const match = firstMatch(zhWhy, text, (m) => {
        const prefix = clausePrefix(sentence, m.index);
        if (zhEmbedding.test(prefix) && !zhAsking.test(prefix)) return false;
        const clauseEnd = sentence.clauseStarts.find((at) => at > m.index) ?? text.length;
        const clause = prefix + text.slice(m.index, clauseEnd);
        return zhAtCustomer.test(clause) || zhAccusingTail.test(text.slice(m.index + m[0].length));
      });
      return match === null ? null : hitAt(sentence, match);
    }
    const match = firstMatch(enWhy, text, (m) => {
      const prefix = clausePrefix(sentence, m.index);
      if (enEmbedding.test(prefix) && !enAsking.test(prefix)) return false;
      const clauseEnd = sentence.clauseStarts.find((at) => at > m.index) ?? text.length;
      return enAtCustomer.test(prefix + text.slice(m.index, clauseEnd));
    });
    return match === null ? null : hitAt(sentence, match);
  },
};
