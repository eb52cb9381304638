/**
 * The language of a request's answer, decided here and nowhere else: the Accept-Language
 * header, q-values respected. The best-weighted language we speak wins (`zh*` → zh-CN,
 * `en*` or `*` → en-US); a header without either, or no header, answers en-US.
 */
import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../domain/vocabulary.js';

export const defaultLocale: Locale = 'en-US';

/** `zh-TW;q=0.8, en;q=0.9` → en-US; `fr, zh;q=0.5` → zh-CN; nothing we speak → en-US. */
export function localeOf(acceptLanguage: string | readonly string[] | undefined): Locale {
  const header = typeof acceptLanguage === 'string' ? acceptLanguage : (acceptLanguage ?? []).join(',');
  let best: { locale: Locale; q: number } | null = null;
  for (const range of header.split(',')) {
    const [tag = '', ...parameters] = range.split(';').map((part) => part.trim());
    const locale = supported(tag.toLowerCase());
    if (!locale) continue;
    const qParameter = parameters.find((p) => /^q\s*=/i.test(p));
    const q = qParameter ? Number(qParameter.replace(/^q\s*=\s*/i, '')) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    // Equal weights keep the header's order: the first listed wins.
    if (!best || q > best.q) best = { locale, q };
  }
  return best?.locale ?? defaultLocale;
}

function supported(tag: string): Locale | null {
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  if (tag === 'en' || tag.startsWith('en-') || tag === '*') return 'en-US';
  return null;
}

export function requestLocale(request: FastifyRequest): Locale {
  return localeOf(request.headers['accept-language']);
}
