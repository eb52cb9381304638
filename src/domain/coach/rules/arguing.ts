/**
 * arguing: contradicting the customer's account (seed S2 禁忌法则 ① "对于事实不要理论",
 * 误区 11 "狡辩"): "您记错了", "不可能", "系统显示您已签收", "that's not true", "our records
 * show…", "our staff would never". Agreeing is fine: "您说得对", "您没有记错".
 */
import { firstMatch, hitAt, type SentenceRule } from './sentence-rule.js';

const zhArguing = new RegExp(
  [
    String.raw`(?:您|你)(?:说的|讲的|反映的|描述的|提到的)?(?:情况)?(?:可能|应该|肯定|显然|明显|一定|是不是|会不会|是否)?(?:是)?(?:不对|不属实|不是事实|有误|搞错了|弄错了|记错了|看错了|误会了|理解错了|理解有误|说错了|记错|看错|搞错|弄错|误会)`,
    String.raw`不可能(?:是|会|出现|发生|有|存在|变质|坏|少|错|多收)`,
    String.raw`(?:从来|根本)(?:都)?(?:没有?|不会|不可能|不存在)|(?:绝对|肯定)(?:没有?|不可能)(?:说过|做过|发生过?|出现过?|收|多收|少|错|离开|拿)`,
    String.raw`不代表|并不代表|不等于|并不等于|不能说明|并不能说明`,
    String.raw`明明(?:是|已经|就)|事实(?:是|上(?:您|你|我们(?:并|没|不)))|其实(?:是(?:您|你)|并(?:没有|不)|(?:您|你))`,
    String.raw`监控(?:显示|里|可以看到|拍到)|(?:系统|记录|后台|物流信息|物流记录|轨迹|签收记录)(?:上|里)?(?:显示|记录|表明)(?:您|你|包裹|订单|已|已经|签收|送达|正常|是)|根据(?:我们的)?记录`,
    String.raw`那不是事实|不是这样的|并不是这样|不是(?:您|你)说的那样|跟(?:您|你)说的不一样`,
  ].join('|'),
  'g',
);

const enArguing = new RegExp(
  [
    String.raw`\b(?:that|this|it)(?:'s| is| was)\s+(?:simply |just |actually |absolutely )?(?:not (?:true|correct|accurate|what happened|the case|possible)|untrue|incorrect|impossible|false)\b`,
    String.raw`\b(?:that|this|it)(?:\s+simply|\s+just)?\s+(?:isn't|wasn't) (?:true|correct|accurate|what happened|the case|possible)\b`,
    String.raw`\bthat can(?:'t|not) be (?:true|right|the case)\b`,
    String.raw`\byou(?:'re| are| must be| might be)\s+(?:mistaken|wrong|confused|misremembering)\b`,
    String.raw`\byou (?:must|may|might|probably|clearly)?(?:'ve| have)? ?(?:misunderstood|misread|misremembered|misheard|got (?:it|that) wrong|been mistaken)\b|\byou (?:must|may|might|probably)(?:'ve| have) (?:missed|overlooked|forgotten)\b`,
    String.raw`\bthere(?:'s| is) no way\b`,
    String.raw`\b(?:our|the) (?:records|system|logs|cctv|camera|footage|tracking|data|receipt)\s+(?:clearly |actually )?(?:shows?|indicates?|confirms?|says?|proves?)\b(?![^.]*\b(?:our|we) (?:made|error|mistake))`,
    String.raw`\baccording to our (?:records|system|logs)\b`,
    String.raw`\b(?:actually|in fact),?\s+you\b`,
    String.raw`\b(?:our|the) (?:staff|waiter|waitress|driver|agent|team|employee|crew|courier|technician|chef|kitchen)\s+(?:would never|never|(?:did not|didn't) (?:do|say|leave|throw|shout|speak|behave|touch|damage|open|charge))\b`,
    String.raw`\b(?:our|the) (?:[a-z]+ )?(?:staff|waiter|waitress|driver|agent|team|employee|crew|courier|technician|chef|kitchen|manager) (?:say|says|said|insist|insists|insisted|confirm|confirms|confirmed|assure us|assures us)\b|\b(?:we|they) never (?:received|got|saw|had)\b|\bthere(?:'s| is) nothing wrong with\b`,
    String.raw`\bwe (?:did not|didn't) (?:say|promise|agree|charge|tell|receive)\b`,
    String.raw`\bthat(?:'s| is) not how it (?:happened|works)\b|\bwhen it left (?:our|the) (?:warehouse|store|shop|kitchen|depot|factory|hands)\b`,
  ].join('|'),
  'g',
);

export const arguing: SentenceRule = {
  rule: 'arguing',
  check({ sentence }) {
    const match = firstMatch(sentence.language === 'zh' ? zhArguing : enArguing, sentence.text);
    return match === null ? null : hitAt(sentence, match);
  },
};
