'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { cx } from './cx';

/** From this share of the limit on, the count is shown; below it, it would only be noise. */
const SHOW_FROM = 0.8;

/**
 * A live count for a text field with a limit. The browser's `maxLength` would cut
 * pasted text without a word, so fields carry no `maxLength`: this count says how
 * close the text is, and the server refuses what is over with the field's message.
 * It follows the control by id, so the field itself can stay a server component.
 */
export function CharacterCount({ controlId, limit, id }: { controlId: string; limit: number; id: string }) {
  const t = useTranslations('common');
  const [length, setLength] = useState(0);
  useEffect(() => {
    const control = document.getElementById(controlId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!control) return;
    const update = () => setLength(control.value.length);
    // A form reset (React 19 resets uncontrolled forms after an action) fires no input event.
    const afterReset = () => setTimeout(update);
    const form = control.form;
    update();
    control.addEventListener('input', update);
    form?.addEventListener('reset', afterReset);
    return () => {
      control.removeEventListener('input', update);
      form?.removeEventListener('reset', afterReset);
    };
  }, [controlId]);
  const over = length - limit;
  return (
    <p
      id={id}
      className={cx(
        'text-sm tabular-nums',
        over > 0 ? 'font-medium text-danger-700' : 'text-muted',
        length < limit * SHOW_FROM && 'sr-only',
      )}
    >
      {over > 0 ? t('charactersOver', { count: length, limit, over }) : t('charactersUsed', { count: length, limit })}
    </p>
  );
}
