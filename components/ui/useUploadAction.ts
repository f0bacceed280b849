'use client';

import { useActionState, useCallback } from 'react';
import { initialFormState, type FormAction, type FormState } from '@/lib/actions/state';

type Upload = {
  /** The file input's name. */
  field: string;
  /** The app's own limit for the file (the server checks it again). */
  maxBytes: number;
  /** The field message for a file over the limit, in the user's language. */
  tooLarge: string;
  /** The form message when the request fails for any other reason. */
  failed: string;
};

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return values;
}

/**
 * useActionState for a form with a file. Next refuses a server-action body over its
 * limit (next.config.js) before the action runs, answering with an error the form would
 * otherwise show as a crash. So a file over the app's limit is refused here with the same
 * field message the server gives, before anything is sent; and a request that still fails
 * (a hand-tuned browser, a dropped connection) comes back as a message, not an error page.
 */
export function useUploadAction(action: FormAction, upload: Upload) {
  const { field, maxBytes, tooLarge, failed } = upload;
  const guarded = useCallback(
    async (previous: FormState, formData: FormData): Promise<FormState> => {
      const file = formData.get(field);
      const big = typeof file === 'object' && file !== null && file.size > maxBytes;
      if (big) return { ok: false, fieldErrors: { [field]: tooLarge }, values: typedValues(formData) };
      try {
        return await action(previous, formData);
      } catch {
        return { ok: false, formError: failed, values: typedValues(formData) };
      }
    },
    [action, field, maxBytes, tooLarge, failed],
  );
  return useActionState(guarded, initialFormState);
}
