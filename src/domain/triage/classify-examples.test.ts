/**
 * Worked examples across languages and industries. Written for these tests, not taken from
 * any evaluation data set: each row is what a person reading the complaint would decide.
 */
import { describe, expect, it } from 'vitest';
import type { Category, Emotion, Risk, Severity } from '../vocabulary.js';
import { triage } from './classify.js';

interface Example {
  name: string;
  text: string;
  locale?: string;
  language?: 'zh' | 'en';
  category?: Category;
  emotion?: Emotion;
  risks?: Risk[];
  severity?: Severity;
  urgent?: boolean;
}

// prettier-ignore
const examples: Example[] = [
  // Restaurant
  {
    name: 'reads a rude waiter who rolled her eyes as an angry service-attitude complaint',
    text: '服务员态度恶劣，点菜时一直不耐烦，还冲我翻白眼，太气人了！',
    language: 'zh', category: 'service_attitude', emotion: 'angry', risks: [], severity: 'minor',
  },
  {
    name: 'reads an hour-long wait for dishes as a timeliness complaint',
    text: '上菜太慢了，等了一个小时才上齐，菜还是凉的。',
    category: 'timeliness', risks: [], severity: 'minor', urgent: false,
  },
  {
    name: 'flags a cockroach in the soup and a child who threw up as a severe safety risk',
    text: 'Found a cockroach in my soup at your restaurant last night. My daughter threw up afterwards.',
    language: 'en', category: 'product_quality', risks: ['safety'], severity: 'severe', urgent: true,
  },
  {
    name: 'flags food poisoning written in traditional Chinese',
    text: '昨晚在貴店用餐後全家食物中毒，已經送醫住院。',
    language: 'zh', risks: ['safety'], severity: 'severe', urgent: true,
  },
  // Hotel
  {
    name: 'reads a filthy, noisy hotel room as product quality',
    text: 'The room was filthy, there were stains on the sheets and the air conditioner was noisy all night.',
    category: 'product_quality', risks: [],
  },
  {
    name: 'reads a cold front desk as a service-attitude complaint',
    text: '酒店前台态度冷漠，入住时让我们等了四十分钟，还说是我们的问题。',
    category: 'service_attitude',
  },
  {
    name: 'flags a hidden camera in a hotel bathroom as a data-leak risk',
    text: 'There was a hidden camera in the bathroom of my hotel room. This is a serious privacy violation.',
    risks: ['data_leak'], severity: 'severe', urgent: true,
  },
  {
    name: 'reads a broken air conditioner written in Hong Kong Chinese as product quality',
    text: '酒店房間冷氣壞了，打電話給前台三次都沒人理。',
    language: 'zh', category: 'product_quality',
  },
  // E-commerce
  {
    name: 'reads a coat unlike its description as information accuracy, "网上买" being no media threat',
    text: '在网上买的羽绒服与描述不符，颜色和图片完全不一样，客服还说没问题。',
    category: 'information_accuracy', risks: [],
  },
  {
    name: 'reads a refused seven-day return as a policy complaint',
    text: '申请七天无理由退货，商家拒绝退款，还说是我自己弄坏的。',
    category: 'policy',
  },
  {
    name: 'reads a blender that stopped working as disappointed product quality',
    text: 'The blender I ordered stopped working after two days. Poor quality, I expected better.',
    category: 'product_quality', emotion: 'disappointed',
  },
  {
    name: 'reads a refund refused against the store policy as a policy complaint',
    text: 'I returned the jacket within 30 days but the store refused to refund me, saying it is against policy.',
    category: 'policy',
  },
  {
    name: 'flags counterfeit cosmetics that caused an allergy, bought on Douyin, without a media threat',
    text: '我在抖音上买的面膜是假货，用完脸过敏了。',
    risks: ['safety', 'fraud'], severity: 'severe',
  },
  // Logistics
  {
    name: 'reads a parcel signed for but never received as logistics',
    text: '快递显示已签收，但我根本没收到包裹，快递员电话也打不通。',
    category: 'logistics', risks: [],
  },
  {
    name: 'reads a parcel marked delivered to the wrong address as logistics',
    text: 'My parcel was marked as delivered but it never arrived. The courier left it at the wrong address.',
    category: 'logistics',
  },
  {
    name: 'reads broken glasses in a damaged package as logistics',
    text: '包装破损，里面的玻璃杯全碎了，顺丰说不是他们的责任。',
    category: 'logistics',
  },
  // Bank
  {
    name: 'reads an annual fee charged twice on a credit card bill as information accuracy',
    text: '我的信用卡账单多扣了两次年费，打客服电话一直没人接。',
    category: 'information_accuracy', risks: [],
  },
  {
    name: 'flags unauthorised card charges as an urgent fraud risk with an anxious customer',
    text: 'There are three unauthorized charges on my debit card. I did not make these transactions and I am very worried.',
    emotion: 'anxious', risks: ['fraud'], severity: 'severe', urgent: true,
  },
  {
    name: 'reads a teller who shouted at a customer as service attitude',
    text: '银行柜员态度很差，办业务时对我大声呵斥。',
    category: 'service_attitude',
  },
  {
    name: 'flags personal information leaked by a bank, and the loan opened with it as fraud',
    text: 'Someone opened a loan in my name using my personal information that your bank leaked.',
    risks: ['fraud', 'data_leak'], severity: 'severe',
  },
  // Airline
  {
    name: 'reads a nine-hour delay with a missed connection as timeliness with lost time',
    text: 'My flight was delayed nine hours with no explanation and I missed my connection.',
    category: 'timeliness', severity: 'moderate', urgent: false,
  },
  {
    name: 'reads refused ticket refunds and high fees as policy',
    text: '航空公司取消航班后不给退票，还要收取高额手续费，这是霸王条款！',
    category: 'policy',
  },
  // Telecom
  {
    name: 'reads broadband that drops every evening as product quality',
    text: '家里的宽带每天晚上都断网，网速慢得根本没法用。',
    category: 'product_quality',
  },
  {
    name: 'flags a phone bill with a subscription never ordered as fraud',
    text: 'My phone bill shows charges for a subscription I never signed up for, this is a scam.',
    category: 'information_accuracy', risks: ['fraud'],
  },
  {
    name: 'flags charges without consent and a 12315 complaint as fraud and legal',
    text: '运营商未经我同意开通了增值业务，每个月乱扣费，我要打12315投诉。',
    risks: ['fraud', 'legal'], severity: 'severe', urgent: true,
  },
  {
    name: 'flags spam calls after signing up as a data leak',
    text: 'Since I signed up with your company I get spam calls every day. Someone sold my data.',
    risks: ['data_leak'],
  },
  // Negation
  {
    name: 'reads "不是很满意" as disappointed, not satisfied',
    text: '菜品还可以，但是服务员的态度不是很满意。',
    category: 'service_attitude', emotion: 'disappointed',
  },
  {
    name: 'reads "不太满意" as disappointed',
    text: '这次的体验不太满意，希望下次改进。',
    emotion: 'disappointed',
  },
  {
    name: 'does not read "not bad" as a complaint about the food',
    text: 'The food was not bad, but the delivery took two hours.',
    category: 'logistics', emotion: 'calm',
  },
  {
    name: 'does not count "没有问题" against the product when the courier crushed the box',
    text: '产品本身没有问题，是快递员把箱子压坏了。',
    category: 'logistics', emotion: 'calm',
  },
  {
    name: 'reads "not happy" as disappointed',
    text: "I'm not happy with how my complaint was handled.",
    emotion: 'disappointed',
  },
  {
    name: 'does not count staff who were "not rude at all"',
    text: 'The staff were not rude at all, but the room was dirty.',
    category: 'product_quality',
  },
  {
    name: 'reads "并不生气，只是有点失望" as disappointed, not angry',
    text: '我并不生气，只是有点失望。',
    emotion: 'disappointed',
  },
  {
    name: 'does not read "don\'t worry" as anxious',
    text: "Don't worry about the refund, I just want the right size.",
    emotion: 'calm',
  },
  // Intensifiers
  {
    name: 'reads repeated intensifiers and ！！！ as strong anger',
    text: '我非常非常生气！！！你们简直是欺人太甚！',
    emotion: 'angry', severity: 'moderate',
  },
  {
    name: 'reads ALL CAPS and !!! as strong anger',
    text: 'I am EXTREMELY ANGRY. This is ABSOLUTELY UNACCEPTABLE!!!',
    emotion: 'angry', severity: 'moderate',
  },
  // Risks in both languages
  {
    name: 'flags an electric heater that gave a child a shock',
    text: '孩子用了你们的电暖器后漏电，手被电到了。',
    risks: ['safety'], severity: 'severe',
  },
  {
    name: 'flags a charger that caught fire',
    text: 'The charger caught fire while my son was asleep.',
    risks: ['safety'], severity: 'severe',
  },
  {
    name: 'flags someone posing as customer service who took 2000元',
    text: '有人冒充你们客服打电话给我，骗走了我2000元。',
    risks: ['fraud'], severity: 'severe',
  },
  {
    name: 'flags a shop that took money and never shipped as a scam',
    text: 'I think this website is a scam, they took my money and never shipped anything.',
    risks: ['fraud'],
  },
  {
    name: 'flags harassing calls right after ordering as a data leak',
    text: '我刚下单就接到骚扰电话，对方知道我的姓名和地址，肯定是你们泄露了我的个人信息。',
    risks: ['data_leak'], severity: 'severe',
  },
  {
    name: 'flags a threat to sue in court',
    text: '如果三天内不解决，我就去法院起诉你们。',
    risks: ['legal'], severity: 'moderate', urgent: true,
  },
  {
    name: 'flags an attorney and the CFPB, CFPB not being shouting',
    text: 'If this is not resolved by Friday I will contact my attorney and file a report with the CFPB.',
    emotion: 'calm', risks: ['legal'], severity: 'moderate', urgent: true,
  },
  {
    name: 'flags a threat to expose the company on Weibo and Xiaohongshu',
    text: '不给我一个说法，我就把这件事发到微博和小红书上曝光。',
    risks: ['media'], severity: 'moderate', urgent: true,
  },
  {
    name: 'flags a threat to post online and leave a one-star review',
    text: 'I will post this online and leave a one-star review on Tripadvisor.',
    risks: ['media'], urgent: true,
  },
  {
    name: 'flags a scam and a consumer association complaint written in traditional Chinese',
    text: '客服態度很差，騙子公司，我要向消費者協會投訴',
    language: 'zh', category: 'service_attitude', risks: ['fraud', 'legal'],
  },
  // Mixed language
  {
    name: 'reads Chinese with English product names as Chinese',
    text: '我在Amazon买的Kindle屏幕坏了',
    language: 'zh', category: 'product_quality',
  },
  {
    name: 'reads English with a Chinese name as English',
    text: 'The manager 王经理 was rude to me and refused to help',
    language: 'en', category: 'service_attitude',
  },
];

describe('triage examples', () => {
  it.each(examples)('$name', (example) => {
    const result = triage({ text: example.text, locale: example.locale });
    const expected = {
      ...(example.language && { language: example.language }),
      ...(example.category && { category: example.category }),
      ...(example.emotion && { emotion: example.emotion }),
      ...(example.risks && { risks: example.risks }),
      ...(example.severity && { severity: example.severity }),
      ...(example.urgent !== undefined && { urgent: example.urgent }),
    };
    const actual = {
      language: result.language,
      category: result.category.label,
      emotion: result.emotion.label,
      risks: result.risks,
      severity: result.severity,
      urgent: result.urgent,
    };
    expect(actual).toMatchObject(expected);
  });
});
