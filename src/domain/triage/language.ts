/**
 * Decides whether a complaint is Chinese or English (CONTRACT §7: simplified and
 * traditional Chinese are both 'zh') by counting Han characters against Latin letters.
 *
 * A Han character carries about as much as a short English word, so each one counts as
 * three letters; the larger side wins. Text with neither (emoji, digits, a bare URL) falls
 * back to the locale hint, else English. URLs, e-mail addresses and HTML do not count.
 */
import { normalizeText } from './normalize.js';

export type TriageLanguage = 'zh' | 'en';

export interface ScriptCounts {
  han: number;
  latin: number;
}

/** How many Latin letters one Han character weighs. */
export const hanWeightInLetters = 3;

/** Counts Han characters (CJK ideographs, both scripts) and Latin letters in a text. */
export function countScripts(text: string): ScriptCounts {
  let han = 0;
  let latin = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
        latin++;
      }
    } else if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0xf900 && code <= 0xfaff)
    ) {
      han++;
    } else if (code >= 0xd840 && code <= 0xd87f) {
      // High surrogate of CJK extensions B to F: the pair is one Han character.
      han++;
      index++;
    } else if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) {
      latin++;
    }
  }
  return { han, latin };
}

/** The language a locale hint names ('zh-TW', 'zh-CN', 'en-US'…), English when it names neither. */
export function languageOfLocale(locale: string | undefined): TriageLanguage {
  return locale !== undefined && locale.trim().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Decides the language from script counts of an already normalised text. */
export function languageOfScripts(counts: ScriptCounts, locale?: string): TriageLanguage {
  const hanWeight = counts.han * hanWeightInLetters;
  if (hanWeight === counts.latin) {
    return languageOfLocale(locale);
  }
  return hanWeight > counts.latin ? 'zh' : 'en';
}

/** Detects the dominant language of a complaint text; `locale` is only a hint for text without words. */
export function detectLanguage(text: string, locale?: string): TriageLanguage {
  return languageOfScripts(countScripts(normalizeText(text).text), locale);
}

/** Han characters plus English words: how much a text says, in either language. */
export function countWords(text: string, scripts: ScriptCounts = countScripts(text)): number {
  return scripts.han + (text.match(/[a-z]+/gi)?.length ?? 0);
}
