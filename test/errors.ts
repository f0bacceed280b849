import { AppError } from '@/lib/errors';

/**
 * The code of the expected refusal `fn` throws (a pledge refusal by its short code),
 * 'no error' when it throws none, or the unexpected error's text.
 */
export function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError && error.code.startsWith('pledges.errors.')) return error.reason;
    return error instanceof AppError ? error.code : String(error);
  }
  return 'no error';
}
