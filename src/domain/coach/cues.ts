/**
 * What a good reply has (PRODUCT.md R12, seed S0 step 1 and step 4): empathy, a concrete
 * action and a time commitment; and what takes a promise back (a refusal).
 *
 * The missing_* rules ask whether a draft has them at all; negating_but asks whether the
 * words before a "but" are empathy and the words after it an action; vague_promise asks
 * whether a promise's sentence holds an action or a time. Each cue reads one folded
 * sentence (fold.ts: lower case, ASCII punctuation, simplified characters).
 */
import type { DraftLanguage } from './finding.js';

const zhEmpathy = new RegExp(
  [
    // "我理解" / "完全能理解", but not "请您理解" (asking) or "理解错了" (arguing).
    String.raw`(?<!可)(?:我|我们|能|完全|非常|十分|很|深深|真的|特别|充分)(?:也|都|真的|完全|非常|十分|很|能够?|可以){0,2}(?:理解|体谅|体会|明白)(?!错|有误|偏差|了吗|吗)`,
    String.raw`感同身受|换(?:作|成|做)是我|将心比心`,
    String.raw`抱歉|对不起|道歉|致歉|歉意|不好意思|过意不去|请(?:您)?原谅|原谅我们|遗憾|惭愧|愧疚|自责`,
    String.raw`给(?:您|你)(?:带来|造成|添)了?[^,.。!?;]{0,8}?(?:不便|困扰|麻烦|损失|不愉快|不好的(?:体验|感受|印象)|影响|伤害|烦恼|困难|不快)`,
    String.raw`让(?:您|你)(?:久等|受委屈|受累|失望|担心|担忧|着急|不愉快|生气|费心|操心|白跑|为难|受惊|不舒服|难过|困扰)`,
    String.raw`辛苦(?:您|你)`,
    String.raw`(?:感谢|谢谢|多谢)(?:您|你)(?:的)?(?:反馈|耐心|提醒|告知|指出|包容|信任|支持|及时|把|告诉|联系|来电|留言|反映)`,
    String.raw`(?:您|你)(?:一定|肯定|当时|确实|真的)[^,.。!?;]{0,4}?(?:生气|着急|委屈|失望|难过|不满|焦急|担心|恼火|郁闷|不舒服|不开心|气愤|崩溃|无奈|心急|困扰|不安|害怕|烦)`,
    String.raw`(?:确实|真的|一定|肯定|实在)(?:很|非常|挺|太)?(?:糟心|闹心|窝火|郁闷|不舒服|难受|委屈|着急|生气|失望|心急|恼火|气人)`,
  ].join('|'),
);

const enEmpathy = new RegExp(
  [
    String.raw`\bsorry\b|\bapologi[sz]\w*|\bapolog(?:y|ies)\b|\bregret\b|\bforgive (?:us|me)\b`,
    String.raw`\b(?:i|we)(?:'m|'re| am| are)?\s+(?:(?!not\b|never\b|cannot\b)[a-z]+\s+){0,2}(?:understand|empathi[sz]e|see why|see how|hear you|know how|get why|can imagine|imagine how|appreciate(?! it if))`,
    String.raw`\bunderstandabl[ey]\b`,
    String.raw`\b(?:must|would) (?:be|have been|feel|have felt) (?:so |very |really |incredibly |extremely )?(?:frustrating|annoying|stressful|upsetting|disappointing|worrying|difficult|hard|inconvenient|maddening|awful|exhausting)`,
    String.raw`\bhow (?:frustrating|annoying|stressful|upsetting|disappointing|worrying|inconvenient)\b`,
    String.raw`\bthank(?:s| you) (?:so much |very much )?for (?:your patience|letting us know|bringing|raising|flagging|telling|your feedback|reporting|pointing|your understanding|reaching out|getting in touch|contacting)`,
  ].join('|'),
);

/** Agreeing with the customer or owning the mistake is empathy too ("您说得对", "that was our mistake"). */
const zhAcknowledgement =
  /(?:您|你)说(?:得|的)(?:对|没错|有道理|在理)|(?<!不|非)是我们(?:的)?[^,.。!?;]{0,6}?(?:失误|错|疏忽|责任|不对|问题)|我们[^,.。!?;]{0,6}?(?:也)?有责任|是我们做得不(?:好|够|到位)|我(?:都|也)?(?:知道|懂)/;
const enAcknowledgement =
  /\byou(?:'re| are) (?:absolutely |completely |quite |totally )?right\b|\bfair point\b|\bi (?:know|get it|hear you|agree)\b|\b(?:our|my) (?:mistake|fault|error)\b|\blet you down\b|\b(?:not acceptable|unacceptable|not good enough)\b/;

/** Refusals and limits: what turns the words after a "but" into a take-back. */
const zhRefusal =
  /规定|政策|按照|根据|要求|监管|我们也是|也只是|制度|流程|条款|不能|无法|不可以|不行|没办法|没有办法|做不到|不支持|不予|只能|不属于|不在|范围|请(?:您)?理解|谅解|不是我们|您也|您自己|没有责任|超出|不符合|不接受|拒绝|恕/;
const enRefusal =
  /\b(?:polic(?:y|ies)|rules?|terms|conditions|procedures?|cannot|can't|can not|unable|not able|not allowed|does not allow|do not allow|doesn't allow|don't allow|won't|will not|no way|only|not possible|not eligible|not covered|not responsible|nothing (?:we|i) can|out of our|please understand|not our|isn't possible|non-refundable|no refunds?)\b|\byou (?:should|need|must|also|have to)\b/;

// A concrete step for the customer: a remedy verb, with "I/we", an aspect ("已", "会") or
// "为您" before it in the same clause and no negation between.
const zhActionVerb =
  /办理|提交|申请|安排|补发|重发|重新(?:发|寄|做|制作|安排|预订)|发出|寄出|寄回|退款|退还|退回|退费|退您|全额退|赔偿|补偿|更换|换货|换新|换一|维修|修好|修复|上门|登门|派(?:人|专人|师傅|技术|工程师|快递员|送)|开具|发放|赠送|送您|减免|免除|免单|取消(?:扣款|收费|订单|费用)|恢复|冲正|撤销|调整|更正|改签|升级|升舱|报销|返还|补办|送达|送到|送回|到账|解冻|开通|加急|重做|补上|清洁|打扫|联系(?!您|你)|预留|预订|换房|返现|充值|发券|券/g;
const zhActionMarker =
  /已|会|将|正在|马上|立即|立刻|这就|现在就|为您|给您|帮您|替您|我(?!们?的)|专门|特意|特地|随即|稍后|今天|明天|今晚|下午|上午|可以|来/;
const zhActionNegation = /不(?!仅|但|只|光|便|好意思|用担心|必担心)|无法|没法|没办法|未能|拒绝|没有|别|难以/;
/** Telling or calling the customer: concrete only with a time ("今天下午3点前给您回电"). */
const zhContact =
  /联系(?:您|你)|致电|回电|(?:给|打给)(?:您|你)(?:打)?电话|给(?:您|你)回(?:电|话|复)|回复(?:您|你)|答复(?:您|你)|给(?:您|你)(?:一个)?(?:答复|回复)|通知(?:您|你)|告知(?:您|你)|告诉(?:您|你)|向(?:您|你)(?:反馈|汇报|说明)/;

const enActor = String.raw`\b(?:i|we)(?:'ve|'ll|'m|'re|'d)?(?:\s+(?:have|has|will|am|are|shall|can|could|would|just|already|now|personally|also|immediately|gladly|happily|be|been|going to|(?:like|love|want|wanted|happy|glad|pleased|able) to|gone ahead and|went ahead and|then|will also|today))*\s+(?:[a-z]+ly\s+)?`;
const enVerb = String.raw`(?:refund(?:ed|ing)?|issu(?:e|ed|ing)|arrang(?:e|ed|ing)|send(?:ing)?|sent|ship(?:ped|ping)?|replac(?:e|ed|ing)|credit(?:ed|ing)?|revers(?:e|ed|ing)|cancel(?:l?ed|l?ing)?|rebook(?:ed|ing)?|book(?:ed|ing)?|dispatch(?:ed|ing)?|upgrad(?:e|ed|ing)|waiv(?:e|ed|ing)|reimburs(?:e|ed|ing)|repair(?:ed|ing)?|fix(?:ed|ing)?|correct(?:ed|ing)?|process(?:ed|ing)?|submit(?:ted|ting)?|deliver(?:ed|ing)?|compensat(?:e|ed|ing)|remov(?:e|ed|ing)|restor(?:e|ed|ing)|reinstat(?:e|ed|ing)|unblock(?:ed|ing)?|unfreez(?:e|ing)|unfroze|resen(?:d|t)|reship(?:ped)?|offer(?:ed|ing)?|add(?:ed|ing)?|appl(?:y|ied|ying)|giv(?:e|en|ing)|gave|provid(?:e|ed|ing)|order(?:ed|ing)?|request(?:ed|ing)?|escalat(?:e|ed|ing)|approv(?:e|ed|ing)|transfer(?:red|ring)?|(?:re)?schedul(?:e|ed|ing)|collect(?:ed|ing)?|pick(?:ed|ing)? up|return(?:ed|ing)?|adjust(?:ed|ing)?|clean(?:ed|ing)?|mov(?:e|ed|ing)|cover(?:ed|ing)?|pay|paid|paying|reserv(?:e|ed|ing)|void(?:ed)?|remake|remade|redeliver(?:ed)?|locat(?:e|ed|ing)|found|trac(?:e|ed|ing)|open(?:ed)? (?:a|an) (?:trace|claim|investigation|case))\b`;
const enAction = new RegExp(
  [
    enActor + enVerb,
    String.raw`\b(?:refund|replacement|credit|voucher|coupon|new [a-z]+|order|parcel|package|item|technician|engineer|courier|driver|room|seat|flight|booking|reservation|charge|fee|fees|payment|amount|money|compensation|card|account|transfer|bill|invoice|deposit|it|they)\b[^.,;!?]{0,30}?\b(?:has|have|had|will|is|are|was|were)\s+(?:already\s+|now\s+|just\s+|also\s+)?(?:been\s+|be\s+)?(?:[a-z]+ly\s+)?(?:issued|processed|sent|shipped|dispatched|credited|reversed|refunded|cancel+ed|rebooked|booked|arranged|scheduled|approved|waived|removed|corrected|upgraded|submitted|released|replaced|repaired|returned|paid|transferred|added|applied|unblocked|restored|reinstated|delivered|collected|moved|cleaned|fixed|reserved|voided|adjusted)\b`,
    String.raw`\b(?:is|are) on (?:its|their|the) way\b`,
    String.raw`\b(?:a|our|the) (?:technician|engineer|courier|driver|manager|supervisor|colleague|specialist|plumber|electrician|member of (?:our|the) team|someone)\b[^.,;!?]{0,20}?\b(?:will|'ll|is going to|is scheduled to|is coming to)\s+(?:[a-z]+ly\s+)?(?:visit|come|collect|pick|deliver|bring|replace|repair|fix|install|inspect|clean|move)`,
  ].join('|'),
);
const enContact =
  /\b(?:call|ring|phone|email|e-mail|text|message|contact|update|get back to|reply to|respond to|write to|notify|inform|confirm (?:with|to))\s+you\b|\bcall you back\b|\bconfirm(?:ation)? by\b/;

const zhTimeframe = new RegExp(
  [
    String.raw`今天|今日|今晚|今早|明天|明日|明早|明晚|后天|下班前|下班之前|营业结束前|当天|当日|本周|这周|下周|下星期`,
    String.raw`(?:周|星期|礼拜)[一二三四五六日天](?:前|之前|以前)?`,
    String.raw`(?<![前上昨几]|超过|超出|已经|已|过了|等了|晚了|迟了|延误了|拖了|满)[0-9一二两三四五六七八九十半]+\s*(?:个)?\s*(?:工作日|小时|钟头|分钟|天|日|周|星期|个?月)(?!前|以前|之前|了)`,
    String.raw`\d{1,2}\s*:\s*\d{2}|\d{1,2}\s*点|(?:上午|下午|晚上|中午|早上|凌晨|傍晚)\s*[一二两三四五六七八九十]+\s*点|上午|下午|中午|傍晚`,
    String.raw`\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s*[日号](?:前|之前|以前)|月底|月初|月中|本月|这个月|下个?月`,
  ].join('|'),
);
const enTimeframe = new RegExp(
  [
    String.raw`\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|end of (?:the )?(?:day|business|week|month)|close of business|eod|cob)\b`,
    String.raw`\b(?<!last |past |previous )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
    String.raw`\b(?:within|in|under) (?:the next )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|ten|twelve|twenty-four|forty-eight|half an?) (?:business |working |calendar )?(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\b`,
    String.raw`\bwithin (?:the |this )?(?:hour|day|week)\b|\b\d+[- ](?:hour|day|minute|business-day|working-day)\b`,
    String.raw`\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidday\b|\bmidnight\b`,
    String.raw`\bnext (?:week|business day|working day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|june|july|august|september|october|november|december)\b`,
  ].join('|'),
);

/**
 * Empathy: understanding, an apology, naming the customer's feeling, thanks for telling us,
 * agreeing with the customer or owning the mistake ("您说得对", "是我们的失误", "you're right").
 */
export function hasEmpathy(text: string, language: DraftLanguage): boolean {
  return language === 'zh'
    ? zhEmpathy.test(text) || zhAcknowledgement.test(text)
    : enEmpathy.test(text) || enAcknowledgement.test(text);
}

/** A rule, a policy or an "I can't": the words that turn a reply into a refusal. */
export function hasRefusal(text: string, language: DraftLanguage): boolean {
  return language === 'zh' ? zhRefusal.test(text) : enRefusal.test(text);
}

/** A time the customer can hold the agent to ("今天下班前", "3个工作日内", "by Friday"). */
export function hasTimeframe(text: string, language: DraftLanguage): boolean {
  return language === 'zh' ? zhTimeframe.test(text) : enTimeframe.test(text);
}

function hasChineseAction(text: string): boolean {
  zhActionVerb.lastIndex = 0;
  for (let match = zhActionVerb.exec(text); match !== null; match = zhActionVerb.exec(text)) {
    let clauseStart = match.index;
    while (clauseStart > 0 && !',;:、。!?'.includes(text.charAt(clauseStart - 1))) clauseStart--;
    const before = text.slice(Math.max(clauseStart, match.index - 12), match.index);
    if (zhActionMarker.test(before) && !zhActionNegation.test(before)) return true;
  }
  return false;
}

/**
 * A concrete step for the customer ("已为您提交退款", "I have arranged a replacement"); a
 * promise to call or write counts only with a time in the same sentence.
 */
export function hasAction(text: string, language: DraftLanguage): boolean {
  if (language === 'zh') {
    return hasChineseAction(text) || (zhContact.test(text) && zhTimeframe.test(text));
  }
  return enAction.test(text) || (enContact.test(text) && enTimeframe.test(text));
}
