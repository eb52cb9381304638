/**
 * Short reviews ("味道不错，送餐很快", "太慢了，饭都凉了", "Food was cold and late"): an aspect
 * and a verdict, one to three clauses, with the polarity the verdict carries. Written by the
 * team; they teach the sentiment head evaluative words rather than the shape of a complaint.
 * "一般" / "so-so" counts as negative: in a complaint desk, a lukewarm verdict is a grievance.
 */

export interface AspectVerdicts {
  aspects: string[];
  positive: string[];
  negative: string[];
}

export const zhShort: AspectVerdicts[] = [
  {
    aspects: ['味道', '口味', '菜', '饭菜', '这家的菜'],
    positive: ['不错', '很好吃', '很棒', '挺好的', '很正宗', '超级好吃', '没得说'],
    negative: ['一般', '很差', '难吃', '太咸了', '太淡了', '不怎么样', '不新鲜', '太油了', '有点怪'],
  },
  {
    aspects: ['分量', '量'],
    positive: ['很足', '挺多的', '够吃'],
    negative: ['太少了', '少得可怜', '越来越少', '不够吃'],
  },
  {
    aspects: ['送餐', '配送', '送货', '物流', '快递'],
    positive: ['很快', '非常快', '准时', '速度快'],
    negative: ['太慢了', '慢死了', '超时了', '慢得离谱', '等了两个小时'],
  },
  {
    aspects: ['包装', '包装盒'],
    positive: ['很好', '很严实', '很用心'],
    negative: ['破了', '很差', '漏了', '洒了一半'],
  },
  {
    aspects: ['服务', '态度', '服务员', '客服', '前台', '商家'],
    positive: ['很好', '很热情', '很周到', '很耐心', '很贴心'],
    negative: ['很差', '太差了', '恶劣', '冷淡', '敷衍', '不耐烦'],
  },
  {
    aspects: ['价格', '性价比'],
    positive: ['实惠', '很高', '公道', '划算'],
    negative: ['太贵了', '太低了', '不值', '坑人'],
  },
  {
    aspects: ['房间', '卫生', '环境', '床'],
    positive: ['很干净', '很舒服', '不错', '整洁', '宽敞'],
    negative: ['很脏', '太小了', '有异味', '很旧', '很潮湿', '不干净'],
  },
  {
    aspects: ['隔音', '设施', '空调', '热水'],
    positive: ['很好', '齐全', '很新'],
    negative: ['很差', '太旧了', '坏了', '时有时无'],
  },
  {
    aspects: ['早餐', '自助餐'],
    positive: ['丰富', '种类多', '很好吃'],
    negative: ['很一般', '种类太少', '难吃', '凉的'],
  },
  {
    aspects: ['质量', '做工', '质感', '面料'],
    positive: ['很好', '不错', '很结实', '很舒服'],
    negative: ['很差', '太差了', '一般般', '粗糙', '劣质', '有瑕疵'],
  },
  {
    aspects: ['屏幕', '电池', '系统', '手机', '电脑'],
    positive: ['很流畅', '很清晰', '很耐用', '续航不错'],
    negative: ['经常卡', '不耐用', '发烫严重', '老是死机', '耗电太快'],
  },
];

export const zhShortEndings = {
  positive: ['', '，好评', '，下次还来', '，推荐', '！', '，满意', '，会回购的', '，赞'],
  negative: [
    '',
    '，差评',
    '，再也不会买了',
    '，不会再来了',
    '！',
    '，失望',
    '，太失望了',
    '。',
    '，下次不点了',
    '，后悔',
  ],
};

export const enShort: AspectVerdicts[] = [
  {
    aspects: ['the food', 'the meal', 'dinner', 'the pizza'],
    positive: ['was delicious', 'was great', 'was amazing', 'was tasty'],
    negative: ['was awful', 'was bland', 'was cold', 'was terrible', 'was mediocre', 'was stale'],
  },
  {
    aspects: ['delivery', 'shipping', 'the courier'],
    positive: ['was fast', 'was quick', 'was on time'],
    negative: ['was slow', 'took forever', 'was late again', 'never showed up'],
  },
  {
    aspects: ['service', 'the staff', 'customer service', 'the crew', 'the agent'],
    positive: ['was friendly', 'was helpful', 'was excellent', 'was amazing'],
    negative: ['was rude', 'was useless', 'was unhelpful', 'sucks', 'was a joke'],
  },
  {
    aspects: ['the price', 'the value'],
    positive: ['was fair', 'was great'],
    negative: ['was a rip-off', 'is way too high'],
  },
  {
    aspects: ['the room', 'the hotel', 'the seat', 'the cabin'],
    positive: ['was clean', 'was comfortable', 'was spacious'],
    negative: ['was dirty', 'was cramped', 'smelled bad', 'was broken'],
  },
  {
    aspects: ['the flight', 'my flight', 'the trip'],
    positive: ['was smooth', 'was on time', 'was lovely'],
    negative: ['was delayed again', 'got cancelled', 'was a nightmare', 'was delayed 3 hours'],
  },
  {
    aspects: ['the app', 'the website', 'wifi'],
    positive: ['works great', 'is easy to use'],
    negative: ['keeps crashing', 'is down again', 'does not work', 'is so slow'],
  },
  {
    aspects: ['quality', 'the product', 'the phone'],
    positive: ['is excellent', 'is solid', 'is great'],
    negative: ['is poor', 'is cheap junk', 'stopped working', 'is disappointing'],
  },
];

export const enShortEndings = {
  positive: ['.', '!', '. Thanks!', '. Love it.', '. Great job!', '. Recommended.', ' :)'],
  negative: [
    '.',
    '!',
    '. Never again.',
    '. Not happy.',
    '. So disappointed.',
    '!!',
    '. Thanks for nothing.',
    '. Ugh.',
  ],
};
