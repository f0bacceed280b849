import { z } from 'zod';
import { plainText } from './fields';

/** Translates zod issues into one message per field, in the user's language. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function translateIssue(issue: z.core.$ZodIssue, t: Translate): string {
  // Schemas name their own messages as keys under `validation.`.
  if (issue.message.startsWith('validation.')) {
    return t(issue.message);
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? t('validation.required')
          : t('validation.tooShort', { min: Number(issue.minimum) });
      }
      if (issue.origin === 'array' || issue.origin === 'set') return t('validation.required');
      return t('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: Number(issue.maximum) });
      return t('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.format');
    case 'invalid_value':
      return t('validation.choice');
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? t('validation.required')
        : t('validation.format');
    default:
      return t('validation.format');
  }
}

export function fieldErrorsFrom(
  error: z.ZodError,
  t: Translate,
): { fieldErrors: Record<string, string>; formError?: string } {
  const fieldErrors: Record<string, string> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    const message = translateIssue(issue, t);
    if (!field) formError ??= message;
    else fieldErrors[field] ??= message; // the first problem per field is the one to fix first
  }
  return { fieldErrors, formError };
}

/** Form fields as plain strings; checkbox groups keep their last value, passwords are never echoed back. */
export function valuesFrom(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || /password/i.test(key) || typeof value !== 'string') continue;
    // Repeated fields (a group of checkboxes) come back comma-separated.
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

/** FormData → plain object for zod; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    result[key] = all.length > 1 ? all : all[0];
  }
  return result;
}

/**
 * Every text a form sends passes the control-character refinement (lib/actions/fields.ts)
 * before the form's own schema runs, so no free-text field of any form can store NUL,
 * ESC or a bidi override, whichever schema a future form forgets to wrap.
 */
const formText = z.record(z.string(), z.union([plainText(z.string()), z.array(plainText(z.string())), z.undefined()]));

export function controlCharacterErrors(input: Record<string, unknown>): z.ZodError | null {
  const parsed = formText.safeParse(input);
  // A repeated field's message belongs to the field, not to its n-th value.
  return parsed.success
    ? null
    : new z.ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: issue.path.slice(0, 1) })));
}
