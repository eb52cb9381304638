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
    送医: 2, 就医: 2, 住院: 2, 医院: 1, 急诊: 2, 救护车: 2, 打120: 2, 叫了120: 2, 医药费: 1.5,
    起火: 2, 着火: 2, 失火: 2, 火灾: 2, 冒烟: 2, 烟雾: 1, 爆炸: 2, 炸了: 1, 自燃: 2, 漏电: 2, 触电: 2,
    电到: 1.5, 电击: 2, 短路: 1, 燃气泄漏: 2, 煤气泄漏: 2, 窒息: 2, 噎住: 2, 卡住喉咙: 2, 鱼刺: 1,
    晕倒: 2, 昏倒: 2, 安全隐患: 2, 安全问题: 2, 食品安全: 2, 危险: 1, 变质: 0.5, 发霉: 0.5,
    'food poisoning': 2.5, 'poison*': 1.5, 'diarrh*': 1.5, 'vomit*': 1.5, 'threw up': 1.5,
    'throwing up': 1.5, 'got sick': 1.5, 'made me sick': 1.5, 'made us sick': 1.5,
    'sick after': 1.5, allergic: 1.5, allergy: 1.5, allergies: 1.5, 'anaphyla*': 2, epipen: 2,
    'injur*': 2, hurt: 1, burn: 1.5, burns: 1.5, burned: 1.5, 'scald*': 2, fire: 1.5,
    'caught fire': 2, 'on fire': 2, smoke: 1.5, sparks: 1.5, 'explod*': 2, explosion: 2,
    'electric shock': 2, 'electrocut*': 2, 'got a shock': 1.5, 'hospital*': 1.5,
    'emergency room': 2, 'a&e': 2, ambulance: 2, choking: 2, choked: 2, 'glass in': 2,
    'piece of glass': 2, 'shard*': 1.5, 'metal in': 1.5, 'foreign object': 2, 'hair in': 1,
    'insect*': 1.5, 'cockroach*': 2, 'roach*': 1.5, 'bugs in': 1.5, 'bug in my': 1.5,
    'bed bug*': 2, 'bedbug*': 2, 'maggot*': 2, 'mouse droppings': 2, slipped: 1.5, tripped: 1.5,
    'broke my arm': 2, 'broke my leg': 2, 'fractur*': 2, bleeding: 2, 'cut my': 1.5, unsafe: 1.5,
    dangerous: 1.5, 'hazard*': 1.5, 'gas leak': 2, 'carbon monoxide': 2, fainted: 2,
    'passed out': 2,
  },
  fraud: {
    诈骗: 2, 骗子: 2, 骗局: 2, 被骗: 1.5, 骗钱: 2, 骗了: 1, 骗人: 1, 盗刷: 2.5, 被盗刷: 2.5, 被盗: 1.5, 盗用: 2,
    被扣款: 1.5, 莫名扣款: 2, 无故扣款: 2, 无故扣费: 2, 乱扣费: 2, 乱扣款: 2, 私自扣款: 2.5,
    私自扣费: 2.5, 自动扣费: 1, 未授权: 2, 未经授权: 2, 未经同意: 1.5, 未经我同意: 1.5,
    没经过我同意: 1.5, 虚假交易: 2.5, 欺诈: 2.5, 假冒: 1.5, 假货: 1.5, 冒充: 1.5, 钓鱼: 1.5,
    盗号: 2, 账户被盗: 2.5, 账号被盗: 2.5, 套路贷: 2.5, 被转走: 1.5, 不明交易: 2, 陌生交易: 2,
    异常交易: 1.5, 杀熟: 1.5,
    'scam*': 2, 'fraud*': 2.5, 'unauthori*': 2, 'charged without': 2, 'without my consent': 2,
    'without my permission': 2, 'without authorization': 2, 'stolen card': 2.5,
    'card was stolen': 2.5, 'identity theft': 2.5, 'stole my identity': 2.5, phishing: 2,
    counterfeit: 1.5, fake: 0.7, 'fake product': 1.5, 'swindl*': 2, 'con artist': 2, hacked: 1.5,
    "charges i didn't make": 2.5, 'charges i did not make': 2.5, "didn't authori*": 2,
    'did not authori*': 2, 'never authori*': 2, cheated: 1.5, 'deceiv*': 1.5,
    'bait and switch': 2,
  },
  data_leak: {
    信息泄露: 2.5, 信息泄漏: 2.5, 数据泄露: 2.5, 泄露: 2, 泄漏: 1, 隐私: 1.5,
    个人信息被: 2, 个人信息: 1, 信息被卖: 2.5, 倒卖: 1.5, 骚扰电话: 1.5, 骚扰短信: 1.5, 推销电话: 1,
    手机号被: 1.5, 身份证号: 1, 偷拍: 2, 针孔摄像头: 2.5,
    'data breach': 2.5, breach: 1.5, leaked: 2, 'data leak': 2.5, 'information leak': 2.5,
    'my personal information': 2, 'my personal data': 2, 'personal information': 1.5,
    'personal data': 1.5, 'personal details': 1.5, privacy: 1.5, 'spam calls': 1.5,
    'spam texts': 1.5, 'sold my data': 2.5, 'sold my information': 2.5,
    'shared my information': 2, 'shared my data': 2, gdpr: 2, 'exposed my': 2,
    'hidden camera': 2.5, "someone else's account": 2, "another customer's": 1.5,
    'social security number': 1.5,
  },
  legal: {
    律师: 2, 律师函: 2.5, 起诉: 2, 法院: 2, 法庭: 2, 打官司: 2, 诉讼: 2, '12315': 2.5, 消协: 2,
    消费者协会: 2, 工商: 1.5, 工商局: 2, 工商银行: 0, 市场监管: 2, 市场监督管理: 2, 监管部门: 2,
    有关部门: 1, 维权: 1.5, 报警: 2, 报警器: 0, 警察: 1.5, 派出所: 2, 仲裁: 2, 法律: 1.5,
    法律途径: 2.5, 法律责任: 2, 银保监: 2, 金融监管: 2, 民航局: 2, 工信部: 2, 举报: 1.5,
    消费者权益: 1.5, 消法: 2, 退一赔三: 2, 假一赔十: 1.5,
    'lawyer*': 2, 'attorney*': 2, sue: 2, suing: 2, sued: 2, lawsuit: 2.5, court: 1.5,
    'food court': 0, 'small claims': 2.5, 'legal action': 2.5, legal: 1, 'regulator*': 2,
    cfpb: 2.5, bbb: 2, 'better business bureau': 2.5, ftc: 2, fcc: 2, ombudsman: 2.5,
    'trading standards': 2.5, 'consumer protection': 2, 'attorney general': 2.5, police: 2,
    'report you': 1.5, 'file a complaint with': 1.5, 'department of transportation': 2,
    arbitration: 2, 'class action': 2.5,
  },
  media: {
    媒体: 2, 记者: 2, 曝光: 2, 曝光过度: 0, 曝光不足: 0, 微博: 2, 抖音: 1.5, 抖音上买: 0, 抖音买: 0,
    抖音商城: 0, 小红书: 1.5, 朋友圈: 1.5, 发帖: 2, 发到网上: 2.5, 传到网上: 2.5, 放到网上: 2.5,
    挂到网上: 2.5, 挂网上: 2, 网上曝光: 2.5, 上网曝光: 2.5, '315': 2, 电视台: 2, 报社: 2, 报纸: 1.5,
    新闻: 1.5, 大众点评: 1.5, 差评: 1, 黑猫投诉: 2.5, 论坛: 1.5, 贴吧: 1.5, 知乎: 1.5, 视频号: 1.5,
    公众号: 1, 舆论: 2, 让大家看看: 2, 让所有人知道: 2, 公之于众: 2.5, 网友: 1.5, 热搜: 2.5,
    'journalist*': 2, 'reporter*': 2, 'the press': 2, 'press coverage': 2, news: 1.5,
    newspaper: 2, 'tv station': 2, media: 1.5, 'social media': 2, twitter: 2, 'tweet*': 2,
    facebook: 1.5, instagram: 1.5, tiktok: 1.5, youtube: 1.5, reddit: 2, weibo: 2, yelp: 2,
    tripadvisor: 2, trustpilot: 2, 'google review*': 2, 'review site*': 2,
    'one-star review': 2, 'one star review': 2, '1-star review': 2, 'bad review': 1.5,
    'negative review': 1.5, 'post it online': 2.5, 'post this online': 2.5, 'post online': 2,
    'post about this': 2, 'posting this': 2, 'go public': 2, 'going public': 2, viral: 2,
    'everyone will know': 2, 'tell everyone': 1.5, 'blog*': 1.5,
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
  },
};
