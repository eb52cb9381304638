/**
 * blaming_customer: telling the customer it is their fault (seed S2 禁忌法则 ② — customers
 * are not the enemy; 误区 12 "责骂"; "不要太直接,好像在说客户是个笨蛋"): "是您自己操作不当",
 * "您应该先看说明", "you should have read the terms", "as I already told you". Reassurance
 * is the opposite: "这不是您的错", "none of this is your fault", "you did nothing wrong".
 */
import { clausePrefix, firstMatch, hitAt, type SentenceRule } from './sentence-rule.js';

const zhBlaming = new RegExp(
  [
    String.raw`(?:是|都是|全是|属于|在于|出在)(?:您|你)(?:自己)?(?:的)?(?:问题|原因|责任|错|过错|失误|疏忽|操作)|(?:是|都是|全是)(?:您|你)自己`,
    String.raw`(?:都怪|要怪|只能怪|得怪)(?:您|你)`,
    String.raw`(?:您|你)(?:自己)?(?:的)?(?:错(?!过|误)|过错|失误|疏忽)`,
    String.raw`(?:您|你)(?:自己)?[^,.。!?;]{0,4}?(?:没有?|未|不)(?:仔细|认真|好好|提前|及时)?(?:看|阅读|查看|注意|检查|核对|确认|按照|遵守|遵照|留意|保管|填写|看清|告知|通知|说明|告诉|预约|备注|申报|声明|使用)`,
    // "您下单时选错了尺码", "您填写的地址少了门牌号": the customer's own mistake
    String.raw`(?:您|你)[^,.。!?;]{0,6}?(?:操作|使用|填写|输入|选择|下单|保管|安装)(?:不当|错误|有误|失误|错了|不对|不规范)|(?:您|你)[^,.。!?;]{0,6}?(?:选错|填错|写错|输错|买错|拍错|下错|按错|点错)`,
    String.raw`(?:您|你)(?:填写|提供|留|写|填|输入)的[^,.。!?;]{0,4}?(?:有误|错误|不全|不完整|不对|错了|少了|漏了|缺了)`,
    String.raw`(?:您|你)[^,.。!?;]{0,6}?(?:应该|本应|本该|早该|应当|本来应该|早就应该)(?:先|提前|仔细|认真|好好)?(?:看|阅读|查看|注意|检查|核对|确认|咨询|问|了解|知道|保存|保管|联系)`,
    String.raw`(?:您|你)也有(?:责任|问题|错|一定的责任)|人为(?:损坏|原因|造成)`,
    String.raw`(?:因为|由于)(?:您|你)(?:自己)?(?:的)?(?:原因|操作|疏忽|没有?|未|不)`,
    String.raw`(?:您|你)(?:太|过于)(?:着急|急|激动|敏感|挑剔)|(?:您|你)(?:自己)?(?:弄坏|摔坏|损坏|搞坏|弄丢)`,
    String.raw`(?:我们|我)(?:早就|已经|之前)?(?:说过|提醒过|告诉过|通知过)(?:您|你)`,
    // "这在详情页里写得很清楚": as clearly stated
    String.raw`(?:写得|说得|标得|注明得|讲得)(?:很|非常|清清)?清楚|(?:写明|注明|标明|明确写)了`,
  ].join('|'),
  'g',
);
/** "这不是您的错", "并非您的原因". */
const zhNegation = /不是|并非|不在|不怪|不能怪|怎么能怪|绝不是|[不没非]$|没有$/;
/** "none of this is your fault", "it's not that you should have…". */
const enNegation = /\b(?:none of|not|never|no)\b|n't\b/;

const enBlaming = new RegExp(
  [
    String.raw`\b(?:it|this|that)(?:'s| is| was)\s+(?:entirely |all |completely |really |clearly )?your (?:own )?(?:fault|mistake|responsibility|problem|error|doing)\b`,
    String.raw`\byou (?:should|ought to)(?:'ve| have) (?:read|checked|looked|followed|paid|called|contacted|asked|noticed|been|double-checked|kept|told|informed|known|made sure|verified|selected|entered|chosen)\b`,
    String.raw`\byou (?:didn't|did not|failed to|forgot to|neglected to|never bothered to)\s+(?:read|check|follow|provide|enter|select|notice|pay attention|attach|contact|inform|tell|keep|look|update|confirm|fill|save|mention|specify|choose|include|give|add|write|label|pack|sign|bring|book|register)\b`,
    String.raw`\byou (?:entered|typed|selected|chose|gave us|provided|picked|booked|ordered|used)\s+(?:the |a |an )?(?:wrong|incorrect|invalid)\b`,
    String.raw`\b(?:improper|incorrect|wrong) (?:use|usage|handling|installation|operation)\b|\buser error\b|\bcustomer error\b|\bmisuse\b|\b(?:caused|damaged|broken) by (?:you|misuse|mishandling)\b|\byou (?:misused|mishandled|damaged|broke|dropped)\b`,
    String.raw`\bif you had (?:read|checked|followed|listened|paid|called|told)\b`,
    String.raw`\bas (?:i|we) (?:already |have already |previously |clearly )?(?:told|said|explained|mentioned|informed)\b|\bas (?:clearly )?(?:stated|explained|mentioned) (?:in|on)\b`,
    String.raw`\byou(?:'re| are) (?:being )?(?:too|overly|so) (?:impatient|demanding|sensitive|emotional|picky)\b`,
    String.raw`\b(?:is|are|was|were) (?:clearly|plainly|explicitly) (?:stated|written|mentioned|set out|explained) (?:in|on)\b|\bit(?:'s| is| was) (?:clearly |plainly )?(?:stated|written|mentioned) (?:in|on) (?:the|our)\b`,
  ].join('|'),
  'g',
);

export const blamingCustomer: SentenceRule = {
  rule: 'blaming_customer',
  check({ sentence }) {
    const zh = sentence.language === 'zh';
    const match = firstMatch(zh ? zhBlaming : enBlaming, sentence.text, (m) =>
      zh
        ? !zhNegation.test(clausePrefix(sentence, m.index).slice(-6))
        : !enNegation.test(clausePrefix(sentence, m.index).slice(-12)),
    );
    return match === null ? null : hitAt(sentence, match);
  },
};
