/**
 * zod's own messages ("Invalid input: expected string, received undefined", "Too big:
 * expected string to have <=2000 characters") in the short Chinese a form shows beside a
 * field ("必填", "最多 2000 个字符"). Our custom messages are not zod's: the catalogue
 * (problem-messages.ts) has them. fastify-type-provider-zod keeps an issue's code in
 * `keyword` and its fields in `params`.
 */
import { z } from 'zod';

export interface ValidationIssue {
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

const english = z.locales.en().localeError;

/** Is this zod's own English wording for the issue (not a message of ours)? */
export function isZodDefault(issue: ValidationIssue): boolean {
  // The received type comes from the input, which the issue does not keep.
  if (issue.keyword === 'invalid_type') return /^Invalid input: expected /.test(issue.message);
  const rendered = english({ ...issue.params, code: issue.keyword } as Parameters<typeof english>[0]);
  const text = typeof rendered === 'string' ? rendered : rendered?.message;
  return text === issue.message;
}

const typeWords: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  object: '对象',
  array: '列表',
  date: '日期',
  bigint: '整数',
};

const formatWords: Record<string, string> = {
  email: '邮箱格式不正确',
  url: '不是有效的网址',
  uuid: '不是有效的 ID',
  guid: '不是有效的 ID',
  datetime: '不是有效的日期时间（ISO 8601）',
  date: '不是有效的日期（YYYY-MM-DD）',
  time: '不是有效的时间（HH:MM）',
  duration: '不是有效的时长（ISO 8601）',
  ipv4: '不是有效的 IPv4 地址',
  ipv6: '不是有效的 IPv6 地址',
  e164: '不是有效的电话号码（E.164）',
  base64: '不是有效的 base64 文本',
  jwt: '不是有效的 JWT',
};

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** The Chinese of zod's own message for this issue. */
export function zodIssueZh({ keyword, message, params }: ValidationIssue): string {
  const limit = (key: 'minimum' | 'maximum') => String(params[key]);
  switch (keyword) {
    case 'invalid_type': {
      if (/received undefined$/.test(message)) return '必填';
      const expected = String(params.expected);
      return `应为${typeWords[expected] ?? expected}`;
    }
    case 'too_small': {
      const n = limit('minimum');
      const exact = params.exact === true;
      switch (params.origin) {
        case 'string':
          if (exact) return `必须是 ${n} 个字符`;
          return n === '1' ? '不能为空' : `至少 ${n} 个字符`;
        case 'array':
        case 'set':
          return n === '1' ? '至少要有 1 项' : `至少 ${n} 项`;
        case 'file':
          return `至少 ${n} 字节`;
        default:
          return params.inclusive === false ? `必须大于 ${n}` : `不能小于 ${n}`;
      }
    }
    case 'too_big': {
      const n = limit('maximum');
      switch (params.origin) {
        case 'string':
          return params.exact === true ? `必须是 ${n} 个字符` : `最多 ${n} 个字符`;
        case 'array':
        case 'set':
          return `最多 ${n} 项`;
        case 'file':
          return `最多 ${n} 字节`;
        default:
          return params.inclusive === false ? `必须小于 ${n}` : `不能大于 ${n}`;
      }
    }
    case 'invalid_format': {
      const format = String(params.format);
      if (format === 'starts_with') return `必须以“${show(params.prefix)}”开头`;
      if (format === 'ends_with') return `必须以“${show(params.suffix)}”结尾`;
      if (format === 'includes') return `必须包含“${show(params.includes)}”`;
      return formatWords[format] ?? '格式不正确';
    }
    case 'invalid_value': {
      const values = Array.isArray(params.values) ? params.values.map(show) : [];
      return values.length === 1 ? `只能是 ${values[0]}` : `必须是以下之一：${values.join(', ')}`;
    }
    case 'not_multiple_of':
      return `必须是 ${show(params.divisor)} 的倍数`;
    case 'unrecognized_keys': {
      const keys = Array.isArray(params.keys) ? params.keys.map(show) : [];
      return `不认识的字段：${keys.join(', ')}`;
    }
    case 'invalid_union':
      return '格式不正确';
    case 'invalid_key':
    case 'invalid_element':
      return '含有无效的值';
    default:
      return '无效的值';
  }
}
