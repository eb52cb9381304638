/**
 * blame_shifting: pointing at a partner, courier, department or colleague, or saying it is
 * not our responsibility (seed S0 黄金法则 2 "不推卸责任", S2 误区 8 "转嫁责任"). Naming a
 * third party is fine ("我已联系快递公司"); calling it their fault, sending the customer to
 * them, or disowning the problem is not; owning it in the same sentence ("确实是仓库发错了，
 * 这是我们的责任") makes it an explanation. "这不是您的错" is reassurance, not blame.
 */
import { firstMatch, hitAt, type SentenceRule } from './sentence-rule.js';

const zhParty = String.raw`(?:合作方|合作伙伴|合作商家?|商家|卖家|店家|供应商|厂家|厂商|生产商|制造商|第三方|外包(?:公司|方)?|快递(?:公司|员|小哥)?|物流(?:公司|方)?|配送(?:员|方|公司)?|骑手|外卖员|司机|承运商|航空公司|机场|地勤|酒店方|平台方?|银行方?|支付(?:公司|平台|渠道)|系统|仓库|库房|财务(?:部门?)?|技术(?:部门?)?|售后(?:部门?)?|客服部|后厨|厨房|厨师|前台|保洁|维修部|工程部|总部|上级|其他部门|别的部门|相关部门|另一个部门|同事|之前的客服|上一位客服|那个服务员|那位服务员|服务员|新员工|新来的|实习生|值班(?:的)?(?:人员|员工|经理)?|夜班|临时工|兼职|门店|分店|加盟店|代理商|经销商|海关|邮局|物业|业主|开发商|空管|风控(?:部门?)?|合规(?:部门?)?|总行|总部|网点|柜台|票务|代理)`;
const zhUs = String.raw`(?:我们|我|本店|我司|我方|本公司|我们公司|我们这边|我们店|我们酒店|我们银行|我们平台|我们部门|我们门店|咱们|酒店|公司|餐厅|银行|本行|平台|门店|店里|航空公司)`;

const zhBlame = new RegExp(
  [
    // "是合作方的问题", "属于快递的责任"
    String.raw`(?<!不|不仅|不只|不单|不光|并不)(?:是|属于|归|都是|全是)${zhParty}(?:那边|方面|的人)?(?:的)?(?:问题|责任|错|过错|失误|疏忽|锅|原因|决定|规定|造成的|导致的|搞错|弄错|弄丢|搞丢|弄坏|漏发|发错|错发|送错|少发|丢失|损坏|延误|耽误)`,
    String.raw`(?<!不)是${zhParty}[^,.。!?;]{0,6}?负责的?`,
    String.raw`(?:都怪|要怪|只能怪|得怪|怪)${zhParty}`,
    // "快递员的失误", but not "我们服务员的失误" (owning it) or "追究快递的责任".
    String.raw`(?<!我们的?|我方的?|本店的?|我们店里?的?|追究|追查|落实|明确|不是|并非|不怪|不能怪)${zhParty}(?:那边|方面|的人)?(?:的)?(?:责任|过错|失误|锅|错(?!误))`,
    // "您去找快递公司吧"
    String.raw`(?:您|你)(?:可以|需要|得|要|自己|最好|只能|还是|直接|去)*(?:联系|找|问|咨询|投诉|打给|致电)(?:一下)?${zhParty}`,
    // "这不是我们的责任", "与我们无关"
    String.raw`(?:不是|并非|不属于|不归|不该由|跟|和|与)${zhUs}(?:的|这边的|方面的)?(?:责任|问题|错|过错|失误|负责|管|范围|无关|没有?关系|没关系|无干)`,
    String.raw`(?:不是|并非)${zhUs}[^,.。!?;]{1,5}?的(?:责任|问题|错|过错|失误)|不是${zhUs}[^,.。!?;]{0,5}?(?:能|可以)(?:控制|决定|左右)`,
    String.raw`${zhUs}[^,.。!?;]{0,3}?(?:也)?(?:管不了|无能为力|控制不了|无法控制|左右不了|没办法控制)`,
  ].join('|'),
  'g',
);

const enParty = String.raw`(?:(?:delivery|courier|shipping|logistics|postal) (?:company|partner|service|provider|driver|team|firm)|couriers?|carrier|driver|post office|postal service|supplier|vendor|manufacturer|factory|partners?|third[- ]party(?: [a-z]+)?|contractor|subcontractor|warehouse|kitchen|chef|cook|(?:other|another|different) department|(?:finance|billing|accounts|it|tech|technical|logistics|shipping|sales|marketing|maintenance|housekeeping|engineering|payments?) (?:team|department|dept)|colleague|coworker|co-worker|previous agent|last agent|other agent|night (?:staff|shift|manager)|front desk|reception|housekeeping|staff member|waiter|waitress|server|system|bank|card issuer|airline|airport|ground staff|seller|merchant|restaurant|hotel|head office|headquarters|franchisee?|ups|fedex|dhl|usps|royal mail|customs|booking (?:site|platform|agent|website)|(?:delivery |booking |payment )?app|sender|(?:ground )?handling (?:company|agent)|ground handler|nightclub|venue|landlord|building management|(?:an? )?(?:outside|external|separate|third-party) (?:company|firm|contractor|provider|supplier)|travel agent|agency|website|platform|payment provider|insurer|insurance company|air traffic control)`;

const enBlame = new RegExp(
  [
    String.raw`\b(?:it|this|that)(?:'s| is| was| were)\s+(?:(?:entirely|all|really|actually|clearly|totally|completely|simply)\s+)?(?:the )?${enParty}(?:'s|s')?\s+(?:fault|problem|responsibility|mistake|error|doing|issue)\b`,
    String.raw`(?<!\b(?:our|my) )\b${enParty}(?:'s|s')\s+(?:fault|mistake|error)\b`,
    String.raw`\bblame (?:the |our )?${enParty}\b`,
    String.raw`\b${enParty}\s+(?:is|are|was|were)\s+(?:to blame|responsible|at fault)\b`,
    String.raw`\b${enParty}\s+(?:messed up|screwed up|dropped the ball|made (?:a|the) (?:mistake|error))`,
    String.raw`\byou(?:'ll| will)?\s+(?:need|have|must|should|may want|might want|can|could|will have)\s+(?:to\s+)?(?:contact|call|take (?:it|this|that) up with|reach out to|complain to|speak to|talk to|write to|email|get in touch with)\s+(?:the |your )?${enParty}\b`,
    String.raw`\b(?:the |your )?${enParty} (?:handles|deals with|is in charge of|manages|is handling)\b|\b(?:has|have|must|will have) to go through (?:them|the ${enParty})\b`,
    String.raw`\b(?:that's|that is|it's|it is)\s+(?:up to|a matter for|something for|handled by|the responsibility of)\s+(?:the )?${enParty}\b`,
    String.raw`\bplease\s+(?:contact|call|reach out to|get in touch with|complain to|speak to|write to|email)\s+(?:the |your )?${enParty}\b`,
    String.raw`\btake (?:it|this|that) up with\b|\b(?:is|are|was|were) (?:their|his|her) (?:responsibility|fault|problem|job|mistake)\b`,
    String.raw`\bcaused by (?:the )?(?:[a-z]+ )?${enParty}\b|\b(?:maintained|managed|run|operated|handled) by (?:an? |the )?${enParty}\b`,
    String.raw`\b(?:it|this|that)(?:'s| is| was)\s*(?:not|n't)\s+(?:really\s+)?(?:our|my)\s+(?:fault|responsibility|problem|mistake|doing|department|call)\b`,
    String.raw`\bnot (?:our|my) (?:fault|responsibility|problem)\b`,
    String.raw`\bwe(?:'re| are| were)\s+not\s+(?:responsible|liable|to blame|at fault)\b`,
    String.raw`\bwe can(?:not|'t)\s+be\s+held\s+responsible\b`,
    String.raw`\b(?:out of|beyond|outside(?: of)?)\s+our\s+(?:hands|control)\b|\b(?:we have|we've got|we had) no control over\b`,
    String.raw`\bnothing to do with (?:us|me)\b|\bnot (?:on|down to|with) us\b|,\s*not (?:us|ours)\b`,
  ].join('|'),
  'g',
);

/** Owning it in the same sentence makes naming the third party an explanation, not blame. */
const zhOwnership =
  /(?<!不|非|不是|并非)是我们(?:的)?(?:责任|失误|错|问题|疏忽|不对)|我们(?:自己|作为[^,.。!?;]{1,4})?也有责任|由我们(?:来)?(?:负责|承担)|我们来承担/;
const enOwnership =
  /(?<!\bnot |n't )\b(?:our|my) (?:mistake|fault|responsibility|error)\b|(?<!\bnot |n't )\bon us\b|\bwe take (?:full )?responsibility\b|\b(?:that's|it's) on me\b/;

export const blameShifting: SentenceRule = {
  rule: 'blame_shifting',
  check({ sentence }) {
    const zh = sentence.language === 'zh';
    const match = firstMatch(zh ? zhBlame : enBlame, sentence.text);
    if (match === null || (zh ? zhOwnership : enOwnership).test(sentence.text)) return null;
    return hitAt(sentence, match);
  },
};
