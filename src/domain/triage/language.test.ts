import { describe, expect, it } from 'vitest';
import { countScripts, detectLanguage, languageOfLocale } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['simplified Chinese', '快递三天了还没到，客服也不回复。', 'zh'],
    ['traditional Chinese', '服務態度很差，我非常生氣。', 'zh'],
    ['English', 'The waiter was rude and the soup was cold.', 'en'],
    ['Chinese with English product names', '我在Amazon买的Kindle屏幕坏了', 'zh'],
    ['English with a Chinese name', 'The manager 王经理 was rude to me and refused to help', 'en'],
  ])('recognises %s', (_name, text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('falls back to the locale hint for emoji-only text', () => {
    expect(detectLanguage('😡😡😡👎', 'zh-CN')).toBe('zh');
    expect(detectLanguage('😡😡😡👎', 'zh-TW')).toBe('zh');
    expect(detectLanguage('😡😡😡👎', 'en-US')).toBe('en');
  });

  it('falls back to English for digits only without a hint', () => {
    expect(detectLanguage('13800138000 2024-10-01')).toBe('en');
  });

  it('does not count the letters of a URL, an e-mail address or HTML', () => {
    expect(
      detectLanguage('https://shop.example.com/orders/refund?customer=someone@example.com', 'zh-CN'),
    ).toBe('zh');
    expect(detectLanguage('<div class="message-body"><span style="color:red">没收到货</span></div>')).toBe(
      'zh',
    );
  });

  it('lets the text win over a contradicting hint', () => {
    expect(detectLanguage('The parcel never arrived.', 'zh-CN')).toBe('en');
    expect(detectLanguage('包裹一直没到', 'en-US')).toBe('zh');
  });
});

describe('countScripts', () => {
  it('counts Han characters of extension B as one character each', () => {
    expect(countScripts('𠀀好')).toEqual({ han: 2, latin: 0 });
  });

  it('counts accented Latin letters', () => {
    expect(countScripts('Très déçu')).toEqual({ han: 0, latin: 8 });
  });
});

describe('languageOfLocale', () => {
  it('reads any Chinese locale as zh and anything else as en', () => {
    expect(languageOfLocale('zh-Hant-HK')).toBe('zh');
    expect(languageOfLocale('fr-FR')).toBe('en');
    expect(languageOfLocale(undefined)).toBe('en');
  });
});
