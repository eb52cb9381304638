/**
 * What the demo staff write on a complaint, in the complaint's own language: replies to
 * the customer (empathy, a concrete action, a time commitment, as the reply coach asks),
 * internal notes, remedy descriptions, resolutions and dismissal reasons.
 */
import type { Category, Department, RemedyKind } from '../domain/vocabulary.js';
import type { DemoIndustry, DemoLanguage } from './demo-complaints.js';
import type { DemoRandom } from './demo-random.js';

type ByLanguage<T> = Record<DemoLanguage, T>;

/** How a reply opens: 王女士您好 / 李明,您好 / Dear Priya Nair, */
export function salutation(language: DemoLanguage, customerName: string): string {
  const name = customerName.replace(/[（(].*$/, '').trim();
  if (language === 'en') return `Dear ${name},`;
  return /(女士|先生|小姐)$/.test(name) ? `${name}您好，` : `${name}，您好！`;
}

const empathy: ByLanguage<{ calm: readonly string[]; upset: readonly string[] }> = {
  'zh-Hans': {
    calm: ['感谢您把情况告诉我们，描述得非常清楚。', '谢谢您的反馈，我是这次负责跟进的客服。'],
    upset: [
      '遇到这样的事，换作是我也会很生气，给您添麻烦了，非常抱歉。',
      '完全理解您现在的心情，这件事我们确实做得不好，向您郑重道歉。',
      '让您和家人担心了，非常抱歉，这件事由我全程负责到底。',
    ],
  },
  'zh-Hant': {
    calm: ['謝謝您把情況告訴我們，描述得非常清楚。', '感謝您的回饋，我是這次負責跟進的客服。'],
    upset: [
      '遇到這樣的事，換作是我也會很生氣，非常抱歉給您添麻煩了。',
      '完全理解您現在的心情，這件事我們確實沒做好，向您鄭重道歉。',
    ],
  },
  en: {
    calm: [
      'Thank you for telling us, and for describing it so clearly.',
      'Thank you for your message; I will be looking after it personally.',
    ],
    upset: [
      'I am sorry; in your place I would be upset too.',
      'I completely understand how frustrating this is, and I apologise on our behalf.',
      'I can only imagine how worrying this was for you and your family, and I am sorry.',
    ],
  },
};

const actions: ByLanguage<Record<Category, string>> = {
  'zh-Hans': {
    product_quality: '我已把您提供的照片和订单信息转给质检部门，安排专人核查同批次的情况',
    service_attitude: '我已调取当时的监控和服务记录，并通知门店负责人找当事员工了解情况',
    timeliness: '我已联系相关部门催办，并把您的事项标记为加急',
    information_accuracy: '我已调取相关页面、宣传内容和账单记录，正在与业务部门逐项核对',
    policy: '我已把您的情况提交给规则审核的同事，按您的实际情况重新核定',
    logistics: '我已联系承运方调取包裹轨迹和签收记录',
    other: '我已把情况上报给专门负责的部门，并启动内部核查',
  },
  'zh-Hant': {
    product_quality: '我已把您提供的照片和訂單資料轉給品管部門，安排專人核查同批次的情況',
    service_attitude: '我已調閱當時的服務紀錄，並通知門市負責人找當事員工了解情況',
    timeliness: '我已聯繫相關部門催辦，並把您的案件標記為加急',
    information_accuracy: '我已調閱相關頁面、宣傳內容和帳單紀錄，正在與業務部門逐項核對',
    policy: '我已把您的情況提交給規則審核的同事，依您的實際情況重新核定',
    logistics: '我已聯繫承運方調閱包裹軌跡和簽收紀錄',
    other: '我已把情況上報給專責部門，並啟動內部核查',
  },
  en: {
    product_quality:
      'I have passed your photos and order details to our quality team, who are checking the same batch',
    service_attitude:
      'I have pulled the service records from that day and asked the store manager to speak with the staff member',
    timeliness: 'I have chased the team responsible and marked your complaint as urgent',
    information_accuracy:
      'I have pulled the published information and your bill, and the team is checking them line by line',
    policy: 'I have sent your case to the colleagues who review our terms, to look at it on its own facts',
    logistics: 'I have asked the carrier for the full tracking history and the delivery record',
    other: 'I have reported this to the team responsible and opened an internal investigation',
  },
};

const commitments: ByLanguage<{ urgent: string; ordinary: string }> = {
  'zh-Hans': { urgent: '2 小时内我会给您回电说明进展。', ordinary: '明天下午 6 点前给您明确答复。' },
  'zh-Hant': { urgent: '2 小時內我會回電向您說明進展。', ordinary: '明天下午 6 點前給您明確答覆。' },
  en: {
    urgent: 'I will call you back within 2 hours with an update.',
    ordinary: 'You will have a clear answer from me by 6 pm tomorrow.',
  },
};

const trackingLine: ByLanguage<(tracking: string) => string> = {
  'zh-Hans': (t) => `您的投诉单号是 ${t}，随时可以凭它查询进度。`,
  'zh-Hant': (t) => `您的投訴單號是 ${t}，隨時可以憑它查詢進度。`,
  en: (t) => `Your complaint number is ${t}; you can follow its progress with it at any time.`,
};

/** The first reply: the first response the deadline counts. */
export function firstReply(
  language: DemoLanguage,
  random: DemoRandom,
  facts: {
    customerName: string;
    trackingNumber: string;
    category: Category;
    upset: boolean;
    urgent: boolean;
  },
): string {
  const space = language === 'en' ? ' ' : '';
  const stop = language === 'en' ? '. ' : '。';
  return [
    salutation(language, facts.customerName),
    random.pick(empathy[language][facts.upset ? 'upset' : 'calm']),
    actions[language][facts.category] + stop + commitments[language][facts.urgent ? 'urgent' : 'ordinary'],
    trackingLine[language](facts.trackingNumber),
  ].join(space);
}

const customerMessages: ByLanguage<readonly string[]> = {
  'zh-Hans': [
    '补充一下：相关照片和付款截图我已经发到你们邮箱了。',
    '好的，我等你们的消息，请尽快。',
    '我今天下午都方便接电话。',
  ],
  'zh-Hant': ['補充一下：相關照片和付款截圖已經寄到你們的信箱了。', '好的，我等你們的消息，請盡快。'],
  en: [
    'I have emailed you the photos and the receipt as well.',
    'Thanks, I will wait for your call. Please keep me posted.',
    'I am free to talk this afternoon.',
  ],
};

export const customerMessage = (language: DemoLanguage, random: DemoRandom): string =>
  random.pick(customerMessages[language]);

const findings: ByLanguage<Record<Category, readonly string[]>> = {
  'zh-Hans': {
    product_quality: [
      '已联系质检，同批次抽检 20 件，发现 2 件同样问题，已下架该批次。',
      '后厨/仓库回复：当天交接记录不完整，质检环节被跳过。',
    ],
    service_attitude: [
      '监控已调取，员工确有不当言行，门店已安排谈话并停岗培训。',
      '当班员工承认态度不好，原因是高峰期人手不足，不作为理由。',
    ],
    timeliness: [
      '积压原因：审核环节只有 1 人在岗，已申请临时增派人手。',
      '系统工单在两个部门之间来回转了 3 次，无人认领。',
    ],
    information_accuracy: [
      '页面/账单信息与实际规则不一致，已通知运营当天修改。',
      '核对后确认多收，差额已计算清楚，待财务退回。',
    ],
    policy: [
      '规则条款表述确有歧义，已提交法务和产品重新审阅。',
      '按条款本可收费，考虑客户实际情况，建议酌情处理。',
    ],
    logistics: [
      '承运方回复：包裹在中转站被错分，目前已找到，正在转运。',
      '签收记录显示由代收点代签，代收点无法提供取件记录。',
    ],
    other: [
      '已按流程上报信息安全小组，正在排查访问日志。',
      '已与相关部门开会核实，事实基本清楚，等待书面结论。',
    ],
  },
  'zh-Hant': {
    product_quality: ['已聯繫品管，同批次抽檢 20 件，發現 2 件有同樣問題，已下架該批次。'],
    service_attitude: ['已調閱紀錄，員工確有不當言行，門市已安排面談與再培訓。'],
    timeliness: ['積壓原因：審核環節只有 1 人在崗，已申請臨時增派人手。'],
    information_accuracy: ['頁面與帳單資訊和實際規則不一致，已通知營運當天修改。'],
    policy: ['條款文字確有歧義，已提交法務與產品重新審閱。'],
    logistics: ['承運方回覆：包裹在轉運中心被錯分，已找到，正在轉運。'],
    other: ['已依流程上報資訊安全小組，正在排查存取紀錄。'],
  },
  en: {
    product_quality: [
      'Quality team sampled 20 units of the same batch: 2 show the same fault; the batch is off sale.',
      'Kitchen/warehouse log for that day is incomplete; the quality check was skipped.',
    ],
    service_attitude: [
      'CCTV reviewed: the staff member was out of line. Manager has held a conversation and booked retraining.',
      'Staff member admits the tone was wrong; the shift was understaffed, which is no excuse.',
    ],
    timeliness: [
      'Backlog: only one reviewer on duty. Temporary extra staff requested.',
      'The request bounced between two teams three times and nobody picked it up.',
    ],
    information_accuracy: [
      'Published information and billing rule do not match; ops will fix the page today.',
      'Overcharge confirmed; the difference is calculated and waiting for finance.',
    ],
    policy: [
      'The clause is genuinely ambiguous; sent to legal and product for review.',
      'The fee follows the terms, but the customer case justifies a goodwill exception.',
    ],
    logistics: [
      'Carrier says the parcel was mis-sorted at the hub; it has been found and is moving again.',
      'Delivery record shows a pickup point signed for it; the point has no pickup log.',
    ],
    other: [
      'Escalated to the information security team; access logs are being reviewed.',
      'Met with the departments involved; facts are clear, written conclusion pending.',
    ],
  },
};

/** An internal note by the owner: what the investigation found. */
export const investigationNote = (language: DemoLanguage, category: Category, random: DemoRandom): string =>
  random.pick(findings[language][category]);

const handlerNotes: ByLanguage<{ general: readonly string[]; warehouse: string; partner: string }> = {
  'zh-Hans': {
    general: [
      '协办部门已复核相关记录，书面说明已上传到共享盘，请负责人查收。',
      '协办任务已完成：已与当事部门逐项核对经过，时间线和证据见附件。',
    ],
    warehouse: '仓储物流部已核查：出库记录和称重数据正常，问题出在末端派送环节。',
    partner: '已和合作方确认，对方承认责任并同意承担相应费用。',
  },
  'zh-Hant': {
    general: ['協辦部門已複核相關紀錄，書面說明已上傳，請負責人查收。'],
    warehouse: '倉儲物流部已核查：出庫紀錄正常，問題出在末端派送環節。',
    partner: '已和合作方確認，對方承認責任並同意承擔相應費用。',
  },
  en: {
    general: [
      'Department has reviewed the records; written summary uploaded for the owner.',
      'Task done: went through the events with the team involved; timeline and evidence attached.',
    ],
    warehouse:
      'Warehouse check done: dispatch and weight records are fine; the problem is in last-mile delivery.',
    partner: 'Confirmed with the partner company: they accept responsibility and will bear the cost.',
  },
};

/** The department each industry's owners ask first (parcels go to the warehouse). */
const departmentOf: Record<DemoIndustry, Department> = {
  restaurant: 'kitchen',
  hotel: 'front_desk',
  ecommerce: 'warehouse',
  logistics: 'logistics',
  bank: 'finance',
  travel: 'customer_service',
  telecom: 'engineering',
};

const departmentNames: ByLanguage<Record<Department, string>> = {
  'zh-Hans': {
    warehouse: '仓储部',
    kitchen: '厨房',
    finance: '财务部',
    engineering: '工程部',
    front_desk: '前台',
    logistics: '物流部',
    customer_service: '客服部',
    other: '相关部门',
  },
  'zh-Hant': {
    warehouse: '倉儲部',
    kitchen: '廚房',
    finance: '財務部',
    engineering: '工程部',
    front_desk: '前台',
    logistics: '物流部',
    customer_service: '客服部',
    other: '相關部門',
  },
  en: {
    warehouse: 'warehouse',
    kitchen: 'kitchen',
    finance: 'finance',
    engineering: 'engineering',
    front_desk: 'front desk',
    logistics: 'logistics',
    customer_service: 'customer service',
    other: 'team',
  },
};

/** The owner's request to a department (S0 step 2: check the facts against the records). */
export function departmentRequest(
  language: DemoLanguage,
  industry: DemoIndustry,
  parcels: boolean,
): { department: Department; request: string } {
  const department = parcels ? 'warehouse' : departmentOf[industry];
  const name = departmentNames[language][department];
  const request = {
    'zh-Hans': `请${name}核查这起投诉的经过和相关记录（时间、经手人、单据），明天此时前书面答复我。`,
    'zh-Hant': `請${name}核查這起投訴的經過和相關紀錄（時間、經手人、單據），明天此時前書面答覆我。`,
    en: `Could the ${name} team check what happened against your records (times, who handled it, documents) and reply to me in writing by this time tomorrow?`,
  }[language];
  return { department, request };
}

/** An internal note by a department handler working a task for the owner. */
export function handlerNote(
  language: DemoLanguage,
  facts: { parcels: boolean; partnerAtFault: boolean },
  random: DemoRandom,
): string {
  const notes = handlerNotes[language];
  return random.pick([
    ...notes.general,
    ...(facts.parcels ? [notes.warehouse] : []),
    ...(facts.partnerAtFault ? [notes.partner] : []),
  ]);
}

const redoByIndustry: ByLanguage<Record<DemoIndustry, string>> = {
  'zh-Hans': {
    restaurant: '免费重新制作一份，40 分钟内送达',
    hotel: '今晚重新清洁房间并更换全部布草，由值班经理验收',
    ecommerce: '免费补发同款新品，48 小时内发出并提供运单号',
    logistics: '安排专人免费重新派送，明天中午 12 点前送达',
    bank: '由网点负责人预约专人陪同办理，到店免排队',
    travel: '免费改签最近一班，并保留原舱位等级',
    telecom: '明天上午安排技术员免费上门重新处理',
  },
  'zh-Hant': {
    restaurant: '免費重新製作一份，40 分鐘內送達',
    hotel: '今晚重新清潔房間並更換全部布草，由值班經理驗收',
    ecommerce: '免費補寄同款新品，48 小時內寄出並提供單號',
    logistics: '安排專人免費重新派送，明天中午 12 點前送達',
    bank: '由分行負責人預約專人陪同辦理，到場免排隊',
    travel: '免費改搭最近一班，並保留原艙等',
    telecom: '明天上午安排技術人員免費到府重新處理',
  },
  en: {
    restaurant: 'A fresh order made again free of charge and delivered within 40 minutes',
    hotel: 'Room deep-cleaned tonight with all linen replaced, checked by the duty manager',
    ecommerce: 'A new replacement shipped free within 48 hours, with the tracking number sent to you',
    logistics: 'A dedicated courier redelivers free of charge before 12:00 tomorrow',
    bank: 'A booked appointment with the branch manager, no queueing',
    travel: 'Free rebooking on the next available flight in the same cabin',
    telecom: 'A technician visits tomorrow morning to fix it free of charge',
  },
};

const upgradeByLanguage: ByLanguage<(industry: DemoIndustry) => string> = {
  'zh-Hans': (i) =>
    i === 'hotel'
      ? '下次入住免费升级行政房一晚，12 个月内有效'
      : i === 'telecom'
        ? '免费升级千兆宽带 3 个月，本周内生效'
        : '升级为 VIP 会员一年，专属客服一对一跟进',
  'zh-Hant': (i) =>
    i === 'hotel'
      ? '下次入住免費升級行政房一晚，12 個月內有效'
      : i === 'telecom'
        ? '免費升級千兆寬頻 3 個月，本週內生效'
        : '升級為 VIP 會員一年，專屬客服一對一跟進',
  en: (i) =>
    i === 'hotel'
      ? 'A free upgrade to an executive room for one night, valid 12 months'
      : i === 'telecom'
        ? 'A free upgrade to gigabit broadband for 3 months, active this week'
        : 'One year of VIP membership with a dedicated service contact',
};

/** A concrete remedy description (what the customer gets, and when). */
export function remedyDescription(
  language: DemoLanguage,
  kind: RemedyKind,
  industry: DemoIndustry,
  amount: number | undefined,
): string {
  const zh = language !== 'en';
  const trad = language === 'zh-Hant';
  switch (kind) {
    case 'apology':
      return zh
        ? trad
          ? '由負責人親自致電道歉，24 小時內寄出書面致歉信'
          : '由负责人亲自致电道歉，24 小时内发出书面致歉信'
        : 'A personal apology call from the manager and a written apology within 24 hours';
    case 'coupon':
      return zh
        ? trad
          ? `發放 ${amount} 元無門檻優惠券，24 小時內到帳`
          : `发放 ${amount} 元无门槛优惠券，24 小时内到账`
        : `A ${amount} CNY coupon with no minimum spend, credited within 24 hours`;
    case 'compensation':
      return zh
        ? trad
          ? `補償 ${amount} 元，3 個工作日內退回原支付帳戶`
          : `补偿 ${amount} 元，3 个工作日内退回原支付账户`
        : `Compensation of ${amount} CNY, paid to the original account within 3 business days`;
    case 'refund':
      return zh
        ? trad
          ? `退款 ${amount} 元，原路退回，5 個工作日內到帳`
          : `退款 ${amount} 元，原路退回，5 个工作日内到账`
        : `A refund of ${amount} CNY to the original payment method within 5 business days`;
    case 'redo_service':
    case 'replacement':
      return redoByIndustry[language][industry];
    case 'upgrade':
      return upgradeByLanguage[language](industry);
    case 'other':
      return zh
        ? trad
          ? '由區域總經理登門致歉，並贈送一年 VIP 會員'
          : '由区域总经理登门致歉，并赠送一年 VIP 会员'
        : 'A visit and apology from the regional general manager, plus one year of VIP membership';
    default:
      return kind satisfies never;
  }
}

/** The customer-visible message that presents the remedy. */
export function remedyReply(
  language: DemoLanguage,
  customerName: string,
  remedies: readonly string[],
): string {
  const list = remedies.join(language === 'en' ? '; ' : '；');
  if (language === 'en') {
    return `${salutation(language, customerName)} we have looked into it and here is what we will do: ${list}. Please reply or call us if this does not work for you; otherwise we start right away.`;
  }
  if (language === 'zh-Hant') {
    return `${salutation(language, customerName)}我們已經查清楚情況，處理方案如下：${list}。如果您對方案有任何意見，請直接回覆或來電；沒有的話我們今天就開始執行。`;
  }
  return `${salutation(language, customerName)}情况我们已经核实清楚，处理方案如下：${list}。如果您对方案有任何意见，请直接回复或来电；没有的话我们今天就开始执行。`;
}

const progressUpdates: ByLanguage<readonly string[]> = {
  'zh-Hans': [
    '进度更新：相关部门今天已完成核查，明天会给出最终结果，我会第一时间告诉您。',
    '进度更新：今天暂时还没有新的结论，我们仍在跟进，明天同一时间前再向您汇报。',
    '进度更新：各项工作正在按计划推进，明天同一时间前我会再向您汇报最新情况。',
  ],
  'zh-Hant': [
    '進度更新：相關部門今天已完成核查，明天會給出最終結果，我會第一時間通知您。',
    '進度更新：今天暫時還沒有新的結論，我們仍在跟進，明天同一時間前再向您報告。',
  ],
  en: [
    'Progress update: the team finished its checks today; the final result comes tomorrow and I will tell you first.',
    'Progress update: no new conclusion today, we are still on it, and I will update you again by this time tomorrow.',
    'Progress update: everything is moving as planned, and I will report again by this time tomorrow.',
  ],
};

/** A daily customer-visible progress update on a complex complaint (S3). */
export const progressUpdate = (language: DemoLanguage, random: DemoRandom): string =>
  random.pick(progressUpdates[language]);

const resolutionFindings: ByLanguage<Record<Category, string>> = {
  'zh-Hans': {
    product_quality: '产品/出品质量问题属实，已下架问题批次并加强出品检查',
    service_attitude: '员工服务态度问题属实，当事员工已停岗培训',
    timeliness: '处理超时属实，已增派人手并设置催办提醒',
    information_accuracy: '对外提供的信息（页面、宣传或账单）有误，已更正并核查同类问题',
    policy: '条款执行与客户理解存在差异，已按客户实际情况处理并修订说明',
    logistics: '派送环节问题属实，已与承运方确认并追责',
    other: '事件经核查已查明原因，已完成整改',
  },
  'zh-Hant': {
    product_quality: '產品品質問題屬實，已下架問題批次並加強檢查',
    service_attitude: '員工服務態度問題屬實，當事員工已停崗再培訓',
    timeliness: '處理逾時屬實，已增派人手並設定催辦提醒',
    information_accuracy: '對外提供的資訊（頁面、宣傳或帳單）有誤，已更正並核查同類問題',
    policy: '條款執行與客戶理解有落差，已依實際情況處理並修訂說明',
    logistics: '派送環節問題屬實，已與承運方確認並追責',
    other: '事件經核查已查明原因，並完成整改',
  },
  en: {
    product_quality: 'the quality fault was confirmed; the batch is off sale and checks are tightened',
    service_attitude: 'the staff conduct was confirmed; the employee is off the floor for retraining',
    timeliness: 'the delay was confirmed; more staff and chase reminders are in place',
    information_accuracy:
      'the information we published or billed was wrong; it is corrected and similar cases checked',
    policy: 'the terms and their explanation differed; handled on the facts and the wording revised',
    logistics: 'the delivery failure was confirmed with the carrier, who is held responsible',
    other: 'the cause was established and corrective action is complete',
  },
};

/** The resolution text required to resolve: what was found and what was done. */
export function resolutionText(
  language: DemoLanguage,
  category: Category,
  remedies: readonly string[],
): string {
  if (language === 'en') {
    return `Investigation: ${resolutionFindings.en[category]}. Done: ${remedies.join('; ')}. The customer accepted the solution.`;
  }
  const done = remedies.join('；');
  return language === 'zh-Hant'
    ? `經核實，${resolutionFindings['zh-Hant'][category]}。已完成：${done}。客戶表示接受。`
    : `经核实，${resolutionFindings['zh-Hans'][category]}。已完成：${done}。客户表示接受。`;
}

const followUps: ByLanguage<readonly string[]> = {
  'zh-Hans': [
    '回访：想确认一下处理结果您是否满意，补偿是否已经收到？如果还有任何建议，欢迎直接告诉我。',
    '回访：方案已经执行完毕，想听听您的意见；我们也根据您的反馈调整了流程，谢谢您。',
  ],
  'zh-Hant': ['回訪：想確認一下處理結果您是否滿意，補償是否已經收到？如果還有任何建議，歡迎直接告訴我。'],
  en: [
    'Follow-up: I wanted to check that you are satisfied with the outcome and have received everything. Any suggestion is welcome.',
    'Follow-up: the solution is complete. We have also changed our process after your feedback; thank you for raising it.',
  ],
};

/** The follow-up within 24 hours of the resolution (S0 step 5). */
export const followUp = (language: DemoLanguage, customerName: string, random: DemoRandom): string =>
  `${salutation(language, customerName)}${language === 'en' ? ' ' : ''}${random.pick(followUps[language])}`;

const dismissals: ByLanguage<readonly { reason: string; reply: string }[]> = {
  'zh-Hans': [
    {
      reason: '客户来电表示问题已自行解决，主动撤回投诉。',
      reply: '收到您撤回投诉的通知，问题解决了就好。以后有任何需要，随时联系我们。',
    },
    {
      reason: '与同一客户此前提交的投诉重复，已在原投诉中继续处理。',
      reply: '您反映的问题已在您之前提交的投诉中处理，负责人会在那里继续跟进，请以原投诉单号查询进度。',
    },
    {
      reason: '经核实订单不属于本公司，已告知客户正确的受理渠道。',
      reply:
        '经核实，这笔订单不是在我们这里下的。我们已把对应商家的客服电话发给您，如需协助联系，请随时告诉我。',
    },
    {
      reason: '三个工作日内电话、短信、邮件各联系三次均未联系上客户，按流程结束受理。',
      reply: '我们多次尝试联系您未果，本次投诉暂时结束受理。您方便时回复此消息，我们会立即重新跟进。',
    },
  ],
  'zh-Hant': [
    {
      reason: '客戶來電表示問題已自行解決，主動撤回投訴。',
      reply: '收到您撤回投訴的通知，問題解決了就好。之後有任何需要，隨時聯絡我們。',
    },
    {
      reason: '與同一客戶先前提交的投訴重複，已在原投訴中繼續處理。',
      reply: '您反映的問題已在您先前提交的投訴中處理，請以原投訴單號查詢進度。',
    },
  ],
  en: [
    {
      reason: 'Customer called to say the problem resolved itself and withdrew the complaint.',
      reply:
        'Thank you for letting us know the problem is solved. If you need anything else, just reply to this message.',
    },
    {
      reason: 'Duplicate of an earlier complaint by the same customer; handled there.',
      reply:
        'Your request is being handled under your earlier complaint; please use that complaint number to follow it.',
    },
    {
      reason: 'Order placed with another company; customer given the right contact.',
      reply:
        'We checked and this order was placed with another company. We have sent you their customer service contact and are glad to help you reach them.',
    },
  ],
};

/** Why a complaint is dismissed, and what the customer is told. */
export const dismissal = (language: DemoLanguage, random: DemoRandom): { reason: string; reply: string } =>
  random.pick(dismissals[language]);

const reopenings: ByLanguage<readonly { inbound: string; reason: string }[]> = {
  'zh-Hans': [
    {
      inbound: '说好的补偿到现在还没有到账，已经超过承诺时间了。',
      reason: '客户反馈补偿未按承诺时间到账，重新打开跟进。',
    },
    {
      inbound: '同样的问题这周又发生了一次，请重新处理。',
      reason: '同一问题再次发生，客户不满意，重新打开。',
    },
  ],
  'zh-Hant': [
    {
      inbound: '說好的補償到現在還沒有到帳，已經超過承諾時間了。',
      reason: '客戶反映補償未依承諾時間到帳，重新開啟跟進。',
    },
  ],
  en: [
    {
      inbound: 'The compensation you promised has still not arrived and the deadline has passed.',
      reason: 'Customer reports the promised compensation did not arrive on time; reopened.',
    },
    {
      inbound: 'The same problem happened again this week. Please look at it again.',
      reason: 'The problem recurred and the customer is not satisfied; reopened.',
    },
  ],
};

/** A dissatisfied customer's message and the reason the owner reopens (S0, R8). */
export const reopening = (language: DemoLanguage, random: DemoRandom): { inbound: string; reason: string } =>
  random.pick(reopenings[language]);

const handoverReasons: ByLanguage<{ escalate: string; cover: string }> = {
  'zh-Hans': {
    escalate: '严重投诉，按规定升级由主管亲自负责。',
    cover: '原负责人休假，交由同组同事继续跟进。',
  },
  'zh-Hant': {
    escalate: '嚴重投訴，依規定升級由主管親自負責。',
    cover: '原負責人休假，交由同組同事繼續跟進。',
  },
  en: {
    escalate: 'Severe complaint: escalated to the supervisor as policy requires.',
    cover: 'Previous owner is on leave; handed to a colleague on the same team.',
  },
};

export const handoverReason = (language: DemoLanguage, escalate: boolean): string =>
  handoverReasons[language][escalate ? 'escalate' : 'cover'];

const postMortemNotes: ByLanguage<readonly string[]> = {
  'zh-Hans': [
    '复盘：根因是流程缺口（交接环节无人复核）。做得好的是首次响应及时；需改进的是补偿审批耗时。已加入培训案例库。',
    '复盘：根因是人员技能不足，已安排本月话术培训，并把本案作为情绪安抚的典型案例。',
  ],
  'zh-Hant': ['複盤：根因是流程缺口（交接環節無人複核）。已加入培訓案例庫。'],
  en: [
    'Post-mortem: root cause is a process gap (no second check at hand-over). Good: fast first response. To improve: approval took too long. Added to the case library.',
    'Post-mortem: root cause is staff skill; reply training booked this month and the case added to the library as a de-escalation example.',
  ],
};

/** The quality manager's post-mortem note on a closed complaint (S0 step 6). */
export const postMortemNote = (language: DemoLanguage, random: DemoRandom): string =>
  random.pick(postMortemNotes[language]);
