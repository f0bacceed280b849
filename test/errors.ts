import { AppError } from '@/lib/errors';
import { PledgeError } from '@/lib/pledges/errors';

/** The code of the expected refusal `fn` throws, 'no error' when it throws none, or the unexpected error's text. */
export function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError || error instanceof PledgeError ? error.code : String(error);
  }
  return 'no error';
}
