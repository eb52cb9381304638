/**
 * Turning an API failure into words and form errors: `errors[]` of a problem+json goes
 * beside the field it names, everything else becomes one line of text.
 */
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** The sentence to show for a failed call: the server's `detail`, or a generic line. */
export function problemText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.problem.code === 'network') return t('errors.network');
    return error.problem.detail || t('errors.generic');
  }
  return t('errors.generic');
}

/**
 * Puts each `errors[]` entry beside the form field its path names (`amount`,
 * `customer.email`) when the form has that field, and answers the text for a general
 * alert: the entries no field took, or the problem's `detail`; null when nothing is left.
 */
export function formProblem(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  t: TFunction,
): string | null {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return problemText(error, t);
  const rest: string[] = [];
  const byField = new Map<string, string[]>();
  for (const { path, message } of error.problem.errors) {
    if (fields.includes(path)) byField.set(path, [...(byField.get(path) ?? []), message]);
    else rest.push(`${path}: ${message}`);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
  return rest.length ? `${error.problem.detail} ${rest.join('; ')}` : null;
}
