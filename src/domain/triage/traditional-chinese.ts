/**
 * Folds traditional Chinese characters to simplified ones, so a complaint written in
 * traditional characters ("服務態度很差", "食物中毒") triggers the same cues as one in
 * simplified characters.
 *
 * The hand-written table covers the characters of the cue lexicons (lexicons.ts), with Taiwan
 * and Hong Kong variants (為/爲, 說/説, 著 for 着, 帳 for 账); OpenCC's character table
 * (traditional-chinese-opencc.ts) fills in the rest, character for character. When you add a
 * cue with a character that has a traditional form, add the pair here too.
 */
import { openccPairs } from './traditional-chinese-opencc.js';

// Each token is a traditional character followed by its simplified form.
const pairs = `
萬万 與与 專专 業业 東东 絲丝 丟丢 兩两 嚴严 個个 箇个 豐丰 爲为 為为 舉举 麼么 麽么 書书 買买 亂乱
瞭了 於于 產产 産产 從从 倉仓 價价 衆众 眾众 優优 會会 傳传 傷伤 體体 償偿 關关 興兴 寫写 淨净 準准
涼凉 幾几 憑凭 兇凶 擊击 劃划 則则 別别 製制 辦办 務务 動动 勁劲 醫医 協协 單单 賣卖 壓压 發发 髮发
變变 臺台 檯台 颱台 號号 喫吃 後后 聽听 嘔呕 員员 嚨咙 鹹咸 響响 譟噪 迴回 圖图 圓圆 場场 壞坏 壇坛
聲声 處处 備备 復复 複复 夠够 頭头 誇夸 夾夹 實实 寬宽 對对 導导 盡尽 儘尽 屢屡 豈岂 師师 帶带 幹干
乾干 並并 併并 廣广 庫库 應应 開开 異异 強强 彊强 徹彻 徑径 憂忧 態态 惡恶 噁恶 惱恼 憤愤 戶户 託托
擾扰 護护 報报 擔担 掛挂 損损 換换 據据 擱搁 攝摄 數数 斷断 無无 時时 暈晕 機机 殺杀 權权 條条 來来
闆板 極极 櫃柜 標标 樣样 歡欢 殘残 氣气 沒没 洩泄 瀉泻 漬渍 遊游 滾滚 滿满 靈灵 災灾 點点 煙烟 菸烟
煩烦 燒烧 燙烫 熱热 愛爱 貓猫 現现 電电 監监 盜盗 著着 禮礼 離离 積积 簽签 籤签 簡简 緊紧 紅红 約约
級级 紙纸 線线 綫线 經经 給给 絡络 絕绝 續续 維维 縮缩 網网 罷罢 恥耻 脅胁 髒脏 臟脏 臉脸 緻致 輿舆
蒼苍 薦荐 藥药 慮虑 虛虚 蟲虫 蠅蝇 裝装 規规 視视 觸触 訂订 討讨 讓让 議议 記记 論论 訟讼 諷讽 設设
證证 証证 評评 識识 詐诈 訴诉 診诊 話话 詳详 語语 誤误 說说 説说 請请 諉诿 調调 謬谬 譜谱 負负 責责
賬账 帳账 貨货 質质 貼贴 貸贷 費费 資资 賠赔 趕赶 車车 轉转 輸输 達达 過过 運运 還还 進进 違违 遲迟
遞递 遺遗 郵邮 鬱郁 針针 釣钓 錢钱 鐵铁 銀银 銷销 錯错 門门 閃闪 問问 間间 悶闷 聞闻 隊队 陽阳 陰阴
險险 隱隐 難难 霧雾 黴霉 韻韵 頁页 順顺 頓顿 頻频 題题 馬马 驛驿 罵骂 驗验 騎骑 騙骗 騷骚 魚鱼 魯鲁
鮮鲜 鳥鸟 眞真 汙污 衛卫 衞卫
`;

function pairsOf(table: string): (readonly [string, string])[] {
  return table
    .split(/\s+/)
    .filter((token) => token.length === 2)
    .map((token) => [token.charAt(0), token.charAt(1)] as const);
}

/**
 * Traditional character → simplified character; every pair is one UTF-16 unit to one. The
 * pairs above win; OpenCC's table covers the rest, so the trained model sees one script.
 */
export const traditionalToSimplified: ReadonlyMap<string, string> = new Map([
  ...pairsOf(openccPairs),
  ...pairsOf(pairs),
]);

const traditionalPattern = new RegExp(`[${[...traditionalToSimplified.keys()].join('')}]`, 'g');

/** Folds a whole text to simplified characters, keeping its length. */
export function foldTraditional(text: string): string {
  return text.replace(traditionalPattern, (character) => traditionalToSimplified.get(character) ?? character);
}
