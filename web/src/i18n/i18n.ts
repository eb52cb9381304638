/**
 * Languages: zh-CN and en-US for every string. The browser's language picks the default,
 * the switch changes it, and the choice is remembered in this browser.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'closeloop.language';

export function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  if (saved === 'zh-CN' || saved === 'en-US') return saved;
  const preferred = navigator.languages.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en-US';
  }
  return 'zh-CN';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

void i18next.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: initialLanguage(),
  fallbackLng: 'en-US',
  interpolation: { escapeValue: false },
  // Admins' category names arrive as added resources (features/categories): re-render on them.
  react: { bindI18nStore: 'added' },
});
document.documentElement.lang = i18next.language;

export { i18next };
