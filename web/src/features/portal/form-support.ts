/**
 * Form helpers of the customer portal: server problems onto fields, IME-safe Enter,
 * dates in the reader's language.
 */
import type { FormInstance, FormRule } from 'antd';
import type { TFunction } from 'i18next';
import type { KeyboardEvent } from 'react';
import type { FieldProblem } from '../../api/client';

/**
 * The server's validation messages (src/server/http/text.ts and the schemas) in the
 * reader's language; anything else is shown as the server wrote it.
 */
export function translateFieldMessage(message: string, t: TFunction): string {
  if (message === 'give an email address or a phone number') return t('portal.contactRequired');
  if (message === 'must be an email address') return t('portal.emailInvalid');
  if (message.startsWith('must be a phone number')) return t('portal.phoneInvalid');
  if (message === 'must not be empty' || /received undefined/i.test(message)) return t('portal.required');
  if (message.startsWith('must be at most')) return t('portal.tooLong');
  if (message === 'must be on one line') return t('portal.oneLine');
  if (message.startsWith('must not contain') || message.startsWith('must be valid Unicode')) {
    return t('portal.badCharacters');
  }
  return message;
}

/**
 * Puts each `errors[]` entry beside its field (`customer.email` → the field named
 * ['customer', 'email']). Answers the messages whose path is no field of this form,
 * and the first field with an error (to move the focus there).
 */
export function showFieldProblems<T>(
  form: FormInstance<T>,
  problems: readonly FieldProblem[],
  fieldPaths: readonly string[],
  t: TFunction,
): { general: string[]; first: string[] | null } {
  const byPath = new Map<string, string[]>();
  const general: string[] = [];
  for (const p of problems) {
    const message = translateFieldMessage(p.message, t);
    if (fieldPaths.includes(p.path)) {
      byPath.set(p.path, [...(byPath.get(p.path) ?? []), message]);
    } else {
      general.push(p.path ? `${p.path}: ${message}` : message);
    }
  }
  form.setFields([...byPath].map(([path, errors]) => ({ name: path.split('.') as never, errors })));
  const first = fieldPaths.find((path) => byPath.has(path));
  return { general, first: first ? first.split('.') : null };
}

/**
 * Enter in a one-line input submits the form, except while an input method (pinyin,
 * kana…) is composing: then Enter picks the candidate. Safari ends the composition
 * before the keydown, which then carries keyCode 229.
 */
export function preventEnterWhileComposing(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
  // keyCode 229: how Safari marks the Enter that ends a composition.
  if (event.nativeEvent.isComposing || event.nativeEvent.keyCode === 229) event.preventDefault();
}

/** An instant in the reader's language and time zone, e.g. 2026年5月4日星期一 14:05. */
export function formatInstant(iso: string, language: string, style: 'long' | 'short' = 'short'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: style === 'long' ? 'full' : 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** Text inputs: '' and spaces only mean "not given". */
export function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The rule the server applies (an email address or a phone number, at least one), checked
 * on the email field before sending, together with the other required fields.
 */
export function eitherContactRule(t: TFunction): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_rule, value: string | undefined) =>
      given(value) || given(getFieldValue(['customer', 'phone']) as string | undefined)
        ? Promise.resolve()
        : Promise.reject(new Error(t('portal.contactRequired'))),
  });
}

/** File names as a list in the reader's language: "a.png and b.pdf" / "a.png和b.pdf". */
export function listOf(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}
