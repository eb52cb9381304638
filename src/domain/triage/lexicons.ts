/**
 * The cue lexicons triage reads a complaint with (PRODUCT R3): words that point to a
 * category, an emotion, a risk, an intensity or a loss of the customer's time.
 *
 * Write terms as they look after normalize.ts: simplified Chinese, lower-case English.
 * Weights: 1 is an ordinary cue, 2 a decisive one, below 1 a hint that needs company.
 * A term ending in `*` matches every English word it starts ("disappoint*"). A term with
 * weight 0 blocks the cues of its group that start at the same place ("工商银行" is a bank,
 * not the 工商 regulator). Add an example to classify.test.ts before changing a weight.
 */
import type { Category, Emotion, Risk } from '../vocabulary.js';

/** Term → weight. */
export type CueWeights = Readonly<Record<string, number>>;

export interface CategoryLexicon {
  /** What the complaint is about. Counts even when negated: "没有发货" is still logistics. */
  topics: CueWeights;
  /** What went wrong. Does not count when negated: "not broken", "态度不差". */
  faults: CueWeights;
}

export type CueCategory = Exclude<Category, 'other'>;
export type CueEmotion = Exclude<Emotion, 'calm'>;

// prettier-ignore
export const categoryCues: Readonly<Record<CueCategory, CategoryLexicon>> = {
  product_quality: {
    topics: {
      质量: 1.5, 品质: 1.5, 做工: 1, 产品: 0.5, 商品: 0.5, 菜品: 1, 口味: 1, 味道: 1, 食材: 1,
      房间: 0.5, 设施: 1, 设备: 0.5, 空调: 1, 热水: 1, 网速: 1.5, 信号: 1.5, 宽带: 1, 网络: 0.5,
      屏幕: 1, 电池: 1, 性能: 1, 功能: 0.5, 饭菜: 1, 食物: 0.7, 冷气: 1,
      quality: 1.5, product: 0.5, food: 0.7, dish: 0.7, meal: 0.7, room: 0.5, 'air conditioning': 1,
      'air conditioner': 1, 'hot water': 1, signal: 1.5, internet: 1, wifi: 1, 'wi-fi': 1, battery: 1,
      screen: 1, device: 0.5,
    },
    faults: {
      坏: 1, 坏了: 1.5, 坏的: 1.5, 坏掉: 1.5, 弄坏: 1, 损坏: 1, 故障: 1.5, 质量差: 2, 质量问题: 2,
      变质: 2, 发霉: 2, 霉变: 2, 过期: 1.5, 不新鲜: 2, 异味: 1.5, 发臭: 1.5, 臭了: 1.5, 难吃: 2,
      太咸: 1.5, 没熟: 1.5, 夹生: 1.5, 凉了: 1, 不能用: 1.5, 不能使用: 1.5, 无法使用: 1.5, 用不了: 1.5,
      打不开: 1.5, 开不了机: 2, 死机: 2, 闪退: 2, 卡顿: 1.5, 卡死: 1.5, 黑屏: 2, 花屏: 2, 失灵: 1.5,
      漏水: 1.5, 开裂: 1.5, 裂了: 1.5, 碎了: 1, 掉色: 1.5, 褪色: 1.5, 起球: 1.5, 瑕疵: 1.5, 次品: 2,
      残次品: 2, 劣质: 2, 不好用: 1.5, 噪音: 1.5, 噪声: 1.5, 异响: 1.5, 不制冷: 2, 不制热: 2,
      脏: 1, 不干净: 1.5, 脏乱差: 2, 污渍: 1.5, 霉味: 1.5, 断网: 1.5, 掉线: 1.5, 没信号: 1.5,
      信号差: 2, 网速慢: 2, 缩水: 1.5, 山寨: 1.5, 假货: 1.5, 拉肚子: 1.5, 腹泻: 1.5, 食物中毒: 2,
      异物: 1.5, 虫子: 1.5, 蟑螂: 1.5, 苍蝇: 1.5, 吃出: 1, 有头发: 1, 漏电: 2, 起火: 2, 冒烟: 1.5,
      爆炸: 2, 自燃: 2, 过热: 1.5, 发烫: 1.5,
      broken: 1.5, broke: 1, 'defect*': 2, faulty: 2, 'malfunction*': 2, 'not working': 1.5,
      "doesn't work": 1.5, 'does not work': 1.5, "didn't work": 1.5, 'stopped working': 2,
      "won't turn on": 2, 'will not turn on': 2, 'crash*': 1.5, 'freez*': 1, 'poor quality': 2,
      'low quality': 2, 'cheaply made': 2, flimsy: 1.5, stale: 2, spoiled: 2, spoilt: 2, rotten: 2,
      expired: 1.5, 'mould*': 1.5, 'mold*': 1.5, 'smell*': 1, 'stink*': 1.5, dirty: 1.5, filthy: 2,
      'stain*': 1.5, undercooked: 2, overcooked: 1.5, raw: 1, 'cold food': 1.5, 'was cold': 1,
      tasteless: 1.5, bland: 1, inedible: 2, noisy: 1.5, noise: 1, leaking: 1.5, cracked: 1.5,
      'scratch*': 1.5, 'dead on arrival': 2, 'dropped calls': 2, 'no signal': 1.5,
      'slow internet': 2, outage: 1.5, 'disconnect*': 1, bug: 1, 'glitch*': 1.5, 'food poisoning': 2,
      'hair in': 1, 'glass in': 1.5, 'insect*': 1, 'cockroach*': 1.5, 'caught fire': 2, 'explod*': 2,
      'overheat*': 1.5, sparks: 1.5,
    },
  },
  service_attitude: {
    topics: {
      态度: 1.5, 服务态度: 2, 服务员: 0.7, 店员: 0.7, 前台: 0.7, 客服: 0.5, 工作人员: 0.5, 员工: 0.5,
      经理: 0.3, 空姐: 0.7, 乘务员: 0.7, 柜员: 0.7, 保安: 0.7, 导游: 0.7, 素质: 1, 服务意识: 1.5,
      attitude: 1.5, staff: 0.5, employee: 0.5, waiter: 0.7, waitress: 0.7, receptionist: 0.7,
      'front desk': 0.7, cashier: 0.7, teller: 0.7, agent: 0.3, representative: 0.3,
      'flight attendant': 0.7, manager: 0.3, 'customer service': 0.5,
    },
    faults: {
      态度差: 2, 态度很差: 2, 态度恶劣: 2.5, 态度冷淡: 2, 恶劣: 1, 不耐烦: 2, 冷漠: 2, 冷淡: 1.5,
      爱理不理: 2, 爱答不理: 2, 不理人: 2, 不理我: 1.5, 骂人: 2, 骂我: 2, 辱骂: 2.5, 吼我: 2, 凶我: 2,
      翻白眼: 2, 白眼: 1.5, 敷衍: 1.5, 推诿: 1.5, 踢皮球: 1.5, 推卸责任: 1.5, 不尊重: 2, 不礼貌: 2,
      没礼貌: 2, 没有礼貌: 2, 粗鲁: 2, 嘲笑: 2, 讽刺: 1.5, 阴阳怪气: 2, 甩脸色: 2, 脸色: 1,
      挂电话: 1.5, 挂我电话: 2, 不专业: 1.5, 傲慢: 2, 歧视: 2, 服务差: 1.5, 不友好: 1.5, 不友善: 1.5,
      强行推销: 1.5, 威胁我: 1.5, 呵斥: 2, 训斥: 2, 斥责: 2,
      rude: 2, rudely: 2, impolite: 2, 'disrespect*': 2, unprofessional: 1.5, arrogant: 2,
      condescending: 2, 'patroniz*': 1.5, yelled: 2, 'shouted at': 2, 'screamed at': 2,
      'ignored me': 2, 'ignored us': 2, dismissive: 1.5, sarcastic: 1.5, 'insult*': 2,
      'laughed at': 2, 'hung up': 1.5, unhelpful: 1.5, unfriendly: 1.5, hostile: 1.5,
      'discriminat*': 2, 'bad attitude': 2, 'rolled her eyes': 2, 'rolled his eyes': 2,
      'rolled their eyes': 2, pushy: 1.5, 'blamed me': 1.5, 'argued with': 1.5,
    },
  },
  timeliness: {
    topics: {
      回复: 1, 答复: 1, 处理: 0.5, 进度: 1, 效率: 1.5, 响应: 1, 时效: 1.5, 排队: 1.5, 等待: 1, 等位: 1,
      上菜: 1, 延误: 1.5, 航班延误: 2, 晚点: 1.5, 误点: 1.5,
      response: 1, 'respond*': 1, reply: 1, replied: 1, 'wait*': 1, queue: 1.5, 'on hold': 2,
      'hold time': 2, 'follow up': 0.5, 'follow-up': 0.5, 'delay*': 1.5, turnaround: 1, callback: 1,
      'call back': 1, 'called back': 1, hours: 0.5, minutes: 0.5,
    },
    faults: {
      太慢: 1.5, 很慢: 1, 慢死了: 2, 拖延: 2, 拖了: 1.5, 一拖再拖: 2, 迟迟: 1.5, 至今: 1, 到现在: 0.7,
      还没处理: 2, 没人处理: 2, 无人处理: 2, 没有处理: 1.5, 没人回复: 2, 没有回复: 2, 不回复: 2,
      没回复: 2, 没人回: 1.5, 没人管: 1.5, 没人理: 1.5, 没人接: 1.5, 无人接听: 2, 打不通: 1.5, 等了: 1,
      等了很久: 2, 等了半天: 2, 几个小时: 1, 一个小时: 1, 好几天: 1, 一直等: 1.5, 催了: 1.5,
      催促: 1.5, 多次催: 2, 超时: 1.5, 推迟: 1.5, 延迟: 1.5, 上菜慢: 2, 上菜太慢: 2,
      slow: 1, 'too slow': 1.5, late: 1, 'still no': 1, 'still not': 1, 'still waiting': 2,
      'no response': 2, 'no reply': 2, 'no answer': 1.5, 'never responded': 2, 'never replied': 2,
      'never heard back': 2, "haven't heard": 2, 'have not heard': 2, 'no one got back': 2,
      'nobody got back': 2, 'no one replies': 2, 'nobody replies': 2, 'no one called': 2,
      'nobody called': 2, 'weeks later': 1.5, 'days later': 1, overdue: 1.5, chased: 1.5,
      chasing: 1.5, 'took forever': 2, forever: 1,
    },
  },
  information_accuracy: {
    topics: {
      账单: 1.5, 发票: 1, 描述: 1, 宣传: 1, 广告: 1, 标价: 1.5, 价格: 0.7, 收费: 0.7, 扣费: 1, 扣款: 1,
      信息: 0.5, 说明: 0.5, 详情页: 1.5, 图片: 0.7,
      bill: 1.5, billing: 1.5, invoice: 1, statement: 1, description: 1.5, listing: 1,
      'advertis*': 1, price: 0.7, information: 0.5, 'website said': 1.5, 'photo*': 0.7,
      'picture*': 0.7, menu: 0.5,
    },
    faults: {
      描述不符: 2.5, 与描述不符: 2.5, 不符: 1.5, 不一致: 1.5, 货不对板: 2.5, 与图片不符: 2.5,
      和图片不一样: 2, 图文不符: 2.5, 虚假宣传: 2, 夸大宣传: 2, 误导: 2, 账单错误: 2.5, 账单有误: 2.5,
      多收: 2, 多扣: 2, 多收费: 2, 乱收费: 1.5, 重复扣款: 2, 扣了两次: 2, 收费错误: 2, 价格不对: 2,
      价格不符: 2, 标错价: 2, 信息错误: 2, 信息有误: 2, 错误信息: 2, 说法不一: 2, 说的不一样: 1.5,
      告知错误: 2, 没有告知: 1.5, 未告知: 1.5, 隐藏费用: 2, 隐形消费: 2, 缺斤少两: 2, 短斤少两: 2,
      算错: 2, 写错: 1.5, 搞错: 1, 弄错: 1, 错了: 0.7,
      'not as described': 2.5, 'not as advertised': 2.5, misleading: 2, misled: 2,
      'false advertising': 2, 'wrong bill': 2.5, 'billing error': 2.5, 'overcharg*': 2,
      'charged twice': 2, 'charged me twice': 2, 'double charged': 2, 'double-charged': 2,
      incorrect: 1.5, inaccurate: 2, 'wrong information': 2, 'wrong price': 2, 'wrong amount': 2,
      'different price': 1.5, 'hidden fee*': 2, 'hidden charge*': 2, 'does not match': 1.5,
      "doesn't match": 1.5, mismatch: 1.5, 'was told': 1, 'error on': 1.5,
    },
  },
  policy: {
    topics: {
      退货: 1, 退款: 0.7, 换货: 1, 退换货: 1.5, 七天无理由: 2, 无理由退货: 2, 政策: 1.5, 规定: 1,
      条款: 1.5, 保修: 1.5, 质保: 1.5, 保修期: 1.5, 售后: 0.7, 三包: 1.5, 押金: 1.5, 违约金: 2,
      手续费: 1.5, 退票: 1.5, 改签: 1.5, 退订: 1, 取消订单: 1, 积分: 1, 会员: 0.5, 优惠券: 0.7,
      规则: 1, 合同: 1, 协议: 1, 赔偿标准: 1.5, 理赔: 1.5, 年费: 1.5, 违约: 1.5, 销户: 1.5, 解约: 1.5,
      套餐: 0.7,
      'refund*': 0.7, 'return*': 0.5, 'return policy': 2, exchange: 0.7, warranty: 1.5,
      guarantee: 1, policy: 1.5, terms: 1, 'terms and conditions': 2, cancellation: 1,
      'cancel*': 0.7, deposit: 1.5, penalty: 1.5, fee: 0.5, restocking: 1.5, loyalty: 1,
      points: 0.5, voucher: 0.7, coupon: 0.7, 'rebook*': 1, 'change fee': 2, 'annual fee': 1.5,
      contract: 1, claim: 0.7, membership: 0.7, subscription: 0.7, 'early termination': 2,
    },
    faults: {
      不给退: 2, 不让退: 2, 不能退: 1.5, 不退: 1.5, 不退款: 2, 拒绝退款: 2.5, 拒绝退货: 2.5,
      拒绝换货: 2.5, 不予退还: 2, 不退押金: 2.5, 拒绝赔偿: 2, 不给赔: 2, 霸王条款: 2.5, 不合理: 1,
      不给换: 2, 拒绝保修: 2.5, 不保修: 2, 扣押金: 2, 扣了押金: 2, 不按规定: 2,
      'no refund': 1.5, 'refused to refund': 2.5, 'refused a refund': 2.5,
      'refused my refund': 2.5, 'refuse to refund': 2.5, 'denied my refund': 2.5,
      'refund denied': 2.5, 'refused to exchange': 2.5, 'refused to honor': 2.5,
      'refused to honour': 2.5, 'would not refund': 2.5, 'will not refund': 2.5,
      "won't refund": 2.5, "wouldn't refund": 2.5, 'non-refundable': 2, nonrefundable: 2,
      unfair: 1, 'against policy': 2, 'not covered': 1.5, 'kept my deposit': 2.5, withheld: 1.5,
    },
  },
  logistics: {
    topics: {
      快递: 1.5, 物流: 1.5, 包裹: 1.5, 配送: 1.5, 送货: 1.5, 发货: 1.5, 派送: 1.5, 派件: 1.5, 签收: 1.5,
      快递员: 1.5, 配送员: 1.5, 骑手: 1.5, 外卖: 0.7, 运单: 1.5, 运输: 1, 运费: 1, 仓库: 1, 顺丰: 1.5,
      中通: 1.5, 圆通: 1.5, 韵达: 1.5, 申通: 1.5, 京东物流: 1.5, 菜鸟: 1.5, 驿站: 1.5, 快递柜: 1.5,
      行李: 1.5, 托运: 1.5, 收货: 1, 到货: 1, 送达: 1.5, 邮寄: 1.5, 寄件: 1.5, 收件: 1, 地址: 0.5,
      'deliver*': 1.5, courier: 1.5, package: 1.5, parcel: 1.5, shipping: 1.5, shipment: 1.5,
      shipped: 1.5, tracking: 1, carrier: 1, ups: 1, fedex: 1.5, dhl: 1.5, usps: 1.5,
      'royal mail': 1.5, driver: 0.5, warehouse: 1, 'in transit': 1.5, 'dispatch*': 1,
      luggage: 1.5, baggage: 1.5, suitcase: 1.5, postage: 1, doorstep: 1,
    },
    faults: {
      没收到: 2, 未收到: 2, 收不到: 2, 还没收到: 2, 还没到: 1.5, 没到: 1.5, 没送到: 2, 未送达: 2, 丢件: 2.5,
      丢了: 1, 丢失: 1.5, 包裹丢失: 2.5, 破损: 1.5, 包装破损: 2, 外包装破损: 2, 压坏: 2, 摔坏: 1.5,
      送错: 2, 寄错: 2, 发错: 2, 少发: 2, 漏发: 2, 错发: 2, 不发货: 2, 未发货: 2, 没发货: 2,
      迟迟不发货: 2.5, 延迟发货: 2, 虚假发货: 2, 被签收: 2, 代签: 2, 放门口: 1.5, 没送上门: 2,
      不送上门: 2,
      'not received': 2, 'never received': 2, 'never arrived': 2.5, "didn't arrive": 2.5,
      'did not arrive': 2.5, "hasn't arrived": 2.5, 'has not arrived': 2.5,
      "haven't received": 2, 'have not received': 2, 'not delivered': 2, 'never delivered': 2.5,
      'lost package': 2.5, 'lost parcel': 2.5, 'lost in transit': 2.5, 'missing package': 2.5,
      'missing parcel': 2.5, 'lost my luggage': 2.5, 'lost luggage': 2.5, 'wrong address': 2,
      'wrong item': 1.5, 'left at the door': 1.5, 'left outside': 1.5, crushed: 1.5,
      'damaged in transit': 2.5, 'arrived damaged': 2.5, damaged: 1, 'stuck in': 1,
      'marked as delivered': 2.5, 'shows delivered': 2.5,
    },
  },
};

// prettier-ignore
/** Cues of each negative emotion. Negated ("not angry", "不担心"), they do not count. */
export const emotionCues: Readonly<Record<CueEmotion, CueWeights>> = {
  angry: {
    生气: 1.5, 气死: 2, 气死了: 2, 气愤: 2, 愤怒: 2, 愤慨: 2, 恼火: 1.5, 火大: 1.5, 发火: 1.5,
    太过分: 2, 过分: 1.5, 岂有此理: 2, 忍无可忍: 2.5, 无法接受: 1.5, 不能接受: 1.5, 不可接受: 1.5,
    坑人: 1.5, 坑爹: 1.5, 太坑: 1.5, 垃圾: 1.5, 恶心: 1.5, 欺人太甚: 2.5, 受够了: 2, 差劲: 1.5,
    混蛋: 2, 滚蛋: 2, 给个说法: 1.5, 要个说法: 1.5, 讨个说法: 1.5, 讨说法: 1.5, 强烈要求: 1.5,
    强烈不满: 2.5, 离谱: 1.5, 黑店: 2, 奸商: 2, 骗人: 1.5, 凭什么: 1.5, 什么态度: 2, 什么破: 1.5,
    破玩意: 2, 无耻: 2, 可恶: 2, 荒唐: 1.5, 荒谬: 1.5, 不像话: 1.5, 欺负人: 2, 投诉到底: 2,
    绝不罢休: 2.5, 气人: 1.5, 暴怒: 2.5, 怒了: 1.5, 火冒三丈: 2.5,
    angry: 1.5, furious: 2.5, outraged: 2.5, outrageous: 2, livid: 2.5, mad: 1, pissed: 2,
    unacceptable: 2, ridiculous: 1.5, 'disgust*': 2, 'disgrace*': 2, worst: 1.5, terrible: 1.2,
    horrible: 1.2, awful: 1.2, appalling: 2, atrocious: 2, 'fed up': 2, 'sick of': 2,
    'sick and tired': 2.5, 'how dare': 2.5, 'shame on': 2, 'incompeten*': 1.5, pathetic: 1.5,
    useless: 1.2, garbage: 1.2, trash: 1, 'a joke': 1.5, 'i demand': 1.5, insane: 1,
    'infuriat*': 2.5, enraged: 2.5, 'rip-off': 1.5, ripoff: 1.5, 'never again': 1, crooks: 2,
    bullshit: 2, wtf: 1.5, annoyed: 1, irritated: 1, 'frustrat*': 1,
  },
  disappointed: {
    失望: 1.5, 不满意: 1.5, 不满: 1.5, 遗憾: 1, 可惜: 0.7, 无奈: 1, 无语: 1.2, 心寒: 1.5, 寒心: 1.5,
    伤心: 1.2, 难过: 1, 郁闷: 1.2, 委屈: 1.2, 本以为: 1, 原以为: 1, 还以为: 0.7, 一般般: 0.7,
    不推荐: 1.5, 再也不会: 1.5, 不会再来: 1.5, 再也不来: 1.5, 不会再买: 1.5, 再也不买: 1.5,
    后悔: 1.2, 差评: 1.5, 不值: 1, 不值得: 1.2, 体验差: 1.5, 体验很差: 1.5, 糟糕: 1.2, 太差: 1.2,
    很差: 1, 差: 0.5, 差不多: 0, 差点: 0, 出差: 0, 不好: 0.8, 不好意思: 0, 有问题: 0.5, 问题: 0.3,
    麻烦: 0.5, 麻烦你: 0, 麻烦您: 0, 唉: 0.7,
    'disappoint*': 1.5, 'let down': 1.5, 'let me down': 1.5, letdown: 1.5, unhappy: 1.5,
    'dissatisf*': 1.5, 'expected better': 1.5, 'expected more': 1.5, sadly: 0.7,
    unfortunately: 0.5, regret: 1, "won't be back": 1.5, 'will not be back': 1.5,
    'will not return': 1.5, "won't return": 1.5, 'not worth': 1.2, 'poor experience': 1.5,
    'underwhelm*': 1.5, upset: 1.2, sad: 1, shame: 0.7, bad: 0.8, poor: 0.7, problem: 0.3,
    issue: 0.3, mediocre: 1,
  },
  anxious: {
    着急: 1.5, 急: 1, 很急: 1.5, 急用: 1.5, 急需: 1.5, 急死: 2, 急死了: 2, 急诊: 0, 焦急: 2, 焦虑: 2,
    担心: 1.5, 担忧: 1.5, 害怕: 1.5, 怕: 0.7, 恐怕: 0, 哪怕: 0, 不放心: 1.5, 不知道怎么办: 2,
    怎么办: 1, 心急: 1.5, 赶时间: 1.2, 明天就要: 1.5, 马上就要: 1.2, 急着: 1.2, 等着用: 1.5,
    到底什么时候: 1.5, 什么时候能: 1, 还要等多久: 1.5, 尽快: 0.7, 求求: 1.5, 救命: 1.5, 求助: 1,
    慌: 1.2, 不安: 1.2, 睡不着: 1.5, 坐立不安: 2, 紧急: 1, 万一: 0.7,
    worried: 1.5, worry: 1.2, worrying: 1.2, anxious: 2, anxiety: 2, nervous: 1.5, 'urgent*': 1.5,
    asap: 1.5, 'as soon as possible': 1, 'need it by': 1.5, 'need this by': 1.5, scared: 1.5,
    afraid: 1.2, concerned: 1, 'desperate*': 2, 'panic*': 2, stressed: 1.5, stressful: 1.5,
    'please help': 1.5, 'help me': 1, 'what should i do': 1.5, 'what do i do': 1.5,
    'running out of time': 2, deadline: 1, emergency: 1, tomorrow: 0.5, tonight: 0.5,
    immediately: 0.7, 'right away': 0.7, 'no idea what to do': 2, 'freaking out': 2,
  },
};

// prettier-ignore
/**
 * Words of satisfaction. Alone they decide nothing; negated they are disappointment:
 * "不是很满意", "不太满意", "not happy", "not good".
 */
export const satisfactionCues: CueWeights = {
  满意: 1.5, 满意度: 0, 开心: 1.2, 高兴: 1.2, 满足: 1, 喜欢: 1, 愉快: 1.2, 舒服: 1, 放心: 1, 好评: 1,
  推荐: 0.7, 不错: 1, 很好: 1, 挺好: 1, 还行: 0.5,
  satisfied: 1.5, happy: 1.5, pleased: 1.5, glad: 1, good: 1, great: 1, impressed: 1.2, fine: 0.5,
  ok: 0.5, okay: 0.5, acceptable: 1, fair: 0.7, helpful: 1, professional: 1, friendly: 1,
  reasonable: 1, 'worth it': 1,
};

// prettier-ignore
/** Words that make an emotion stronger. Punctuation and ALL CAPS are counted in assess-emotion.ts. */
export const intensifierCues: CueWeights = {
  非常: 1, 太: 0.7, 不太: 0, 太太: 0, 太阳: 0, 太平: 0, 太空: 0, 极其: 1.2, 极度: 1.2, 极为: 1.2,
  简直: 1, 完全: 0.7, 根本: 1, 特别: 0.7, 特别是: 0, 十分: 0.8, 超级: 0.8, 真的: 0.5, 实在: 0.7,
  一再: 1, 再三: 1, 多次: 0.7, 屡次: 1, 三番五次: 1.5, 一而再再而三: 1.5, 居然: 0.7, 竟然: 0.7,
  严重: 0.7, 彻底: 0.7, 绝对: 0.7, 无数次: 1.2,
  very: 0.7, 'not very': 0, 'not too': 0, extremely: 1.2, totally: 1, absolutely: 1.2,
  completely: 0.8, utterly: 1.2, really: 0.5, incredibly: 1, seriously: 0.7, 'yet again': 1,
  'once again': 0.8, repeatedly: 1, constantly: 0.7, insanely: 1, ever: 0.5,
};

// prettier-ignore
/** Risk cues favour recall: a person looks at a false alarm, nobody looks at a missed one. */
export const riskCues: Readonly<Record<Risk, CueWeights>> = {
  safety: {
    食物中毒: 2.5, 中毒: 1.5, 拉肚子: 1.5, 腹泻: 1.5, 呕吐: 1.5, 上吐下泻: 2, 吐了: 1, 吐槽: 0, 过敏: 1.5,
    异物: 1.5, 虫子: 1.5, 蟑螂: 1.5, 苍蝇: 1.5, 吃出: 1, 有头发: 1, 根头发: 1, 头发: 0.5, 玻璃渣: 2,
    玻璃碴: 2, 碎玻璃: 1.5, 铁丝: 1, 烫伤: 2, 烧伤: 2, 受伤: 2, 伤到: 1.5, 划伤: 1.5, 割伤: 1.5,
    砸伤: 2, 砸到: 1.5, 夹伤: 2, 摔倒: 1.5, 摔伤: 2, 滑倒: 1.5, 骨折: 2, 流血: 1.5, 出血: 1.5,
    送医: 2, 就医: 2, 住院: 2, 医院: 0.5, 去医院: 1, 到医院: 1, 进医院: 1.5, 送医院: 2, 上医院: 1, 跑医院: 1, 医院检查: 1, 医院看: 1, 医院说: 1, 急诊: 2, 救护车: 2, 打120: 2, 叫了120: 2, 医药费: 1.5,
    起火: 2, 着火: 2, 失火: 2, 火灾: 2, 冒烟: 2, 烟雾: 1, 爆炸: 2, 炸了: 1, 自燃: 2, 漏电: 2, 触电: 2,
    电到: 1.5, 电击: 2, 短路: 1, 燃气泄漏: 2, 煤气泄漏: 2, 窒息: 2, 噎住: 2, 卡住喉咙: 2, 鱼刺: 1,
    晕倒: 2, 昏倒: 2, 安全隐患: 2, 安全问题: 2, 食品安全: 2, 危险: 1, 变质: 0.5, 发霉: 0.5,
    烧焦: 1.5, 焦味: 1.5, 糊味: 0.5, 焦糊: 1.5, 焦了: 0.5, 冒火花: 2, 火花: 1.5, 冒火星: 2, 火星: 0.5, 火苗: 1.5, 黑烟: 2,
    白烟: 2, 熔化: 1.5, 鼓包: 1.5, 鼓起来: 1, 鼓胀: 1, 烧坏: 1, 烫得: 0.5, 烫红: 1.5, 烫到: 1.5, 起水泡: 2, 起了水泡: 2,
    烫出水泡: 2, 插座: 0.5, 插头: 0.5, 电线: 0.5, 裸露: 1, 露在外面: 0.5, 露出来: 0.5, 配电箱: 0.5, 变电箱: 0.5, 铜丝: 1,
    麻了一下: 1.5, 被麻: 1, 漏气: 1, 燃气: 0.3, 煤气: 0.3, 臭鸡蛋味: 1.5, 一氧化碳: 2, 嘶嘶: 0.5, 有毒: 1.5, 没有毒: 0, 刺鼻: 1,
    甲醛: 1.5, 农残: 1.5, 想吐: 0.5, 头晕: 0.5, 头晕眼花: 1.5, 头晕想吐: 1.5, 头疼想吐: 1.5, 炭盆: 1, 头疼: 0.3, 头痛: 0.3,
    眼前一黑: 1.5, 晕低: 1.5, 霉斑: 2, 霉点: 1.5, 长毛: 0.5, 长霉: 1.5, 霉味: 0.3, 过期: 0.4, 保质期: 0.3, 有效期: 0.3,
    坏掉: 0.5, 发酸: 1, 酸味: 0.5, 馊了: 1, 怪味: 0.5, 塑料味: 0.5, 肚子疼: 1.5, 肚子痛: 1.5, 胃疼: 0.5, 胃痛: 0.5,
    绞痛: 1.5, 吃坏肚子: 2, 吃坏: 1.5, 趟厕所: 1, 发烧: 0.5, 发冷: 0.5, 干呕: 1.5, 咳嗽: 0.7, 反胃: 0.5, 血丝: 1, 订书钉: 2,
    钉书钉: 2, 螺丝: 0.3, 指甲: 0.5, 咬到: 1, 扎到: 1.5, 扎伤: 2, 硌到: 1, 塑料片: 1.5, 小虫: 1.5, 活虫: 2, 蛆: 2,
    吞下: 1.5, 吞进: 1.5, 误吞: 2, 误食: 2, 卡在喉咙: 2, 卡喉咙: 2, 喉咙: 0.5, 喉咙发紧: 2, 呛水: 2, 呛了: 1, 塞嘴里: 1.5,
    塞进嘴: 1.5, 溺水: 2, 扑腾: 1, 摔了: 1, 摔下: 1.5, 跌倒: 1.5, 绊倒: 1.5, 踩空: 1.5, 滑出去: 1, 滚下: 0.5, 滚了下去: 1.5,
    滚下楼梯: 2, 栽倒: 1.5, 栽进: 1.5, 倒下: 1, 缝针: 2, 擦伤: 2, 划了一道: 0.5, 划了一道口子: 1.5, 划破: 1, 伤口: 1.5,
    渗血: 1.5, 磕破: 1.5, 磕在: 1, 扭伤: 2, 扭了: 1, 拉伤: 2, 撞倒: 2, 撞到: 1, 差点撞: 1.5, 撞上: 0.5, 追尾: 1.5,
    红肿: 1.5, 肿起: 1, 肿得: 1, 瘀青: 1.5, 淤青: 1.5, 紫印: 1, 鼻血: 1.5, 全是血: 1.5, 咬伤: 2, 被咬: 1.5, 狂犬: 2,
    夹到: 1.5, 压到: 1, 砸在: 1.5, 砸下来: 1.5, 掉下来: 0.5, 倒下来: 1, 塌下来: 1.5, 坍塌: 2, 倒塌: 2, 红疹: 2, 皮疹: 2,
    疹子: 2, 皮炎: 1.5, 瘙痒: 1, 抓破: 1, 超载: 1.5, 红了一大片: 1.5, 感染: 1.5, 发炎: 1.5, 化脓: 2, 结痂: 1.5, 医生: 0.4,
    诊断: 0.5, 拿错药: 2, 拿错了药: 2, 发错药: 2, 断药: 1.5, 胰岛素: 1, 冷藏: 0.5, 哮喘: 1, 制氧机: 1.5, 呼吸机: 1.5, 发紫: 1.5,
    刹车失灵: 2, 刹车: 0.5, 刹不住: 2, 熄火: 0.5, 爆胎: 2, 胎压: 0.5, 打瞌睡: 1.5, 疲劳驾驶: 2, 酒驾: 2, 醉驾: 2, 超速: 1.5,
    飙车: 1.5, 狂飙: 1, 闯红灯: 1.5, 超车: 0.5, 压线: 0.5, 差点出事: 2, 出事: 1, 后怕: 1.5, 后果不堪设想: 2, 后果不敢想: 1.5,
    走失: 1.5, 走丢: 1, 消防通道: 2, 安全出口: 1.5, 走火通道: 2, 逃生通道: 2, 灭火器: 1.5, 火警: 2, 栏杆: 0.4, 护栏: 0.4,
    松动: 0.5, 井盖: 1, 掉落: 1, 坠落: 2, 高空抛物: 2, 吊顶: 0.5, 困在: 1, 被困: 0.4, 困人: 2, 关在里面: 1, 救生衣: 1.5,
    救生员: 1.5, 头盔: 0.5, 甩出去: 1.5, 甩下来: 1.5, 跟踪: 1.5, 尾随: 2, 性骚扰: 2, 猥亵: 2, 一个人住: 0.5, 独居: 0.5,
    不敢出门: 1.5, 不敢出: 1, 砸门: 1.5, 闯进: 1.5, 不让下车: 1.5, 不安全: 0.4, 人身安全: 2, 住客安全: 1.5, 心里发毛: 1, 吓得: 0.5,
    二手烟: 1.5, 抽烟: 0.5, 吸烟: 0.5, 水质: 0.5, 中暑: 2, 冻伤: 2, 失温: 2,
    'food poisoning': 2.5, 'poison*': 1.5, 'diarrh*': 1.5, 'vomit*': 1.5, 'threw up': 1.5,
    'throwing up': 1.5, 'got sick': 1.5, 'made me sick': 1.5, 'made us sick': 1.5,
    'sick after': 1.5, allergic: 1.5, allergy: 1.5, allergies: 1.5, 'anaphyla*': 2, epipen: 2,
    'injur*': 2, hurt: 1, burn: 1.5, burns: 1.5, burned: 1.5, 'scald*': 2, fire: 1.5,
    'caught fire': 2, 'on fire': 2, smoke: 1.5, sparks: 1.5, 'explod*': 2, explosion: 2,
    'electric shock': 2, 'electrocut*': 2, 'got a shock': 1.5, 'hospital*': 0.7, 'to hospital': 1.5, 'to the hospital': 1.5, 'in hospital': 1.5, 'in the hospital': 1, 'hospitali*': 2, 'the er': 1,
    'emergency room': 2, 'a&e': 2, ambulance: 2, choking: 2, choked: 2, 'glass in': 2,
    'piece of glass': 2, 'shard*': 1.5, 'metal in': 1.5, 'foreign object': 2, 'hair in': 1,
    'insect*': 1.5, 'cockroach*': 2, 'roach*': 1.5, 'bugs in': 1.5, 'bug in my': 1.5,
    'bed bug*': 2, 'bedbug*': 2, 'maggot*': 2, 'mouse droppings': 2, slipped: 1.5, tripped: 1.5,
    'broke my arm': 2, 'broke my leg': 2, 'fractur*': 2, bleeding: 2, 'cut my': 1.5, unsafe: 1.5,
    dangerous: 1.5, 'hazard*': 1.5, 'gas leak': 2, 'carbon monoxide': 2, fainted: 2,
    'passed out': 2,
    melted: 1, melting: 0.5, sparking: 2, sparked: 2, 'sparks flew': 2, flashes: 0.5,
    'flame*': 1.5, 'burning smell': 2, 'smell of burning': 2, 'smelled burning': 2,
    'burning plastic': 2, 'smell of gas': 2, 'smell gas': 2, 'smelled gas': 2, 'smells of gas': 2,
    'gas smell': 2, 'gas line': 1, gas: 0.7, 'gas station': 0, 'gas prices': 0, 'smell*': 0.3,
    fumes: 1.5, 'co alarm': 2, 'smoke detector': 0, swollen: 1, swelled: 1, swelling: 1,
    bulging: 1, bloated: 0.5, rash: 2, hives: 2, welts: 2, 'blister*': 1.5, mold: 0.5, mould: 0.5,
    moldy: 1, mouldy: 1, expired: 0.5, 'past the date': 1, 'out of date': 0.5, 'use-by': 0.5,
    'use by': 0.5, 'best before': 0.5, 'relabel*': 0.5, swallowed: 0.5, swallow: 0.5,
    'almost swallowed': 1.5, 'nearly swallowed': 1.5, 'swallowed a piece': 1.5,
    'stuck in my throat': 2, throat: 0.5, 'brakes failed': 2, 'brake failure': 2, 'brake*': 0.5,
    'tyre blew': 2, 'tire blew': 2, 'blew out': 1, blowout: 1.5, 'swerv*': 1, 'tailgat*': 1.5,
    'fell asleep': 1, 'asleep at the wheel': 2, drunk: 0.5, texting: 0.5, speeding: 1.5,
    collision: 1.5, 'nearly hit': 1.5, 'almost hit': 1.5, 'near miss': 1.5, 'stomach cramps': 2,
    cramps: 1, 'upset stomach*': 2, 'stomach ache': 1.5, stomachache: 1.5, 'stomach pain': 1.5,
    'runny tumm*': 2, stomach: 0.5, nauseous: 1.5, nausea: 1.5, fever: 1, 'fell ill': 1.5,
    'made me ill': 2, 'was sick': 1, 'was sick of': 0, 'were sick': 1, 'sick too': 1, dizzy: 1,
    'headache*': 0.5, collapsed: 1.5, seizure: 2, concussion: 2, stitches: 2, gash: 2,
    'sliced my': 1.5, 'bruise*': 1.5, 'broken nose': 2, 'broken arm': 2, 'broken leg': 2,
    'broken wrist': 2, 'sprain*': 2, 'chipped tooth': 2, 'chipped a tooth': 2, grazed: 1.5,
    'road rash': 2, throbbing: 1, infection: 1.5, infected: 1.5, bitten: 1.5, 'landed on my': 1.5,
    fell: 0.5, 'fell off': 0.5, 'fell on': 1, 'fell on deaf ears': 0, 'fell down': 1, 'fell over': 1, 'thrown off': 1.5,
    'was thrown': 0.5, handlebars: 1, 'knocked down': 1.5, 'hit by': 0.5, pedestrian: 0.5, jolt: 1,
    'exposed wire*': 2, 'exposed copper': 2, wires: 0.5, wiring: 0.5, 'live wire*': 2, socket: 0.5,
    trapped: 1, 'stuck in the lift': 2, 'stuck in the elevator': 2, 'locked in': 0.5, 'drown*': 2,
    'life jacket*': 1.5, 'lifejacket*': 1.5, lifeguard: 1.5, helmet: 1, handrail: 0.5, railing: 1,
    'wobbl*': 0.5, 'fire exit': 2, 'fire door': 1.5, 'emergency exit': 1.5,
    'emergency exit row': 0, 'first aid': 1.5, 'medical kit': 1, sharps: 1.5, needle: 1,
    staple: 1.5, 'piece of plastic': 1.5, 'plastic in': 1.5, 'wire in': 1.5, 'piece of wire': 1.5,
    'piece of metal': 2, 'dead fly': 2, 'a fly in': 1.5, worms: 1.5, 'weevil*': 2, rats: 1.5,
    'raw chicken': 1.5, undercooked: 0.5, 'pink in the middle': 1.5, slimy: 0.5, sour: 0.5,
    'smelled off': 1, 'smells off': 1, 'gone off': 1, 'contaminat*': 2, salmonella: 2,
    'e. coli': 2, listeria: 2, coeliac: 1.5, celiac: 1.5, gluten: 0.5, 'peanut*': 0.5, insulin: 1,
    medication: 0.5, medicine: 0.5, pills: 0.5, 'wrong dose': 2, overdose: 2, 'wrong medic*': 2,
    'wrong pills': 2, refrigerated: 0.5, bleach: 0.5, 'chemical*': 1, toxic: 0.5, coughing: 1,
    "couldn't breathe": 2, 'could not breathe': 2, breathless: 1.5, unconscious: 2,
    'paramedic*': 2, 'urgent care': 2, 'stalk*': 2, 'follows me': 1.5, 'followed me': 1,
    'harass*': 0.5, 'threatened me': 0.5, 'assault*': 2, grabbed: 1, attacked: 2, punched: 2,
    'locked the doors': 1.5, 'live alone': 0.5, 'home alone': 1, 'terrif*': 0.5, shaking: 0.5,
    unattended: 1, wandered: 1, 'went missing': 1.5, safety: 1, safe: 0.3, risk: 0.5, alcohol: 0.5,
    seatbelt: 0.5, 'car seat': 0.5, crib: 0.5, toddler: 0.5, newborn: 0.5, elderly: 0.5,
    sewage: 0.5, frostbite: 2, 'hypotherm*': 2, heatstroke: 2, 'heat stroke': 2, loose: 0.5,
    'came off': 0.4, snapped: 0.4, 'tipped over': 1, tipping: 0.5,
    // Session 6: danger told in ordinary words, and blockers for the same words used otherwise
    // ("一针见血", "跳楼价", "cut my hair", "burned toast"). Written by the team.
    // ── Injuries and how people describe them ─────────────────────────────────────────────
    缝了几针: 2, 缝了针: 2, 破伤风: 2, 包扎: 1, 打石膏: 2, 扎破: 1, 胎扎破: 0, 胎被扎破: 0, 扎破手: 2,
    戳伤: 2, 刺伤: 2, 划了个口子: 1.5, 血口子: 2, 割到手: 2, 割破: 1.5, 红疙瘩: 2, 起红点: 1.5, 荨麻疹: 2,
    起疹: 2, 掐: 1, 掐住: 2, 掐脖子: 2, 掐点: 0, 掐断: 0, 掐表: 0, 掐时间: 0, 掐着时间: 0, 掐着点: 0,
    掐准: 0, 掐指: 0, 掐灭: 0, 掐电话: 0, 掐了电话: 0, 掐了我电话: 0, 掐了我的电话: 0, 话直接掐: 0,
    话直接给掐: 0, 电话掐: 0, 电话给掐: 0, 电话被掐: 0, 磕到头: 2, 磕了个包: 2, 撞伤: 2, 弄伤: 2, 受了伤: 2,
    重伤: 2, 严重伤害: 0.5, 伤着: 1.5, 留疤: 1.5, 脑震荡: 2, 起了个包: 1.5, 鼻青脸肿: 2, 流了血: 2,
    流了很多血: 2, 血流不止: 2, 擦破: 1, 蹭破: 1, 破皮: 0.7, 见血: 1.5, 针见血: 0, 大出血: 0.5, 抓伤: 2,
    夹手: 1.5, 夹手机: 0, 剧痛: 1.5, 崴脚: 2, 崴了: 2, 闪到腰: 2, 脱臼: 2, 牙崩: 2, 牙断了: 2,
    // Cantonese: verb + 亲 is "got hurt by" (跌亲, fell and got hurt).
    跌亲: 2, 整亲: 2,

    // ── Choking and swallowing ─────────────────────────────────────────────────────────────
    噎到: 2, 噎着: 2, 卡嗓子: 2, 卡到喉咙: 2, 骨头卡: 2, 呛到: 1, 呛住: 1.5, 喘不过气: 0.7, 压得喘不过气: 0,
    呼吸困难: 2, 无法呼吸: 2, 咽下去: 1.5, 气咽下去: 0, 吃进肚子: 2, 放进嘴里: 1.5, 纽扣电池: 1, 误服: 2,

    // ── Allergic reactions ─────────────────────────────────────────────────────────────────
    浑身痒: 1.5, 全身痒: 1.5, 嘴唇肿: 2, 喉咙肿: 2, 肿了: 1, 休克: 2, 灼烧感: 1.5, 烂脸: 2, 毁容: 2,

    // ── Insects, vermin and foreign bodies in food ─────────────────────────────────────────
    有虫: 1.5, 有虫草: 0, 一条虫: 2, 一只虫: 2, 死虫: 2, 生虫: 2, 菜虫: 2, 小飞虫: 2, 寄生虫: 2, 臭虫: 2,
    老鼠: 1, 老鼠夹: 0, 老鼠贴: 0, 米老鼠: 0, 老鼠屎: 2, 曱甴: 2, 玻璃碎片: 2, 瓷片: 2, 钢丝球: 0.7, 铁屑: 2,
    金属丝: 2, 针头: 1.5, 断针: 2, 订书针: 2, 塑料碎片: 2, 烟头: 0.7, 硬物: 0.7, 喝出: 0.7,

    // ── Spoiled or expired food and medicine that was eaten or taken ───────────────────────
    吃了过期: 2, 过期药: 2, 过期的药: 2, 过期奶粉: 2, 吃了变质: 2, 吃了发霉: 2, 馊味: 1, 已经吃了: 0.6,
    吃了之后: 0.6, 服用后: 0.7, 吃了一半: 0.7, 孩子吃了: 0.6, 肉没熟: 1.5, 鸡肉带血: 2, 四季豆没熟: 2,
    毒蘑菇: 2,

    // ── Medicine errors ────────────────────────────────────────────────────────────────────
    药拿错: 2, 开错药: 2, 打错针: 2, 剂量不对: 2, 用药错误: 2, 副作用: 1, 不良反应: 1.5, 疫苗: 0.7,

    // ── Burns and scalds ───────────────────────────────────────────────────────────────────
    被烫: 1.5, 被烫发: 0, 烫起泡: 2, 开水烫: 1.5, 热油: 1, 灼伤: 2, 发烫伤: 2, 烫手: 0.7, 烫手山芋: 0,

    // ── Fire, smoke, burning smells, gas ───────────────────────────────────────────────────
    燃起来: 2, 烧起来: 1.5, 烧了起来: 2, 烧着了: 2, 着了火: 2, 火势: 2, 火光: 1.5, 烧毁: 2, 烧黑: 0.7,
    爆裂: 1, 水管爆裂: 0, 充电宝爆: 2, 电池爆: 2, 一声巨响: 1.5, 砰的一声: 1, 炸伤: 2, 浓烟: 2, 冒出烟: 2,
    满屋子烟: 2, 烟雾缭绕: 0.5, 烧塑料: 2, 电线味: 1.5, 烧电线: 2, 煤气味: 2, 燃气味: 2, 天然气味: 2,
    闻到煤气: 2, 闻到燃气: 2, 漏煤气: 2, 天然气泄漏: 2, 天然气泄露: 2, 燃气泄露: 2, 煤气泄露: 2, 毒气: 2,
    天然气: 0.5, 汽油味: 1,

    // ── Electricity: shocks, exposed wires, appliances that overheat or spark ──────────────
    被电了: 2, 电了一下: 2, 麻手: 1.5, 摸着有电: 2, 外壳带电: 2, 水管带电: 2, 电线外露: 2, 电线破皮: 2,
    电线老化: 1.5, 私拉电线: 2, 飞线充电: 2, 电动车进电梯: 2, 插座烫: 1.5, 发烫: 0.5, 烧保险: 1.5,
    火星子: 1.5, 电池膨胀: 1.5,

    // ── Lifts, escalators and doors; people trapped ────────────────────────────────────────
    被困电梯: 2, 卡在电梯: 2, 电梯卡住: 0.7, 卡在半空: 2, 两层之间: 0.7, 卡在两层: 2, 电梯下坠: 2,
    电梯门夹: 2, 夹人: 2, 失控: 1, 情绪失控: 0, 局面失控: 0, 扶梯夹: 2, 车门夹: 2, 困住: 0.7,

    // ── Falls: beds, stairs, windows, balconies; slippery floors ───────────────────────────
    从床上掉: 2, 掉下床: 2, 楼梯上摔: 2, 脚下一滑: 2, 滑了一跤: 2, 摔一跤: 2, 摔跤: 1.5, 跌伤: 2, 坠楼: 2,
    从楼上掉: 2, 从窗户掉: 2, 从阳台掉: 2, 倒地: 1.5, 头着地: 2, 摔断: 2, 地面湿滑: 1.5, 没有防滑: 1.5,
    限位器: 1.5, 防护网: 1, 没有护栏: 1.5, 栏杆太矮: 2, 栏杆太低: 2, 栏杆松动: 2, 爬上阳台: 2, 爬上窗台: 2,
    翻过栏杆: 2,

    // ── Children and other people at risk; children left alone or lost ─────────────────────
    孩子: 0.3, 宝宝: 0.3, 婴儿: 0.4, 老人: 0.3, 孩子一个人: 0.7, 孩子一个人在: 1.5, 一个人留在: 1.5,
    锁在车里: 2, 闷在车里: 2, 孩子忘在: 2, 孩子丢了: 2, 孩子不见了: 2, 找不到孩子: 2, 被拐: 2, 接错孩子: 2,
    无人看管: 1.5,

    // ── Drowning ───────────────────────────────────────────────────────────────────────────
    淹死: 2, 差点淹: 2, 溺亡: 2, 救上来: 1.5, 落水: 2, 落水管: 0, 落水口: 0, 掉进水: 0.5, 翻船: 1.5,
    沟里翻船: 0,

    // ── Dangerous driving; seat belts; vehicles ────────────────────────────────────────────
    开车玩手机: 2, 开车看手机: 2, 边开车边: 1.5, 开车打电话: 2, 开车睡着: 2, 司机打盹: 2, 喝酒开车: 2,
    酒后驾驶: 2, 满身酒气: 1.5, 开得飞快: 2, 开得太快: 1.5, 开得很猛: 1.5, 车速太快: 1.5, 急刹: 1,
    猛踩刹车: 1.5, 逆行: 1.5, 强行变道: 1.5, 冲红灯: 2, 侧翻: 2, 被车撞: 2, 被撞: 1.5, 被撞见: 0, 撞人: 2,
    车祸: 2, 交通事故: 2, 安全带: 0.5, 安全带坏: 2, 安全带扣不上: 2, 没有安全带: 1.5, 方向盘失灵: 2,
    刹车不灵: 2, 突然熄火: 1.5, 没停稳: 1.5, 被甩出: 2,

    // ── Abuse by carers and teachers ───────────────────────────────────────────────────────
    虐待: 2, 体罚: 2, 打孩子: 2, 打孩子电话: 0, 打了孩子: 2, 打我孩子: 2, 打我家孩子: 2, 挨打: 2, 被打伤: 2,
    殴打: 2, 一巴掌: 1.5, 耳光: 1, 踢了一脚: 2, 推搡: 2, 推倒: 2, 推倒重: 0, 揪头发: 2, 针扎: 1, 罚站: 1,
    不给吃饭: 1.5, 褥疮: 2, 霸凌: 1.5, 打骂: 1.5, 家暴: 2,

    // ── Assaults ───────────────────────────────────────────────────────────────────────────
    打架: 1.5, 斗殴: 2, 一拳: 1.5, 一拳打在棉花: 0, 拳打脚踢: 2, 抢劫: 1, 被抢劫: 2, 是抢劫: 0, 抢劫一样: 0,
    跟抢劫: 0, 和抢劫: 0, 持刀: 2, 砍人: 2, 打人: 2, 想打人: 0, 打人工: 0, 动手动脚: 2, 摸我: 1, 咸猪手: 2,
    非礼: 2, 强奸: 2, 性侵: 2, 下药: 2, 症下药: 0,

    // ── Stalking, threats, being shut in ───────────────────────────────────────────────────
    人身威胁: 2, 要打我: 2, 要打我电话: 0, 要打我的电话: 0, 弄死: 2, 打死: 2, 打死也: 0, 打死我也: 0,
    打死都: 0, 打死不: 0, 杀了你: 2, 不会放过我: 1.5, 你给我等着: 1.5, 找人收拾: 2, 恐吓: 1.5, 被人跟着: 1.5,
    跟到我家: 2, 找到我家: 2, 知道我住哪: 2, 不敢回家: 1.5, 不敢一个人: 1.5, 半夜敲门: 1.5, 闯入: 2,
    不让我走: 1, 限制人身自由: 2, 受到惊吓: 1.5,

    // ── Self-harm; danger to life; things that fall or collapse ────────────────────────────
    自残: 2, 自杀: 2, 自杀式: 0, 跳楼: 2, 跳楼价: 0, 跳楼大甩卖: 0, 不想活: 2, 死亡: 2, 社会性死亡: 0,
    出人命: 2, 危及生命: 2, 生命安全: 2, 猝死: 2, 差点死: 2, 差点死机: 0, 身体不适: 1.5, 人身伤害: 2,
    消防隐患: 2, 高空坠物: 2, 天花板掉: 1, 吊顶掉: 2, 掉下来砸: 2,

    // ── Feeling ill; emergency care ────────────────────────────────────────────────────────
    急救: 2, 抢救: 1.5, 抢救数据: 0, 打了120: 2, icu: 2, 昏迷: 2, 不省人事: 2, 晕过去: 2, 失去意识: 2,
    抽搐: 2, 嘴角抽搐: 0, 吐白沫: 2, 高烧: 1.5, 医疗费: 0.7, 吐得: 1.5, 一直吐: 1.5, 一直吐槽: 0,
    恶心想吐: 1.5, 拉了一晚: 2, 闹肚子: 1.5, 肚子不舒服: 1, 肠胃炎: 2, 大肠杆菌: 2, 农药: 1, 刺激性气味: 1.5,

    // ── Animals ────────────────────────────────────────────────────────────────────────────
    狗咬: 2, 狗咬狗: 0, 被蜇: 2, 没拴绳: 1.5,

    // ══ English ════════════════════════════════════════════════════════════════════════════
    // Injuries. 'cut my' is already a cue: the blockers keep haircuts and cut services out.
    'cut myself': 2, 'cut his finger': 2, 'cut her finger': 2, 'lacerat*': 2, 'sharp edge*': 1.5, stabbed: 2,
    'stabbed in the back': 0, 'cut my hair': 0, "cut my son's hair": 0, 'cut my service': 0,
    'cut my power': 0, 'cut my internet': 0, 'bumped his head': 2, 'bumped my head': 2, 'hit his head': 2,
    'hit my head': 2, 'black eye': 2, 'broke his arm': 2, 'broke my wrist': 2, 'broke a tooth': 2,
    'broken bone*': 2, 'dislocat*': 2, 'blood everywhere': 2, bled: 1.5, 'bled us dry': 0,
    'medical attention': 2, 'hurt my feelings': 0, 'feelings were hurt': 0,

    // Choking, swallowing, strangling.
    heimlich: 2, 'lodged in my throat': 2, windpipe: 2, 'turned blue': 2, 'fish bone': 1.5,
    'swallowed a': 1.5, 'swallowed my pride': 0, 'button batter*': 1.5, 'ingest*': 1.5, strangulation: 2,
    'strangle*': 2, 'suffocat*': 1.5,

    // Allergic reactions.
    epinephrine: 2, 'broke out in': 1.5, 'undeclared allergen*': 2, 'allergen*': 1, 'throat closing': 2,

    // Contaminated food and foreign bodies.
    'larva*': 2, worm: 1.5, 'fruit fl*': 1.5, 'fly in my': 2, 'a fly in the ointment': 0, 'dead bug': 2,
    'rodent*': 2, 'infest*': 1.5, 'steel wool': 2, 'wire bristle*': 2, 'metal fragment*': 2,
    'broken glass': 2, 'mold on': 1.5, 'black mold': 1.5,

    // Spoiled or expired food and medicine; undercooked meat.
    'expired medic*': 2, 'expired formula': 2, 'expired food': 1.5, rancid: 1, 'rotten meat': 1.5,
    'meat was off': 1.5, norovirus: 2, 'stomach bug': 1.5, 'already eaten': 0.6, 'after eating': 0.7,
    'undercooked chicken': 2, 'pink chicken': 2, 'chicken was pink': 2,

    // Medicine errors.
    'wrong prescription': 2, 'wrong dosage': 2, 'incorrect dose': 2, 'adverse reaction': 2, overdosed: 2,

    // Burns. 'burned' is already a cue: the blockers keep burnt food and burnout out.
    'burnt my': 2, 'burned food': 0, 'burned toast': 0, 'burned my food': 0, 'burnt my toast': 0,
    'burned out': 0, 'too hot to touch': 1.5, scorched: 1.5, 'boiling water': 1.5, 'hot oil': 1.5,
    'second-degree': 2,

    // Fire and smoke. 'fire' and 'smoke' are already cues: the blockers keep Fire TV, firing staff
    // and smoke breaks out; a smoke alarm or cigarette smoke alone is a weak sign.
    'fire stick': 0, 'fire tv': 0, 'fire sale': 0, 'fire him': 0, 'fire her': 0, ablaze: 2, smouldering: 2,
    smoldering: 2, 'cigarette smoke': 0.5, 'smoke break*': 0, 'smoke alarm': 0.5, 'set alight': 2,
    'electrical smell': 2, 'rotten egg smell': 2, 'smelt gas': 2, 'gas odor': 2, 'leaking gas': 2,

    // Electricity and appliances. 'melted' is already a cue: the blockers keep melted ice cream out.
    'electric shocks': 2, 'electrical shock*': 2, 'got a shock when i saw': 0, 'bare wire*': 2,
    'wires sticking out': 2, 'faulty wiring': 2, 'ice cream melted': 0, 'melted ice cream': 0,
    'melted chocolate': 0, 'short circuit*': 1.5, 'tripped the breaker': 0.7, 'loud bang': 1, 'blew up': 1,
    'blew up at': 0, 'overheat*': 0.7,

    // Lifts; people trapped or shut in.
    'stuck in an elevator': 2, 'stuck in a lift': 2, 'between floors': 1.5, 'doors closed on': 1,
    'locked in the car': 2, 'left in a hot car': 2, "wouldn't let me out": 2,

    // Falls; railings, windows; things that fall on people. 'fell' and 'slipped' are already cues.
    'fell out of bed': 2, 'fell through': 0, 'fell flat': 0, 'fell apart': 0, 'fell for': 0,
    'slipped through': 0, 'wet floor': 0.7, slippery: 0.7, 'gave way': 1, 'gave way to': 0, 'took a fall': 2,
    'bad fall': 2, 'nearly fell': 1.5, 'falling debris': 2, 'ceiling came down': 2,

    // Children left alone or lost.
    'left unsupervised': 2, 'left my son alone': 2, 'left my daughter alone': 2, unsupervised: 1.5,
    'lost child': 2, "couldn't find my son": 2, 'lost my son': 2, "lost my son's": 0, infant: 0.5,

    // Drowning.
    'pulled out of the water': 2, "couldn't swim": 1.5, cpr: 2,

    // Dangerous driving; seat belts; vehicles.
    'phone while driving': 2, 'texting while driving': 2, 'drunk driver': 2, 'drunk driving': 2,
    'drink driving': 2, 'smelled of alcohol': 1.5, 'reckless*': 1, 'over the speed limit': 2,
    'ran a red light': 2, 'slammed on the brakes': 1.5, 'nearly crashed': 2, 'car accident': 2,
    accident: 0.7, 'by accident': 0, 'crashed into': 2, 'hit and run': 2, 'ran me over': 2,
    "seatbelt didn't": 2, 'no seatbelt': 1.5, 'broken seatbelt': 2,

    // Assaults, abuse by carers, sexual assault.
    'physical abuse': 2, 'child abuse': 2, slapped: 2, 'slapped with': 0, 'slapped on a': 0, 'hit my son': 2,
    'hit me': 1, 'it hit me': 0, 'hit me with': 0, 'hit me up': 0, 'hit me hard': 0, 'pushed me': 1.5,
    'pushed me to': 0, 'pushed me into': 0, 'kicked me': 1.5, 'kicked me out': 0, 'beaten up': 2, brawl: 2,
    'fight broke out': 2, mugged: 2, 'pulled a knife': 2, 'a gun': 1.5, 'grope*': 2, 'molest*': 2,
    'touched me inappropriately': 2, rape: 2, raped: 2, drugged: 2, 'drink was spiked': 2,
    'spiked my drink': 2,

    // Stalking and threats.
    'knows where i live': 2, 'know where i live': 2, 'afraid to go home': 2, 'feared for my life': 2,
    'death threat*': 2, 'threatened to kill': 2, intruder: 2, "door wouldn't lock": 1.5,

    // Self-harm, danger to life, medical emergencies.
    'suicid*': 2, 'kill myself': 2, 'self-harm': 2, 'life-threatening': 2, 'life threatening': 2,
    'could have died': 2, 'in danger': 1.5, 'in danger of losing': 0, danger: 1, 'stopped breathing': 2,
    'difficulty breathing': 2, 'i blacked out': 2, 'he blacked out': 2, 'she blacked out': 2,
    'lost consciousness': 2, asbestos: 2,

    // Animals and stings.
    'dog bite': 2, 'dog bit': 2, 'dog attack*': 2, 'bee sting': 2, fleas: 1.5,
  },
  fraud: {
    诈骗: 2, 骗子: 2, 骗局: 2, 被骗: 1.5, 骗钱: 2, 骗了: 1, 骗人: 1, 盗刷: 2.5, 被盗刷: 2.5, 被盗: 1.5, 盗用: 2,
    被扣款: 1.5, 莫名扣款: 2, 无故扣款: 2, 无故扣费: 2, 乱扣费: 2, 乱扣款: 2, 私自扣款: 2.5,
    私自扣费: 2.5, 自动扣费: 1, 未授权: 2, 未经授权: 2, 未经同意: 1.5, 未经我同意: 1.5,
    没经过我同意: 1.5, 虚假交易: 2.5, 欺诈: 2.5, 假冒: 1.5, 假货: 1.5, 冒充: 1.5, 钓鱼: 1.5,
    盗号: 2, 账户被盗: 2.5, 账号被盗: 2.5, 套路贷: 2.5, 被转走: 1.5, 不明交易: 2, 陌生交易: 2,
    异常交易: 1.5, 杀熟: 1.5,
    翻新机: 2, 翻新: 0.5, 二手机: 1, 二手: 0.3, 全新: 0.3, 高仿: 2, 仿品: 2, a货: 1.5, 假票: 2, 调包: 2, 掉包: 2, 冒用: 2,
    冒名: 2, 跑路: 2, 卷款: 2, 卷钱: 2, 没开通过: 2, 从来没开过: 2, 从没开通: 2, 没开通: 0.5, 没订过: 1.5, 没订阅: 1.5, 没下过: 1,
    不是我办的: 2, 不是我签的: 2, 不是我的字: 2, 伪造: 2, 冒签: 2, 假签名: 2, 用我的名字: 2, 用我的身份证: 2, 以我的名义: 2, 名下: 0.5,
    签名: 0.5, 镀金: 1.5, 镀的: 1.5, 足金: 0.5, 纯金: 0.5, 掺假: 2, 掺了: 1, 掺的: 1, 虚标: 2, 以次充好: 2, 缺斤少两: 2,
    短斤少两: 2, 短斤缺两: 2, 不是正品: 0.7, 是不是正品: 0, 非正品: 1.5, 假冒伪劣: 2, 专柜: 0.5, 鉴定: 0.5, 查不到: 0.5, 防伪码: 1,
    已被查询: 2, 被查询: 1, 颗粒板: 0.7, 实木: 0.3, 原装: 0.5, 官方正品: 0.5, 自称: 0.5, 链接: 0.5, 点链接: 1, 验证码: 0.5,
    屏幕共享: 2, 个人账户: 1, 个人收款码: 2, 私人账户: 1.5, 收款码: 0.5, 双倍退款: 1.5, 转空: 2, 多扣: 0.5, 完全不知情: 1.5,
    不知情: 0.5, 没点的: 1, 根本没点: 1, 保本: 1, 销售误导: 2, 误导: 0.5, 虚假宣传: 2, 虚假: 1.5, 被忽悠: 1, 诱导: 1.5, 强制消费: 2,
    强制购物: 2, 购物店: 0.5, 调表: 2, 调过表: 2, 泡水车: 2, 事故车: 2, 偷了: 1.5, 偷走: 1.5, 被偷: 1.5, 私吞: 2, 侵吞: 2, 挪用: 2,
    回扣: 1.5, 贿赂: 2, 宰客: 0.5, 黑店: 1.5, 乱收费: 1, 不认账: 0.5, 被换: 1,
    'scam*': 2, 'fraud*': 2.5, 'unauthori*': 2, 'charged without': 2, 'without my consent': 2,
    'without my permission': 2, 'without authorization': 2, 'stolen card': 2.5,
    'card was stolen': 2.5, 'identity theft': 2.5, 'stole my identity': 2.5, phishing: 2,
    counterfeit: 1.5, fake: 0.7, 'fake product': 1.5, 'swindl*': 2, 'con artist': 2, hacked: 1.5,
    "charges i didn't make": 2.5, 'charges i did not make': 2.5, "didn't authori*": 2,
    'did not authori*': 2, 'never authori*': 2, cheated: 1.5, 'deceiv*': 1.5,
    'bait and switch': 2,
    'knock-off': 2, knockoff: 2, replica: 1.5, 'not genuine': 2, 'not authentic': 2, genuine: 0.5,
    authentic: 0.5, refurbished: 0.5, 'sold as new': 2, 'as new': 0.5, 'brand new': 0.5,
    'never signed up': 2, "didn't sign up": 2, 'did not sign up': 2, 'never signed': 1.5,
    'never agreed': 1.5, 'never ordered': 1.5, 'never asked for': 1, 'never set foot': 1,
    'double charged': 0.5, 'charged twice': 0.5, 'in my name': 2, 'under my name': 2, forged: 2,
    forgery: 2, signature: 0.5, 'pretending to be': 2, 'claiming to be': 1.5, 'posing as': 2,
    'impersonat*': 2, 'one-time code': 1.5, 'one time code': 1.5, otp: 1, 'verification code': 1,
    'remote access': 2, 'gift card': 0.5, 'look-alike': 1.5, lookalike: 1.5, 'rolled back': 1.5,
    'rebuilt title': 2, 'salvage title': 2, 'bribe*': 2, 'kickback*': 2, stole: 0.7, stolen: 0.5,
    stealing: 0.5, theft: 1.5, thief: 1.5, 'lied to my face': 1.5, lied: 0.5, 'a lie': 0.5,
    misled: 1, misleading: 0.5, 'false advertising': 2, 'mis-sold': 1.5, missold: 1.5,
    'short-changed': 2, shortchanged: 2, vanished: 1, 'disappeared with': 1.5, 'skimm*': 2,
    cloned: 2, emptied: 1, 'already scanned': 1.5, scanned: 0.5, 'lot number': 0.5, serial: 0.5,
    'batch code': 0.5, tampered: 1.5, resealed: 1.5, brick: 0.5, 'replaced by': 0.5,
  },
  data_leak: {
    信息泄露: 2.5, 信息泄漏: 2.5, 数据泄露: 2.5, 泄露: 2, 泄漏: 1, 隐私: 1.5,
    个人信息被: 2, 个人信息: 1, 信息被卖: 2.5, 倒卖: 1.5, 骚扰电话: 1.5, 骚扰短信: 1.5, 推销电话: 1,
    手机号被: 1.5, 身份证号: 1, 偷拍: 2, 针孔摄像头: 2.5,
    知道我的: 1, 报出我的: 2, 说出我的: 2, 准确说出: 2, 说得出: 1, 讲得出: 1, 报得一清二楚: 2, 一清二楚: 0.3, 清清楚楚: 0.3, 叫着我的: 1.5,
    全名: 1, 姓名: 0.5, 住址: 0.5, 门牌号: 1, 房间号: 0.5, 房号: 0.5, 住哪: 0.5, 身份证复印件: 2, 复印件: 1, 影印本: 1,
    身份证: 0.3, 护照号: 1.5, 卡号: 0.5, 后四位: 1, 末四码: 1, 没打码: 2, 打码: 1, 念出: 1.5, 大声念: 2, 别人的: 0.4,
    另一个人的: 1.5, 另一位: 0.5, 陌生人的: 1, 陌生人: 0.5, 个人资料: 1.5, 资料: 0.5, 业主资料: 1.5, 客户资料: 1.5, 业主信息: 1.5,
    信息表: 0.5, 名单: 0.5, 群里: 0.5, 发在群里: 1.5, 发到群里: 1.5, 贴在: 0.5, 体检报告: 1.5, 病历: 0.5, 检测结果: 0.5,
    病情: 0.5, 征信: 0.5, 查询记录: 0.5, 摄像头: 0.5, 针孔: 2, 镜头: 0.3, 人脸: 0.5, 拍了我的: 1.5, 被复制: 1.5, 好友申请: 1,
    加我微信: 0.5, 从哪里拿到: 2, 哪里拿到: 1.5, 我的信息: 1.5, 我的资料: 1.5, 我的电话: 0.5, 我的地址: 0.5, 我的手机号: 0.5,
    手机号: 0.5, 电话和地址: 1.5, 地址和电话: 0.5, 泄密: 2, 外泄: 2, 看光: 1.5, 抄送: 1, 聊天截图: 0.5,
    'data breach': 2.5, breach: 1.5, leaked: 2, 'data leak': 2.5, 'information leak': 2.5,
    'my personal information': 2, 'my personal data': 2, 'personal information': 1.5,
    'personal data': 1.5, 'personal details': 1.5, privacy: 1.5, 'spam calls': 1.5,
    'spam texts': 1.5, 'sold my data': 2.5, 'sold my information': 2.5,
    'shared my information': 2, 'shared my data': 2, gdpr: 2, 'exposed my': 2,
    'hidden camera': 2.5, "someone else's account": 2, "another customer's": 1.5,
    'social security number': 1.5,
    'knew my': 1.5, 'knew our': 1.5, 'knew her': 1, 'knew his': 1, 'knew what': 0.5, 'read out': 0.5,
    'out loud': 1, 'called out': 0.5, "someone else's": 0.5, "another person's": 1.5,
    "another member's": 1.5, "another client's": 1.5, "another patient's": 1.5,
    "previous patient's": 1.5, "previous customer's": 1.5, "stranger's": 1, 'full name': 1,
    'home address': 1, 'my address': 0.5, 'my number': 0.5, 'phone number': 0.5,
    'date of birth': 1, passport: 0.5, 'passport number': 1.5, 'id card': 0.5, ssn: 1.5,
    'card details': 1, 'card number': 1, 'bank details': 1, 'account number': 0.5, medical: 0.5,
    'test results': 1, diagnosis: 1, 'credit file': 0.3, private: 0.5, 'confidential*': 1.5,
    'data protection': 2, 'sold my': 1, 'shared my': 2, 'gave out my': 2, 'contact details': 1,
    'my details': 0.5, 'our details': 1.5, 'targeted ads': 1.5, sharing: 0.5,
    'without a password': 1, 'for anyone to see': 1.5, 'anyone can see': 1.5,
    'anyone can find': 1.5, 'everyone heard': 1.5, 'whole queue': 1, 'photographed my': 1.5,
    'photographed her': 1.5, 'photos of my': 0.5, 'photocop*': 1, 'copied my': 1.5,
    'camera lens': 1.5, 'how did they get': 1.5, 'how did he get': 1.5, 'how did they have': 1.5,
    'how did he have': 1.5, 'got my number': 1.5, 'who has my': 1.5, 'who has our': 1.5,
    address: 0.3, details: 0.3, 'my face': 0.5, 'our faces': 0.5, faces: 0.5, prescribed: 0.5,
    records: 0.3,
  },
  legal: {
    律师: 2, 律师函: 2.5, 起诉: 2, 法院: 2, 法庭: 2, 打官司: 2, 诉讼: 2, '12315': 2.5, 消协: 2,
    消费者协会: 2, 工商: 1.5, 工商局: 2, 工商银行: 0, 市场监管: 2, 市场监督管理: 2, 监管部门: 2,
    有关部门: 1, 维权: 1.5, 报警: 2, 报警器: 0, 警察: 1.5, 派出所: 2, 仲裁: 2, 法律: 1.5,
    法律途径: 2.5, 法律责任: 2, 银保监: 2, 金融监管: 2, 民航局: 2, 工信部: 2, 举报: 1.5,
    消费者权益: 1.5, 消法: 2, 退一赔三: 2, 假一赔十: 1.5,
    报案: 2, 报了案: 2, 报咗警: 2, 报了警: 2, 消委会: 2, 消保官: 2, 消基会: 2, 存证信函: 2, '12345': 2, '12365': 2,
    '12378': 2, '12331': 2, 投诉热线: 1, 文旅局: 2, 旅游局: 2, 教育局: 2, 卫健委: 2, 卫生局: 2, 物价局: 2, 物价部门: 2,
    交警: 0.5, 找交警: 1.5, 报交警: 2, 交警反映: 1.5, 邮政管理局: 2, 通信管理局: 2, 管理局: 1.5, 质监: 2, 审裁处: 2, 小额钱债: 2,
    ncc: 2, 申诉: 1, 医疗事故: 2, 违法: 1.5, 侵权: 2, 立案: 2, 联名: 1, 上访: 2, 信访: 2, 劳动监察: 2, 监管局: 2, 主管部门: 2,
    相关部门: 1, 上级部门: 1, 公安: 1.5, 金融消费者: 1.5, 法务: 1.5, 民事: 2, 刑事: 2, 犯法: 1.5, 合同法: 2, 调解: 1,
    霸王条款: 0.5,
    'lawyer*': 2, 'attorney*': 2, sue: 2, suing: 2, sued: 2, lawsuit: 2.5, court: 1.5,
    'food court': 0, 'small claims': 2.5, 'legal action': 2.5, legal: 1, 'regulator*': 2,
    cfpb: 2.5, bbb: 2, 'better business bureau': 2.5, ftc: 2, fcc: 2, ombudsman: 2.5,
    'trading standards': 2.5, 'consumer protection': 2, 'attorney general': 2.5, police: 2,
    'report you': 1.5, 'file a complaint with': 1.5, 'department of transportation': 2,
    arbitration: 2, 'class action': 2.5,
    'solicitor*': 2, 'information commissioner': 2, 'data protection authority': 2,
    'consumer financial protection bureau': 2.5, 'federal communications commission': 2.5,
    commission: 1, commissioner: 2, tribunal: 2, 'civil claim': 2, 'labour board': 2,
    'labor board': 2, 'licensing board': 2, 'medical board': 2, authority: 1, authorities: 1.5,
    congressman: 2, congresswoman: 2, 'my mp': 2, senator: 2, 'health inspector': 2,
    'consumer affairs': 2, 'formal complaint': 0.5, 'lodged a complaint': 1.5,
    'filed a complaint': 1.5, 'filing with': 1.5, 'reported you to': 2, 'reporting you to': 2,
    'reported your company': 2, 'reporting your': 1.5, 'reporting this to': 1.5,
    'referring this': 1.5, 'injury claim': 2, illegal: 0.5, 'the law': 1, laws: 1,
    'consumer rights': 0.5, statutory: 1.5, 'breach of contract': 2, 'complaint with': 0.5,
    'complaint to': 0.5,
  },
  media: {
    媒体: 2, 记者: 2, 曝光: 2, 曝光过度: 0, 曝光不足: 0, 微博: 2, 抖音: 1.5, 抖音上买: 0, 抖音买: 0,
    抖音商城: 0, 小红书: 1.5, 朋友圈: 1.5, 发帖: 2, 发到网上: 2.5, 传到网上: 2.5, 放到网上: 2.5,
    挂到网上: 2.5, 挂网上: 2, 网上曝光: 2.5, 上网曝光: 2.5, '315': 2, 电视台: 2, 报社: 2, 报纸: 1.5,
    新闻: 1.5, 大众点评: 1.5, 差评: 1, 黑猫投诉: 2.5, 论坛: 1.5, 贴吧: 1.5, 知乎: 1.5, 视频号: 1.5,
    公众号: 1, 舆论: 2, 让大家看看: 2, 让所有人知道: 2, 公之于众: 2.5, 网友: 1.5, 热搜: 2.5,
    发了帖: 2, 黑猫: 2, 脸书: 2, fb: 1.5, dcard: 2, ptt: 2, 连登: 2, b站: 2, 开直播: 2, 开一场直播: 2, 开了直播: 2,
    直播: 0.5, 直播间: 0, 万粉丝: 2, 博主: 0.5, 发视频: 1.5, 发出来: 0.5, 上传: 0.5, 社团: 0.5, 妈妈群: 1.5, 点评: 0.5, 发文: 2,
    帖子: 1.5, 央视: 2, 自媒体: 2, 让更多人知道: 2, 评评理: 1.5, 大家看看: 1, 剪成视频: 2, 发到: 0.5, 发在: 0.5, 录下来: 0.5,
    'journalist*': 2, 'reporter*': 2, 'the press': 2, 'press coverage': 2, news: 1.5,
    newspaper: 2, 'tv station': 2, media: 1.5, 'social media': 2, twitter: 2, 'tweet*': 2,
    facebook: 1.5, instagram: 1.5, tiktok: 1.5, youtube: 1.5, reddit: 2, weibo: 2, yelp: 2,
    tripadvisor: 2, trustpilot: 2, 'google review*': 2, 'review site*': 2,
    'one-star review': 2, 'one star review': 2, '1-star review': 2, 'bad review': 1.5,
    'negative review': 1.5, 'post it online': 2.5, 'post this online': 2.5, 'post online': 2,
    'post about this': 2, 'posting this': 2, 'go public': 2, 'going public': 2, viral: 2,
    'everyone will know': 2, 'tell everyone': 1.5, 'blog*': 1.5,
    posted: 0.5, posting: 1, linkedin: 2, mumsnet: 2, nextdoor: 2, 'on x': 1.5, followers: 1.5,
    views: 0.5, 'local paper': 2, 'student paper': 2, channel: 0.5, 'consumer show': 2,
    'consumer desk': 1.5, watchdog: 2, 'google rating': 1.5, 'leaving a review': 1.5,
    'leave a review': 1, 'review on google': 2, 'posted my review': 2, uploading: 1.5,
    'upload*': 0.5, video: 0.5, footage: 0.5, 'community page': 1.5, 'parent group': 1,
    'parents group': 1, story: 0.5, 'everyone i know': 1.5, 'hear about this': 1.5,
    'hears about': 1.5, 'every parent': 1, screenshots: 0.5, 'news outlet*': 2, radio: 1.5, 'radio silence': 0,
    publicly: 0.5,
  },
};

// prettier-ignore
/** The customer says the failure cost them time (S0 step 3: moderate). */
export const lostTimeCues: CueWeights = {
  白跑: 2, 白跑一趟: 2, 浪费时间: 2, 浪费了: 1, 耽误: 2, 耽搁: 1.5, 请假: 1.5, 请了假: 1.5, 误机: 2,
  误了: 1.5, 错过了: 1.5, 错过: 1, 赶不上: 1.5, 没赶上: 1.5, 扣工资: 1.5, 白等: 2, 来回跑: 1.5,
  跑了好几趟: 2, 跑了几趟: 2, 多跑: 1,
  'wasted my time': 2, 'waste of time': 2, 'wasted time': 2, 'wasted a day': 2,
  'wasted hours': 2, 'wasted the whole': 2, wasted: 1, 'took a day off': 2, 'took time off': 2,
  'day off work': 2, 'time off work': 2, 'missed my flight': 2, 'missed the flight': 2,
  'missed my connection': 2, 'missed my train': 2, 'missed the meeting': 2,
  'missed an important': 2, 'missed my appointment': 2, 'missed work': 2, 'lost a day': 2,
  'lost a whole day': 2, 'hours of my time': 2, 'second trip': 1.5, 'had to come back': 1.5,
  'for nothing': 1.5,
};

// prettier-ignore
/** Negators: a cue right after one of these is negated (negation.ts; the degree words may sit between). */
export const negators = {
  zh: ['不是', '并不', '从不', '从没', '毫不', '绝不', '没有', '不', '没', '未', '无', '别'],
  // Characters that make "别" the end of a word, not "don't": 特别 (very), 分别, 区别, 级别...
  // "特别好吃" is praise, not "别好吃".
  zhWordsEndingInBie: '特分区级类个性告离差辨识鉴派判送道惜临久作话有',
  // 会/让人/令人: "不会后悔", "没有让人失望", "并不令人失望".
  zhDegree: ['是', '很', '太', '怎么', '够', '算', '大', '那么', '十分', '非常', '特别', '完全', '会', '让人', '令人'],
  en: ['not', 'no', 'never', 'cannot', 'without', 'hardly', 'nothing', 'neither', 'nor', "n't"],
  enDegree: [
    'very', 'too', 'so', 'really', 'that', 'a', 'an', 'at', 'all', 'particularly', 'entirely',
    'exactly', 'quite', 'overly', 'remotely', 'even', 'terribly', 'super', 'completely',
    'totally', 'been', 'be', 'feel', 'feeling', 'felt', 'any', 'the', 'much', 'as',
  ],
} as const;

// prettier-ignore
/** Upper-case words that are names, not shouting. */
export const acronyms: readonly string[] = [
  'VIP', 'USB', 'ATM', 'CFPB', 'BBB', 'FTC', 'FCC', 'FAA', 'DHL', 'UPS', 'USPS', 'SMS', 'APP',
  'WIFI', 'PIN', 'CEO', 'USA', 'GPS', 'FAQ', 'PDF', 'URL', 'NYC', 'LTE', 'SIM', 'IMEI', 'ETA',
  'RMB', 'CNY', 'USD', 'EUR', 'GBP', 'HKD', 'HTML', 'API', 'ASAP', 'SSN', 'GDPR', 'DOA', 'TSA',
  'SUV', 'LCD', 'LED', 'OLED', 'HDMI', 'IOS', 'CPU', 'GPU', 'RAM', 'SSD', 'HDD', 'DIY', 'KFC',
  'IKEA', 'EMS', 'OTP', 'CVV', 'IBAN', 'SWIFT', 'ACH', 'APR', 'FICO', 'ICU', 'FYI', 'BTW', 'NHS',
  'BMW', 'IBM', 'AWS', 'PLC', 'LLC', 'LTD', 'INC', 'CNN', 'BBC', 'TV', 'QR', 'ID', 'UK', 'EU',
];

// prettier-ignore
/**
 * Evaluative words of reviews, by polarity: what a customer says of food, a room, a device or
 * a person when pleased or not, in any domain. The trained model reads their summed weights
 * (features.ts), so a word the training corpus never used still counts by its polarity.
 * Negated, a positive word counts as negative ("不好吃", "不太方便") and a negative one as
 * positive ("不贵", "一点都不难吃"). Words inside longer ones are blocked with weight 0
 * ("凉快" is not "凉", "慢用" is not "慢"). Written by the team; not taken from any data set.
 */
export const polarityCues: Readonly<Record<'positive' | 'negative', CueWeights>> = {
  positive: {
    好吃: 1, 美味: 1, 可口: 1, 好喝: 1, 入味: 1, 地道: 1, 正宗: 1, 鲜美: 1, 香甜: 1, 酥脆: 1, 爽口: 1,
    下饭: 1, 很香: 1, 好香: 1, 很鲜: 1, 新鲜: 0.7, 干净: 1, 整洁: 1, 卫生: 0.5, 舒服: 1, 舒适: 1, 方便: 0.7,
    便捷: 1, 便利: 0.7, 快捷: 1, 及时: 1, 准时: 1, 很快: 1, 挺快: 1, 神速: 1, 迅速: 1, 高效: 1, 热情: 1,
    周到: 1, 耐心: 1, 细心: 1, 贴心: 1, 用心: 1, 专业: 0.7, 礼貌: 0.7, 客气: 0.7, 友好: 1, 友善: 1,
    亲切: 1, 和蔼: 1, 负责: 0.7, 认真: 0.7, 靠谱: 1, 实惠: 1, 划算: 1, 超值: 1.5, 值得: 1, 值: 0.5,
    物美价廉: 1.5, 物超所值: 1.5, 物有所值: 1.5, 性价比高: 1.5, 便宜: 0.5, 精致: 1, 漂亮: 1, 好看: 1,
    美观: 1, 大气: 0.7, 宽敞: 1, 明亮: 1, 安静: 1, 温馨: 1, 流畅: 1, 稳定: 0.7, 清晰: 1, 耐用: 1,
    结实: 1, 扎实: 1, 好用: 1, 实用: 1, 给力: 1, 完美: 1.5, 惊喜: 1, 惊艳: 1.5, 赞: 1, 点赞: 1, 棒: 1,
    优秀: 1, 出色: 1, 一流: 1, 无可挑剔: 1.5, 没得说: 1.5, 没话说: 1.5, 好评: 1, 五星: 1, 回购: 1,
    还会再: 1, 下次还: 1, 会再来: 1, 良心: 1, 正品: 0.7, 丰富: 0.7, 齐全: 0.7, 充足: 0.7, 足量: 0.7,
    合身: 1, 柔软: 0.7, 透气: 0.7, 保暖: 0.7, 暖和: 0.7, 凉快: 0.7, 顺滑: 0.7, 好闻: 1, 清香: 0.7,
    嫩: 0.5, 软糯: 1, 筋道: 1, 实在: 0.7, 厚道: 1, 公道: 1, 合理: 0.7, 省心: 1, 放心: 0.7, 安心: 1,
    开心: 0.7, 愉快: 0.7, 喜欢: 0.7, 爱吃: 1, 满分: 1.5, 必点: 1, 必买: 1, 强推: 1.5, 种草: 1, 超出预期: 1.5,
    好极了: 1.5, 挺好: 0.7, 很好: 0.7, 真好: 1, 太好了: 1, 不错: 0.7, 还可以: 0.3, 可以: 0.2,
    可以说: 0, 可以吗: 0, 可以退: 0, 好不容易: 0, 值班: 0, 值机: 0, 便宜点: 0,
    // Session 6: a wider vocabulary of praise, faults and slang, written by the team.
    // Food and drink: taste, texture, portion
    香浓: 1, 浓郁: 0.7, 醇厚: 1, 醇香: 1, 回甘: 1, 清甜: 1, 鲜甜: 1, 鲜香: 1, 鲜嫩: 1, 滑嫩: 1, 软嫩: 1, 外酥里嫩: 1.5,
    外焦里嫩: 1.5, 松软: 1, 绵密: 1, 细腻: 1, 丝滑: 1, 弹牙: 1, q弹: 1, 劲道: 1, 有嚼劲: 1, 焦香: 1, 香脆: 1, 酥香: 1,
    入口即化: 1.5, 唇齿留香: 1.5, 回味无穷: 1.5, 意犹未尽: 1, 色香味俱全: 1.5, 皮薄馅大: 1.5, 原汁原味: 1, 恰到好处: 1, 甜而不腻: 1.5,
    肥而不腻: 1.5, 油而不腻: 1, 不油腻: 1, 分量十足: 1, 量足: 1, 真材实料: 1.5, 货真价实: 1.5, 管饱: 1, 开胃: 1, 解腻: 1, 解馋: 1,
    过瘾: 1, 香喷喷: 1, 热乎乎: 0.7, 热腾腾: 0.7, 有家的味道: 1, 饱满: 1, 多汁: 1, 汁水多: 1, 脆甜: 1, 清脆: 1, 丰盛: 1,
    百吃不厌: 1.5, 念念不忘: 1, 真香: 1, 超香: 1, 嘎嘎香: 1.5, 出餐快: 1, 上菜快: 1, 送餐快: 1,
    // Delivery and packaging
    送得快: 1, 送货快: 1, 发货快: 1, 物流快: 1, 到货快: 1, 速度快: 1, 秒发: 1, 隔天就到: 1, 包装严实: 1, 完好无损: 1.5, 完好: 0.7,
    风雨无阻: 1.5,
    // Hotels, homestays, places
    视野开阔: 1, 景色优美: 1, 风景优美: 1, 风景如画: 1, 美不胜收: 1.5, 闹中取静: 1.5, 宾至如归: 1.5, 像家一样: 1, 有家的感觉: 1, 温暖: 0.7,
    清新: 0.7, 清幽: 1, 雅致: 1, 别致: 1, 精美: 1, 高档: 0.5, 上档次: 1, 出片: 1, 氛围感: 0.7, 舒心: 1, 惬意: 1, 安逸: 1,
    自在: 0.7, 巴适: 1, 舒坦: 1, 免费升级: 1.5, 一尘不染: 1.5, 窗明几净: 1.5, 太干净: 1,
    // Products: quality, clothes, cosmetics, electronics, furniture, groceries, books
    质量过硬: 1.5, 做工精细: 1, 精良: 1, 有质感: 1, 高级感: 1, 显白: 1, 显瘦: 1, 百搭: 1, 不起球: 1, 不掉色: 1, 不褪色: 1, 不缩水: 1,
    不变形: 1, 不卡顿: 1, 水润: 1, 滋润: 0.7, 服帖: 1, 显色: 0.7, 温和: 0.7, 顺畅: 1, 续航强: 1, 充电快: 1, 灵敏: 0.7, 轻便: 1,
    轻巧: 1, 小巧: 1, 便携: 0.7, 操作简单: 1, 简单易用: 1, 易上手: 1, 功能强大: 1, 性能强: 1, 信号强: 1, 网速快: 1, 飞快: 1, 噪音小: 1,
    省电: 1, 牢固: 1, 坚固: 1, 可靠: 1, 安装简单: 1, 无异味: 1, 色差不大: 0.5, 厚实: 0.7, 正版: 0.7, 合脚: 1, 亲肤: 1, 有型: 1,
    洋气: 1, 时尚: 0.5, 颜值高: 1, 高颜值: 1, 高大上: 1, 崭新: 1, 准确: 0.7, 合适: 0.5, 耐穿: 1, 顺手: 1, 省事: 1, 省钱: 0.5,
    效果明显: 1, 见效快: 1, 有效果: 0.7, 管用: 1, 好使: 1, 有用: 0.5, 与描述一致: 1, 符合预期: 0.7, 超预期: 1.5, 优质: 0.7, 精湛: 1,
    技术过硬: 1.5, 受益匪浅: 1.5, 引人入胜: 1.5, 爱不释手: 1.5, 通俗易懂: 1, 精彩: 1, 感动: 0.7, 暖心: 1, 治愈: 0.7, 有趣: 0.7,
    好玩: 0.7, 好听: 0.7, 简洁: 0.7,
    // Price and value
    价廉物美: 1.5, 白菜价: 1, 亲民: 0.7, 划得来: 1, 不亏: 0.7, 入手不亏: 1.5, 血赚: 1.5, 赚到了: 1, 捡漏: 1, 性价比很高: 1.5,
    性价比超高: 1.5, 高性价比: 1.5,
    // Service, staff, banks, telecom, travel, repairs, couriers
    效率高: 1, 效率很高: 1, 干脆利落: 1, 利索: 1, 麻利: 1, 尽心尽力: 1.5, 一丝不苟: 1.5, 细致: 1, 仔细: 0.5, 热心: 1, 善解人意: 1.5,
    体贴: 1, 无微不至: 1.5, 随叫随到: 1.5, 秒回: 1, 响应快: 1, 圆满解决: 1.5, 妥善解决: 1, 妥善处理: 1, 问题解决了: 1, 专业性强: 1,
    业务能力强: 1, 面带微笑: 1, 彬彬有礼: 1.5, 温柔: 0.7, 大方: 0.7, 痛快: 0.7, 好说话: 0.7, 好沟通: 1, 态度很好: 1.5,
    态度非常好: 1.5, 到位: 0.7, 人性化: 1, 有温度: 1, 人情味: 0.7, 流程简单: 1, 准点: 1, 平稳: 1, 妥当: 0.7, 井井有条: 1, 修好: 0.7,
    一次修好: 1.5, 焕然一新: 1.5, 像新的一样: 1, 很详细: 0.7, 主动帮忙: 1, 靠得住: 1, 信得过: 1, 诚信: 0.7, 明码标价: 0.7, 有诚意: 1,
    诚意满满: 1.5, 尽兴: 1, 不虚此行: 1.5, 不枉此行: 1.5, 没白来: 1, 拉满: 1, 评分高: 1,
    // General praise, feelings, recommendations
    满意: 1, 杠杠的: 1.5, 没毛病: 1, 没什么毛病: 1, 挑不出毛病: 1.5, 表扬: 0.7, 大赞: 1.5, 超赞: 1.5, 名不虚传: 1.5, 实至名归: 1,
    喜出望外: 1.5, 赏心悦目: 1.5, 流连忘返: 1.5, 无与伦比: 1.5, 出类拔萃: 1.5, 尽善尽美: 1.5, 十全十美: 1, 不亚于: 1, 卓越: 1,
    美好: 0.7, 美妙: 1, 美丽: 0.7, 整齐: 0.7, 正规: 0.5, 绝佳: 1, 极佳: 1.5, 最佳: 0.7, 爽: 0.7, 愉悦: 1, 快乐: 0.5,
    幸福: 0.7, 欣慰: 1, 叹为观止: 1.5, 眼前一亮: 1.5, 佩服: 1, 征服: 0.7, 陶醉: 1, 超爱: 1.5, 最爱: 1, 爱死: 1.5, 喜爱: 1,
    心水: 1, 心动: 0.7, 爱了: 1, 绝美: 1.5, 超美: 1, 好美: 1, 加分: 0.7, 顺利: 0.7, 强烈推荐: 1.5, 墙裂推荐: 1.5, 力荐: 1.5,
    吹爆: 1.5, 推荐购买: 1, 推荐大家: 1, 可以入手: 1, 闭眼入: 1.5, 闭眼买: 1.5, 可冲: 1, 买就对了: 1.5, 吐血推荐: 1.5, 回头客: 1,
    还会光顾: 1, 还会来: 1, 下次再来: 1, 路转粉: 1.5,
    // Net slang
    绝绝子: 1.5, yyds: 1.5, 永远的神: 1.5, 神仙店: 1.5, 宝藏: 1, 神器: 1, 好物: 1, 界天花板: 1.5, 封神: 1, 无敌: 0.7, 一绝: 1,
    腻害: 1, tql: 1, awsl: 0.7, nb: 0.5, '666': 0.7, '6666': 1, 牛逼: 1.5, 牛b: 1.5, 太牛了: 1.5, 吊打: 1,
    完胜: 1,
    // Blockers: words that contain a positive term but do not praise
    赞助: 0, 赞成: 0, 赞同: 0, 棒球: 0, 棒棒糖: 0, 冰棒: 0, 棒子: 0, 玉米棒: 0, 接力棒: 0, 球棒: 0, 充值: 0, 价值: 0, 面值: 0,
    数值: 0, 增值: 0, 升值: 0, 贬值: 0, 估值: 0, 值日: 0, 值守: 0, 颜值: 0, 产值: 0, 市值: 0, 储值: 0, 值不值: 0, 峰值: 0,
    值得一提: 0, 值得注意: 0, 值得吗: 0, 负责人: 0, 谁负责: 0, 方便面: 0, 方便袋: 0, 方便的话: 0, 便利店: 0, 不客气: 0, 别客气: 0,
    实在是: 0, 实在太: 0, 实在很: 0, 实在受不了: 0, 实在抱歉: 0, 实在不好意思: 0, 实在不行: 0, 占便宜: 0, 贪便宜: 0, 图便宜: 0, 贪小便宜: 0,
    五星级: 0, 好评返: 0, 五星好评返: 0, 好评率: 0, 求好评: 0, 好评有礼: 0, 开心果: 0, 到位置: 0, 到位子: 0, 满意度: 0, 满意的答复: 0,
    满意答复: 0, 满意的解决: 0, 满意的处理: 0, 满意的交代: 0, 满意的说法: 0, 满意的结果: 0, 合理的解释: 0, 合理解释: 0, 合理的赔偿: 0, 合理赔偿: 0,
    合理诉求: 0, 合理要求: 0, 合理的要求: 0, 合理的诉求: 0, 合理的说法: 0, 请妥善: 0, 希望妥善: 0, 请及时: 0, 希望及时: 0, 要求及时: 0,
    请认真: 0, 希望认真: 0, 放心吧: 0, 请放心: 0, 您放心: 0, 你放心: 0, 不错过: 0, 很好奇: 0, 挺好奇: 0, 真好奇: 0, 只好: 0, 正好: 0,
    刚好: 0, 稳定性: 0, 舒适性: 0, 舒适度: 0, 实用性: 0, 透气性: 0, 清晰度: 0, 流畅度: 0, 耐用性: 0, 新鲜度: 0, 专业性: 0, 卫生间: 0,
    卫生纸: 0, 卫生巾: 0, 卫生院: 0, 卫生局: 0, 卫生部门: 0, 卫生费: 0, 卫生许可: 0, 卫生条件: 0, 卫生状况: 0, 卫生情况: 0, 打扫卫生: 0,
    搞卫生: 0, 温馨提示: 0, 温馨提醒: 0, 耐心等待: 0, 请耐心: 0, 贴心提示: 0, 下次还这样: 0, 下次还是: 0, 是不是正品: 0, 是否正品: 0,
    讨个公道: 0, 讨公道: 0, 还我公道: 0, 主持公道: 0, 公道话: 0, 合作愉快: 0, 友好协商: 0, 靠谱吗: 0, 好用吗: 0, 好吃吗: 0, 有用过: 0,
    有用吗: 0, 有效果吗: 0, 管用吗: 0, 修好了吗: 0, 装修好: 0, 可冲洗: 0, 可冲泡: 0, 爽肤水: 0, 爽身粉: 0, 生日快乐: 0, 节日快乐: 0,
    新年快乐: 0, 爱死不死: 0, 最佳赏味: 0, 说好听: 0, 说得好听: 0, 好听点: 0, '666元': 0, '666块': 0, 大气污染: 0, 大气层: 0,
    大方向: 0, 有用户: 0, 合适的时间: 0, 合适的话: 0, 准确地说: 0, 准确来说: 0, 准确的说: 0, 开胃菜: 0, 速度快点: 0, 发货快点: 0, 上菜快点: 0,
    要求妥善: 0, 问题解决了吗: 0, 还会来人: 0, 欢迎下次再来: 0,
  },
  negative: {
    难吃: 1.5, 难喝: 1.5, 难用: 1.5, 难看: 1, 难闻: 1.5, 难受: 1, 差劲: 1.5, 很差: 1.5, 太差: 1.5,
    极差: 2, 真差: 1.5, 变差: 1, 糟糕: 1.5, 垃圾: 1.5, 恶心: 1.5, 失望: 1.5, 后悔: 1.5, 坑: 1, 坑人: 1.5,
    黑心: 1.5, 忽悠: 1.5, 上当: 1.5, 受骗: 1.5, 脏: 1, 脏兮兮: 1.5, 乱糟糟: 1, 臭: 1, 馊: 1.5, 腥: 1,
    膻: 0.7, 太咸: 1, 齁: 1, 油腻: 1, 太油: 1, 没味道: 1, 寡淡: 1, 凉了: 1, 冰凉: 0.7, 夹生: 1.5,
    太慢: 1, 很慢: 1, 龟速: 1.5, 磨蹭: 1, 太贵: 1, 贵得离谱: 1.5, 偏贵: 0.7, 死贵: 1.5, 吵: 0.7, 闷: 0.5,
    潮湿: 0.7, 陈旧: 1, 老旧: 1, 破旧: 1, 简陋: 1, 破: 0.5, 烂: 1, 粗糙: 1, 劣质: 1.5, 山寨: 1, 次品: 1.5,
    瑕疵: 1, 缩水: 1, 掉色: 1, 起球: 1, 异味: 1, 霉: 1, 敷衍: 1.5, 冷漠: 1.5, 冷淡: 1, 不耐烦: 1.5,
    爱理不理: 1.5, 爱答不理: 1.5, 傲慢: 1.5, 无语: 1.5, 郁闷: 1, 窝火: 1.5, 闹心: 1.5, 心累: 1.5,
    离谱: 1.5, 过分: 1.5, 不值: 1.5, 白花: 1, 浪费: 1, 避雷: 2, 踩雷: 2, 别买: 2, 慎买: 1.5, 慎入: 1.5,
    差评: 1.5, 一般般: 1, 一般: 0.5, 凑合: 0.7, 勉强: 0.7, 将就: 0.7, 平平: 0.7, 鸡肋: 1.5, 不行: 1,
    不好: 1, 不怎么样: 1.5, 名不副实: 1.5, 名不符实: 1.5, 徒有虚名: 1.5, 坑爹: 1.5, 呵呵: 1,
    服了: 1, 醉了: 1, 智商税: 1.5, 一言难尽: 1.5, 大不如前: 1.5, 越来越差: 1.5, 不如以前: 1.5, 糊弄: 1.5,
    偷工减料: 1.5, 以次充好: 1.5, 拖拖拉拉: 1.5, 推三阻四: 1.5, 扯皮: 1.5, 刁难: 1.5, 甩锅: 1.5,
    吃亏: 1, 吃不下: 1, 硌牙: 1, 发硬: 1, 太硬: 1, 太少: 1, 少得可怜: 1.5, 拥挤: 0.7, 太挤: 1, 闷热: 1,
    嘈杂: 1, 噪音: 1, 漏水: 1, 发烫: 1, 卡顿: 1, 死机: 1, 闪退: 1, 不灵: 1, 失灵: 1, 坏了: 1, 又坏: 1,
    慢: 0.7, 慢用: 0, 慢慢: 0, 贵: 0.7, 贵宾: 0, 宝贵: 0, 珍贵: 0, 贵州: 0, 贵阳: 0, 贵姓: 0, 富贵: 0, 一般来说: 0, 一般都: 0, 破费: 0, 打破: 0, 吵架: 0.5, 坑洼: 0, 不好意思: 0,
    不好说: 0, 好不好: 0, 臭豆腐: 0, 臭鳜鱼: 0,
    // Session 6: a wider vocabulary of praise, faults and slang, written by the team.
    // Food and drink: taste, texture, doneness
    太甜: 0.7, 腻: 0.7, 太淡: 1, 索然无味: 1.5, 味同嚼蜡: 2, 难以下咽: 2, 咽不下: 1.5, 没法吃: 1.5, 猪食: 2, 倒掉: 1, 变味: 1.5,
    发酸: 1, 酸臭: 2, 哈喇: 1.5, 怪味: 1, 糊了: 1, 焦了: 1, 太干: 1, 干巴巴: 1.5, 很柴: 1, 太柴: 1, 硬邦邦: 1.5, 嚼不动: 1.5,
    咬不动: 1.5, 太老: 1, 没熟: 1.5, 不熟: 1, 没煮熟: 1.5, 坨了: 1.5, 不脆: 1, 咸死: 1.5, 很咸: 1, 发苦: 1, 苦涩: 1, 酸涩: 1,
    凉透: 1.5, 分量不足: 1.5, 量少: 1, 没几块肉: 1.5, 全是骨头: 1.5, 注水: 1.5, 预制菜: 0.5, 科技与狠活: 1.5, 海克斯科技: 1.5,
    地沟油: 2, 过期: 1, 变质: 2, 长虫: 1.5, 有虫: 1.5, 虫子: 1, 苍蝇: 1, 蟑螂: 1.5, 老鼠: 1, 吃出头发: 1.5, 异物: 1.5,
    卫生堪忧: 1.5, 堪忧: 1, 拉肚子: 1.5, 闹肚子: 1.5, 吃坏肚子: 2, 肚子疼: 1, 食物中毒: 2, 反胃: 1, 想吐: 1, 蔫: 1,
    // Delivery, couriers, orders
    洒了: 1.5, 洒出来: 1.5, 汤撒了: 1.5, 漏了: 1.5, 漏油: 1.5, 少送: 1.5, 少了一份: 1.5, 漏送: 1.5, 漏发: 1.5, 少发: 1.5,
    错发: 1.5, 发错货: 1.5, 发错: 1.5, 送错: 1.5, 拿错: 1, 上错: 1, 缺斤少两: 2, 没给餐具: 1, 不看备注: 1.5, 偷吃: 1.5,
    被打开过: 1.5, 超时: 1.5, 迟到: 1, 配送慢: 1.5, 物流慢: 1.5, 发货慢: 1.5, 丢件: 2, 丢包: 1.5, 弄丢: 1.5, 丢失: 1.5,
    不送上门: 1.5, 不上门: 1.5, 暴力分拣: 2, 破损: 1.5, 破了: 1, 坏掉: 1.5, 坏的: 1, 弄坏: 1, 损坏: 1.5, 很快就坏: 1.5,
    没几天就坏: 1.5, 压扁: 1.5, 压坏: 1.5, 摔坏: 1.5, 碎了: 1, 磕碰: 1.5, 划痕: 1.5, 扔门口: 1.5, 乱扔: 1.5, 虚假送达: 2,
    催了好几次: 1.5, 砍单: 1.5, 不发货: 1.5, 延迟发货: 1.5, 假发货: 2, 空包: 1.5, 少件: 1.5, 漏件: 1.5, 货不全: 1.5, 缺配件: 1.5,
    二次销售: 1.5, 掉包: 1.5, 调包: 1.5,
    // Hotels, homestays, rooms
    不隔音: 1.5, 吵死: 1.5, 刺耳: 1.5, 睡不着: 1, 湿漉漉: 1, 有头发: 1, 破洞: 1, 床硬: 1, 塌陷: 1.5, 没热水: 1.5, 没有热水: 1.5,
    停水: 1, 停电: 1, 水压小: 1.5, 堵了: 1, 反味: 1.5, 厕所味: 1.5, 烟味: 1, 不制冷: 1.5, 不制热: 1.5, 冻死: 1.5, 热死: 1.5,
    冷冰冰: 1.5, 冰冷: 1, 采光不好: 1.5, 没窗: 1.5, 房间太小: 1.5, 空间小: 1, 憋屈: 1.5, 老化: 1, 蚊子多: 1.5, 蚊子: 0.7,
    臭虫: 2, 跳蚤: 2, 与实际不符: 2, 不退押金: 2, 额外收费: 1, 没人管: 1.5, 没人理: 1.5, 没人处理: 1.5, 血迹: 1.5, 污垢: 1.5,
    尿骚味: 2, 没打扫卫生: 1.5, 没洗干净: 1.5, 没打扫干净: 1.5,
    // Products: electronics, appliances, furniture
    故障: 1.5, 卡死: 1.5, 黑屏: 1.5, 花屏: 1.5, 蓝屏: 1.5, 反复重启: 1.5, 烫手: 1, 耗电快: 1.5, 续航短: 1.5, 充不进电: 1.5,
    信号弱: 1.5, 没信号: 1.5, 断网: 1.5, 掉线: 1.5, 网速慢: 1.5, 连不上: 1.5, 打不开: 1.5, 用不了: 1.5, 不能用: 1.5,
    无法使用: 1.5, 没法用: 1.5, 开不了机: 2, 没反应: 1.5, 杂音: 1.5, 异响: 1.5, 模糊: 0.7, 看不清: 1, 过热: 1.5, 烧坏: 1.5,
    漏电: 2, 鼓包: 1.5, 返修: 1, 修了又坏: 2, 没修好: 1.5, 毛病多: 1.5, 问题多: 1, 问题不断: 1.5, 宕机: 1.5, 崩了: 1.5,
    崩溃: 1.5, 报错: 1, 乱码: 1, 关不上: 1.5, 卡住: 1, 不出水: 1.5, 不加热: 1.5, 漏风: 1, 晃动: 1, 摇晃: 1, 不稳: 1, 松动: 1,
    松垮: 1, 散架: 2, 甲醛味: 1.5, 甲醛超标: 2, 甲醛: 0.7, 刺鼻: 1.5, 塑料味: 1, 味道大: 1, 毛刺: 1, 线头: 0.7, 开线: 1.5,
    开胶: 1.5, 断裂: 1.5, 脱落: 1.5, 掉漆: 1.5, 掉皮: 1.5, 起皮: 1.5, 掉毛: 1.5, 裂纹: 1.5, 开裂: 1.5, 裂了: 1.5,
    受潮: 1.5, 变色: 1, 发黄: 1, 生锈: 1.5,
    // Products: clothes, shoes, cosmetics, books, fakes
    褪色: 1, 变形: 1, 皱巴巴: 1.5, 太透: 1, 扎人: 1.5, 磨脚: 1.5, 挤脚: 1.5, 偏大: 0.5, 偏小: 0.5, 显胖: 1.5, 显老: 1.5,
    土气: 1, 廉价: 1, 塑料感: 1.5, 色差: 1.5, 货不对板: 2, 描述不符: 2, 图文不符: 2, 与图片不符: 2, 和图片不一样: 1.5, 照骗: 1.5,
    虚假宣传: 2, 夸大宣传: 2, 言过其实: 1.5, 华而不实: 1.5, 中看不中用: 1.5, 挂羊头卖狗肉: 2, 假冒伪劣: 2, 假货: 1.5, 高仿: 1.5,
    盗版: 1.5, 是假的: 1.5, 翻新机: 2, 三无: 1.5, 黑作坊: 2, 小作坊: 1, 水货: 1, 破玩意: 1.5, 破东西: 1.5, 破烂: 1, 太次: 1.5,
    一坨屎: 2, 没效果: 1.5, 没有效果: 1.5, 毫无效果: 2, 效果不明显: 1, 效果一般: 1, 无效: 1, 白买: 1.5, 闷痘: 1.5, 爆痘: 1.5,
    过敏: 1, 烂脸: 2, 刺痛: 1.5, 红肿: 1.5, 搓泥: 1.5, 拔干: 1.5, 卡粉: 1.5, 脱妆: 1.5, 缺页: 1.5, 污渍: 1.5, 错别字: 1,
    内容空洞: 1.5, 无聊: 1, 枯燥: 1, 乏味: 1, 看不下去: 1.5, 拖沓: 1.5, 啰嗦: 1, 废话: 1, 尴尬: 0.7,
    // Service, staff, attitude
    推诿: 1.5, 踢皮球: 1.5, 推卸: 1.5, 一问三不知: 1.5, 答非所问: 1.5, 机器人客服: 1, 联系不上: 1.5, 没人接: 1.5, 无人接听: 1.5,
    打不通: 1.5, 石沉大海: 1.5, 不了了之: 1.5, 没有下文: 1.5, 没下文: 1.5, 已读不回: 1.5, 不回复: 1.5, 没回复: 1.5, 置之不理: 2,
    不闻不问: 2, 冷处理: 1.5, 拖延: 1.5, 一拖再拖: 2, 迟迟不: 1.5, 效率低: 1.5, 效率太低: 1.5, 官僚: 1.5, 复读机: 1.5, 话术: 1,
    套路: 1.5, 画大饼: 1.5, 说话不算数: 2, 出尔反尔: 2, 言而无信: 2, 不守信用: 2, 不认账: 1.5, 赖账: 1.5, 冷言冷语: 2, 出言不逊: 2,
    蛮横: 1.5, 蛮不讲理: 2, 很凶: 1.5, 凶巴巴: 1.5, 给脸色: 1.5, 甩脸色: 1.5, 不搭理: 1.5, 爱搭不理: 1.5, 白眼: 1.5, 鄙视: 1.5,
    看不起: 1.5, 狗眼看人低: 2, 区别对待: 1.5, 差别对待: 1.5, 恶劣: 1.5, 粗鲁: 1.5, 粗暴: 1.5, 暴力: 1, 不负责任: 2, 不专业: 1.5,
    没素质: 2, 素质低: 2, 没有素质: 2, 脾气大: 1.5, 骂骂咧咧: 2, 爆粗口: 2, 说脏话: 2, 骂人: 2, 辱骂: 2, 大吼大叫: 1.5, 阴阳怪气: 2,
    冷嘲热讽: 2, 嘲讽: 1.5, 指责: 1, 不礼貌: 1.5, 没礼貌: 1.5, 不尊重: 1.5, 服务意识差: 2, 服务不到位: 1.5, 粗心: 1, 偷懒: 1,
    磨洋工: 1.5, 怠慢: 1.5, 吊儿郎当: 1.5, 漫不经心: 1.5, 半吊子: 1.5, 放鸽子: 2, 爽约: 1.5, 小病大修: 2, 顺手牵羊: 1.5,
    难沟通: 1.5, 信不过: 1, 靠不住: 1, 难听: 1,
    // Money, billing, contracts, banks, telecom
    霸王条款: 2, 强买强卖: 2, 强制消费: 2, 捆绑销售: 1.5, 搭售: 1.5, 偷偷扣费: 2, 乱扣费: 2, 乱收费: 1.5, 多收钱: 1.5, 多扣: 1.5,
    重复扣款: 2, 隐形消费: 2, 隐藏费用: 2, 漫天要价: 2, 宰客: 2, 被宰: 2, 黑店: 2, 奸商: 2, 无良: 2, 不良商家: 2, 骗子: 2, 骗局: 2,
    骗钱: 2, 骗人: 1.5, 诈骗: 2, 欺诈: 2, 欺骗: 2, 被骗: 1.5, 刷好评: 1.5, 水军: 1.5, 托儿: 1, 亏了: 1, 血亏: 1.5, 冤枉钱: 2,
    打水漂: 1.5, 天价: 1.5, 割韭菜: 1.5, 抢钱: 1.5, 性价比低: 1.5, 性价比不高: 1.5, 没有性价比: 1.5, 不值这个价: 1.5, 便宜没好货: 1,
    划不来: 1, 不透明: 1, 陷阱: 1.5, 偷跑流量: 2, 虚标: 1.5, 经常出问题: 1.5, 骚扰: 1.5, 推销: 0.7, 强行推销: 1.5, 办不了: 1.5,
    不给办: 1.5, 白跑一趟: 1.5, 折腾: 1, 太麻烦: 1, 很麻烦: 1, 繁琐: 1.5, 不给退: 1.5, 拒绝退款: 2, 不退款: 1.5, 退款难: 1.5,
    退款慢: 1.5, 不到账: 1, 不给换: 1.5, 不保修: 1.5, 拒赔: 1.5, 没人负责: 1.5, 不兑现: 1.5, 拒绝: 0.7,
    // Travel
    航班晚点: 1.5, 飞机晚点: 1.5, 严重晚点: 1.5, 延误: 1, 超售: 1.5, 拒载: 2, 绕路: 1.5, 绕远路: 1.5, 不打表: 1.5, 强制购物: 2,
    走马观花: 1, 排长队: 1, 等太久: 1.5, 等了很久: 1.5, 等了半天: 1.5,
    // General criticism, feelings, warnings
    好差: 1.5, 超差: 1.5, 巨差: 1.5, 非常差: 1.5, 特别差: 1.5, 较差: 1, 差得很: 1.5, 差远了: 1.5, 差点意思: 1, 差到极点: 2,
    稀碎: 1.5, 糟透: 2, 糟心: 1.5, 一塌糊涂: 2, 乱七八糟: 1.5, 一团糟: 1.5, 不咋地: 1.5, 不咋样: 1.5, 不太行: 1, 不太好: 1,
    不理想: 1, 不尽如人意: 1.5, 差强人意: 0.7, 不敢恭维: 1.5, 惨不忍睹: 1.5, 辣眼睛: 1.5, 不过如此: 1, 也就那样: 1, 平淡无奇: 1,
    乏善可陈: 1.5, 毫无特色: 1.5, 大打折扣: 1.5, 不如从前: 1.5, 每况愈下: 1.5, 退步: 1.5, 质量下降: 1.5, 遗憾: 0.7, 可惜: 0.5,
    减分: 1, 噱头: 1, 天花乱坠: 1, 大失所望: 2, 绝望: 1.5, 无奈: 1, 心寒: 1.5, 悔青: 2, 失败: 1, 败笔: 1.5, 硬伤: 1.5,
    缺点: 0.7, 毛病: 0.7, 缺陷: 1.5, 欠佳: 1, 混乱: 1, 不规范: 1, 不正规: 1.5, 不靠谱: 2, 不合格: 1.5, 不达标: 1.5, 没诚意: 1.5,
    毫无诚意: 2, 可笑: 1.5, 荒唐: 1.5, 荒谬: 1.5, 扯淡: 1.5, 瞎说: 1.5, 胡说: 1.5, 放屁: 2, 狗屁: 2, 屁用: 1.5, 没用: 1,
    废物: 2, 没人性: 2, 欺负: 1.5, 良心被狗吃: 2, 丧良心: 2, 昧良心: 2, 猫腻: 1.5, 心塞: 1.5, 添堵: 1.5, 气人: 1.5, 气死: 1.5,
    烦人: 1.5, 讨厌: 1, 反感: 1.5, 厌恶: 1.5, 嫌弃: 1, 不适: 1, 一星: 1.5, 一颗星: 1.5, 零分: 1.5, 千万别: 1.5, 劝退: 1.5,
    谨慎购买: 1.5, 不建议: 1.5, 不推荐: 1.5, 不会再买: 1.5, 再也不来: 1.5, 拉黑: 1.5, 退钱: 1, 值得怀疑: 1,
    // Net slang and rude words
    踩坑: 1.5, 中招: 1, 翻车: 1.5, 拉胯: 1.5, 拉垮: 1.5, 拉跨: 1.5, 避坑: 1.5, 下头: 1, 离大谱: 1.5, emo: 0.7, 麻了: 0.7,
    狗都不: 2, 智障: 1.5, 脑残: 2, 傻逼: 2, 傻x: 2, 傻b: 2, 神经病: 1.5, 奇葩: 1.5, sb: 1.5, tmd: 1.5, cnm: 1.5,
    太low: 1, 好low: 1,
    // Blockers: words that contain a negative term but do not criticise
    腻子: 0, 腻歪: 0, 太老实: 0, 怪味豆: 0, 不熟悉: 0, 人生地不熟: 0, 苍蝇馆: 0, 苍蝇拍: 0, 米老鼠: 0, 有虫草: 0, 过期时间: 0,
    过期作废: 0, 是否过期: 0, 有没有过期: 0, 尽量少: 0, 注水口: 0, 超时空: 0, 过敏体质: 0, 防过敏: 0, 抗过敏: 0, 没反应过来: 0, 色差不多: 0,
    变形金刚: 0, 变色镜: 0, 抗老化: 0, 防老化: 0, 摇晃均匀: 0, 破洞裤: 0, 破洞牛仔: 0, 廉价航空: 0, 是假的吗: 0, 托儿所: 0, 看不起病: 0,
    多亏: 0, 幸亏: 0, 没用过: 0, 没用完: 0, 没用上: 0, 不太好说: 0, 不适用: 0, 一星期: 0, 一星半点: 0, 谢绝: 0, 杜绝: 0, 断绝: 0,
    灿烂: 0, 烂漫: 0, 绚烂: 0, 软烂: 0, 烂熟: 0, 炖烂: 0, 突破: 0, 破解: 0, 破例: 0, 破冰: 0, 破案: 0, 破防: 0, 破译: 0,
    破天荒: 0, 识破: 0, 除臭: 0, 防臭: 0, 去臭: 0, 臭氧: 0, 臭美: 0, 臭干子: 0, 臭豆干: 0, 纳闷: 0, 闷烧: 0, 闷骚: 0, 鱼腥草: 0,
    荤腥: 0, 血腥: 0, 霉干菜: 0, 霉豆腐: 0, 霉千张: 0, 青霉素: 0, 红霉素: 0, 坑位: 0, 入坑: 0, 茅坑: 0, 水坑: 0, 坑道: 0, 慢走: 0,
    慢性: 0, 慢跑: 0, 慢炖: 0, 慢火: 0, 慢熬: 0, 慢煮: 0, 慢工出细活: 0, 慢生活: 0, 慢节奏: 0, 慢悠悠: 0, 贵公司: 0, 贵司: 0,
    贵店: 0, 贵方: 0, 贵行: 0, 贵酒店: 0, 贵平台: 0, 贵单位: 0, 贵重: 0, 贵族: 0, 尊贵: 0, 高贵: 0, 名贵: 0, 贵人: 0, 贵妃: 0,
    贵金属: 0, 贵在: 0, 可贵: 0, 权贵: 0, 金贵: 0, 贵宝地: 0, 心脏: 0, 内脏: 0, 肝脏: 0, 肾脏: 0, 脾脏: 0, 肺脏: 0, 脏器: 0,
    五脏: 0, 一般情况: 0, 一般是: 0, 一般会: 0, 一般要: 0, 一般在: 0, 一般人: 0, 一般的话: 0, 一般来讲: 0, 一般而言: 0, 搞不好: 0,
    弄不好: 0, 说不好: 0, 不行的话: 0, 行不行: 0, 不行吗: 0, 衣服: 0, 克服: 0, 说服: 0, 制服: 0, 收服: 0, 喝醉: 0, 麻醉: 0,
    白花花: 0, 白花菜: 0, 白花油: 0, 平平安安: 0, 天凉: 0, 天气凉: 0, 垃圾桶: 0, 垃圾袋: 0, 垃圾分类: 0, 垃圾站: 0, 垃圾车: 0, 倒垃圾: 0,
    扔垃圾: 0, 垃圾食品: 0, 摸着良心: 0, 比较差异: 0, 比较差距: 0, 比较差别: 0,
    // "X差" evaluations (quality, service, signal...)
    质量差: 1.5, 效果差: 1.5, 服务差: 1.5, 态度差: 1.5, 信号差: 1.5, 网络差: 1.5, 卫生差: 1.5, 环境差: 1.5, 隔音差: 1.5,
    采光差: 1.5, 音质差: 1.5, 画质差: 1.5, 包装差: 1.5, 管理差: 1.5, 技术差: 1.5, 水平差: 1.5, 素质差: 1.5, 续航差: 1.5,
    体验差: 1.5, 口感差: 1.5, 做工差: 1.5, 性价比差: 1.5,
    // Blockers for "X差": comparisons, not faults ("质量差不多", "服务差异")
    质量差不多: 0, 质量差异: 0, 质量差距: 0, 质量差别: 0, 效果差不多: 0, 效果差异: 0, 效果差距: 0, 效果差别: 0, 服务差不多: 0, 服务差异: 0,
    服务差距: 0, 服务差别: 0, 态度差不多: 0, 态度差异: 0, 态度差距: 0, 态度差别: 0, 信号差不多: 0, 信号差异: 0, 信号差距: 0, 信号差别: 0,
    网络差不多: 0, 网络差异: 0, 网络差距: 0, 网络差别: 0, 卫生差不多: 0, 卫生差异: 0, 卫生差距: 0, 卫生差别: 0, 环境差不多: 0, 环境差异: 0,
    环境差距: 0, 环境差别: 0, 隔音差不多: 0, 隔音差异: 0, 隔音差距: 0, 隔音差别: 0, 采光差不多: 0, 采光差异: 0, 采光差距: 0, 采光差别: 0,
    音质差不多: 0, 音质差异: 0, 音质差距: 0, 音质差别: 0, 画质差不多: 0, 画质差异: 0, 画质差距: 0, 画质差别: 0, 包装差不多: 0, 包装差异: 0,
    包装差距: 0, 包装差别: 0, 管理差不多: 0, 管理差异: 0, 管理差距: 0, 管理差别: 0, 技术差不多: 0, 技术差异: 0, 技术差距: 0, 技术差别: 0,
    水平差不多: 0, 水平差异: 0, 水平差距: 0, 水平差别: 0, 素质差不多: 0, 素质差异: 0, 素质差距: 0, 素质差别: 0, 续航差不多: 0, 续航差异: 0,
    续航差距: 0, 续航差别: 0, 体验差不多: 0, 体验差异: 0, 体验差距: 0, 体验差别: 0, 口感差不多: 0, 口感差异: 0, 口感差距: 0, 口感差别: 0,
    做工差不多: 0, 做工差异: 0, 做工差距: 0, 做工差别: 0, 性价比差不多: 0, 性价比差异: 0, 性价比差距: 0, 性价比差别: 0,
  },
};
