/**
 * Complaints and reviews written directly in traditional characters with Taiwan and Hong Kong
 * wording (冷氣, 宅配, 超商取貨, 退費, 傻眼, 埋單), so the corpus is not only converted text.
 * Written by the team; each row is labelled by the person who wrote it.
 */
import type { CorpusRow } from '../../src/triage-model/corpus.js';

type Row = [
  text: string,
  category: CorpusRow['category'],
  emotion: CorpusRow['emotion'],
  risks?: CorpusRow['risks'],
];

const complaints: Row[] = [
  ['房間的冷氣整晚都不冷，打給櫃檯說明天才能修，真的很誇張！', 'product_quality', 'angry'],
  ['便當裡面吃到一根頭髮，店家只說不好意思，傻眼。', 'product_quality', 'disappointed'],
  ['網購的吹風機用第二次就壞了，完全不能用。', 'product_quality', 'disappointed'],
  ['手機才買一個月螢幕就一直閃，請問要怎麼送修？', 'product_quality', 'calm'],
  ['飲料喝起來酸酸的，懷疑已經過期了，喝完肚子痛。', 'product_quality', 'anxious', ['safety']],
  ['家裡的網路三天兩頭斷線，打客服也沒用，爛透了！', 'product_quality', 'angry'],
  ['店員態度超差，問個問題就翻白眼，到底在兇什麼？', 'service_attitude', 'angry'],
  ['櫃檯人員講話很不客氣，好像我們欠他錢一樣。', 'service_attitude', 'disappointed'],
  ['客服一直踢皮球，轉了三個人都說不是他負責的。', 'service_attitude', 'angry'],
  ['導遊一路上都在臭臉，不買東西就給我們臉色看。', 'service_attitude', 'disappointed'],
  ['銀行行員很不耐煩，我媽媽問兩次就被念。', 'service_attitude', 'angry'],
  ['宅配說三天內到貨，已經過了一個禮拜還沒收到。', 'timeliness', 'anxious'],
  ['餐點等了快一個小時才上，催了三次都說快好了。', 'timeliness', 'angry'],
  ['申請退費已經兩個禮拜了，到現在都沒有人回覆。', 'timeliness', 'disappointed'],
  ['航班延誤四個小時，地勤完全沒有說明原因。', 'timeliness', 'angry'],
  ['報修網路一個禮拜了，工程師還是沒來，請盡快安排。', 'timeliness', 'calm'],
  ['網站上寫含早餐，到了才說要另外加價，這是在騙人嗎？', 'information_accuracy', 'angry'],
  ['帳單多收了一筆我沒用過的加值服務，請幫我查一下。', 'information_accuracy', 'calm'],
  ['商品頁面寫純棉，收到是聚酯纖維，跟描述完全不符。', 'information_accuracy', 'disappointed'],
  ['信用卡同一筆消費被重複扣款兩次，很擔心會被扣更多。', 'information_accuracy', 'anxious'],
  ['說好免運，結帳的時候卻多了運費。', 'information_accuracy', 'disappointed'],
  ['七天鑑賞期內要退貨，賣家說拆封了就不能退，這合理嗎？', 'policy', 'angry'],
  ['機票因為颱風取消，航空公司只願意改期不願意退費。', 'policy', 'disappointed'],
  ['提前解約要付三千元違約金，當初簽約時根本沒說。', 'policy', 'angry'],
  ['保固期內壞掉，維修中心說是人為損壞要收費。', 'policy', 'disappointed'],
  ['訂房取消被收全額，規定寫得很不清楚，希望能退一部分。', 'policy', 'calm'],
  ['超商取貨一直顯示未到店，包裹好像不見了。', 'logistics', 'anxious'],
  ['宅配把箱子丟在門口，下雨全部淋濕了。', 'logistics', 'angry'],
  ['收到的包裹外箱破掉，裡面的碗碎了兩個。', 'logistics', 'disappointed'],
  ['寄錯顏色了，我訂的是藍色，收到的是紅色，請幫我換。', 'logistics', 'calm'],
  ['託運的行李到現在還沒找到，裡面有明天開會要用的資料！', 'logistics', 'anxious'],
  ['餐廳門口的機車停滿人行道，行人都要走到馬路上。', 'other', 'disappointed'],
  ['你們的推銷電話一天打好幾通，已經說不需要了還一直打。', 'other', 'angry'],
  ['希望停車場可以多一些身障車位。', 'other', 'calm'],
  ['我的信用卡被盜刷了好幾筆，都不是我刷的，很害怕！', 'information_accuracy', 'anxious', ['fraud']],
  ['我的個資被外洩，一直接到詐騙電話。', 'other', 'anxious', ['data_leak']],
  ['再不處理我就要找律師提告。', 'policy', 'angry', ['legal']],
  ['我會把這件事PO上網讓大家評評理。', 'service_attitude', 'angry', ['media']],
  ['好嬲呀，等咗成個鐘都未有人理我哋！', 'timeliness', 'angry'],
  ['埋單嘅時候多收咗錢，職員仲話係我哋計錯。', 'information_accuracy', 'angry'],
];

const reviews: string[] = [
  '餐點好吃，服務也很親切，下次還會再來。',
  '房間乾淨，床很好睡，CP值很高。',
  '出貨很快，包裝也很用心，推推！',
  '客服很有耐心，一下子就幫我處理好了，謝謝。',
  '導遊很專業，行程安排得很順，大家都很滿意。',
  '網路很穩定，師傅安裝也很細心。',
  '空服員很親切，餐點也不錯。',
  '東西跟圖片一樣，質感很好，不會失望。',
  '還不錯啦，價格也合理。',
  '不算貴，吃得很飽，沒什麼好挑剔的。',
  '請問週末有營業嗎？',
  '想請問會員點數要怎麼兌換？',
  '已經收到退款了，謝謝你們。',
];

/** The rows, labelled as written. */
export function zhTraditional(): CorpusRow[] {
  return [
    ...complaints.map(([text, category, emotion, risks]): CorpusRow => ({
      text,
      language: 'zh',
      script: 'traditional',
      category,
      emotion,
      negative: true,
      risks: risks ?? [],
      source: 'written',
    })),
    ...reviews.map((text): CorpusRow => ({
      text,
      language: 'zh',
      script: 'traditional',
      emotion: 'calm',
      negative: false,
      risks: [],
      source: 'written',
    })),
  ];
}
