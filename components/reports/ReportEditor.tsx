'use client';

import { useActionState, useId, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { initialFormState } from '@/lib/actions/state';
import { saveReportAction } from '@/lib/reports/actions';
import { parseMarkup } from '@/lib/reports/markup';
import { REPORT_MAX } from '@/lib/reports/schema';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { ReportBody, type ReportPhotos } from './ReportBody';
import { CharacterCount } from '@/components/ui/CharacterCount';

/** Markdown-lite in a textarea beside its live preview; every save is a new version. */
export function ReportEditor({
  meetingId,
  reportLocale,
  body,
  latestVersion,
  photos,
}: {
  meetingId: number;
  reportLocale: string;
  body: string;
  latestVersion: number;
  photos: ReportPhotos;
}) {
  const t = useTranslations('reports');
  const [state, formAction] = useActionState(saveReportAction, initialFormState);
  const [text, setText] = useState(body);
  // A new version from the server (a fresh draft, another version opened) replaces the text;
  // after our own save the server's body is what was typed, so nothing is lost.
  const [shown, setShown] = useState(body);
  if (body !== shown) {
    setShown(body);
    setText(body);
  }
  const blocks = useMemo(() => parseMarkup(text), [text]);
  const helpId = useId();
  const error = state.fieldErrors?.body;
  return (
    <form action={formAction} className="grid gap-4 lg:grid-cols-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="reportLocale" value={reportLocale} />
      <input type="hidden" name="baseVersion" value={latestVersion} />
      <div className="flex flex-col gap-2">
        <label htmlFor={`${helpId}-body`} className="font-medium">
          {t('editorLabel')}
        </label>
        <p id={helpId} className="text-sm text-muted">
          {t('editorHelp')}
        </p>
        <textarea
          id={`${helpId}-body`}
          name="body"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={24}
          aria-describedby={`${helpId} ${helpId}-count`}
          aria-invalid={error ? true : undefined}
          className="min-h-96 w-full rounded-md border border-line p-3 font-mono text-sm leading-relaxed"
        />
        {/* A count, not maxLength: pasted text is never cut without a word (issue 18). */}
        <CharacterCount controlId={`${helpId}-body`} limit={REPORT_MAX} id={`${helpId}-count`} />
        {error ? (
          <p role="alert" className="text-danger-700">
            {error}
          </p>
        ) : null}
        <div>
          <SubmitButton>{t('save')}</SubmitButton>
        </div>
        <FormMessages state={state} />
      </div>
      <section aria-labelledby={`${helpId}-preview`} className="rounded-md border border-line bg-white p-4">
        <h2 id={`${helpId}-preview`} className="font-medium">
          {t('preview')}
        </h2>
        <p className="mb-3 text-sm text-muted">{t('previewHelp')}</p>
        <ReportBody blocks={blocks} sourceLinks photos={photos} />
      </section>
    </form>
  );
}
