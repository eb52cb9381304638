import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isZodDefault, zodIssueZh, type ValidationIssue } from './zod-issues.js';

/** The issues as fastify-type-provider-zod hands them on: code as keyword, fields as params. */
function issuesOf(schema: z.ZodType, value: unknown): ValidationIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map(({ code, message, path: _path, ...params }) => ({
    keyword: code,
    message,
    params,
  }));
}

const form = z.object({
  name: z.string().min(1).max(20),
  email: z.email(),
  id: z.uuid(),
  channel: z.enum(['web', 'email']),
  count: z.number().int().min(1).max(5),
  tags: z.array(z.string()).max(2),
  own: z.string().refine((s) => s === 'ok', 'must be ok'),
});

describe('zod issues in Chinese', () => {
  const issues = issuesOf(form, {
    name: 'x'.repeat(21),
    email: 'nope',
    id: '123',
    channel: 'fax',
    count: 9,
    tags: ['a', 'b', 'c'],
    own: 'no',
  });
  const zh = (keyword: string) => issues.filter((i) => i.keyword === keyword).map(zodIssueZh);

  it('renders each default message naturally', () => {
    expect(zh('too_big')).toEqual(['最多 20 个字符', '不能大于 5', '最多 2 项']);
    expect(zh('invalid_format')).toEqual(['邮箱格式不正确', '不是有效的 ID']);
    expect(zh('invalid_value')).toEqual(['必须是以下之一：web, email']);
  });

  it('says 必填 for a missing field and names the expected type otherwise', () => {
    const [missing] = issuesOf(z.object({ title: z.string() }), {});
    expect(zodIssueZh(missing!)).toBe('必填');
    const [wrong] = issuesOf(z.object({ amount: z.number() }), { amount: 'ten' });
    expect(zodIssueZh(wrong!)).toBe('应为数字');
    const [empty] = issuesOf(z.string().min(1), '');
    expect(zodIssueZh(empty!)).toBe('不能为空');
    const [short] = issuesOf(z.string().min(10), 'abc');
    expect(zodIssueZh(short!)).toBe('至少 10 个字符');
  });

  it('tells zod’s own wording from ours', () => {
    expect(issues.filter((i) => i.keyword !== 'custom').every(isZodDefault)).toBe(true);
    expect(isZodDefault(issues.find((i) => i.keyword === 'custom')!)).toBe(false);
    const [custom] = issuesOf(z.string().max(2, 'at most two'), 'abc');
    expect(isZodDefault(custom!)).toBe(false);
  });
});
