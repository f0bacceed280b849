'use client';

import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { useUploadAction } from '@/components/ui/useUploadAction';
import { placeReportPhotoAction } from '@/lib/reports/actions';
import { CAPTION_MAX } from '@/lib/reports/schema';
import { UPLOAD_MAX_BYTES } from '@/lib/uploads';

/**
 * Uploads a photo with its caption into the newest version, after the chosen block.
 * A file over the limit is refused in the browser with the field's message (the server
 * says the same to a script, and Next answers 413 far beyond it, never 500).
 */
export function PhotoUploadForm({
  meetingId,
  reportLocale,
  latestVersion,
  blocks,
}: {
  meetingId: number;
  reportLocale: string;
  latestVersion: number;
  blocks: string[];
}) {
  const t = useTranslations('reports.photos');
  const refusals = useTranslations('reports.errors');
  const errors = useTranslations('errors');
  const [state, formAction] = useUploadAction(placeReportPhotoAction, {
    field: 'photo',
    maxBytes: UPLOAD_MAX_BYTES,
    tooLarge: refusals('photoSize'),
    failed: errors('unexpected'),
  });
  const options = [
    { value: '0', label: t('atStart') },
    ...blocks.map((text, index) => ({
      value: String(index + 1),
      label: t('afterBlock', { text: text.length > 24 ? `${text.slice(0, 24)}…` : text }),
    })),
  ];
  const values: Record<string, string> = { after: String(Math.min(1, blocks.length)), ...state.values };
  const field = fieldsOf(values, state.fieldErrors, 'report-photo');
  return (
    <form action={formAction} className="space-y-3" noValidate encType="multipart/form-data">
      <p className="text-sm text-muted">{t('help')}</p>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="reportLocale" value={reportLocale} />
      <input type="hidden" name="baseVersion" value={latestVersion} />
      {/* A file input takes no default value, so only its message is bound. */}
      <TextField
        idPrefix="report-photo"
        label={t('file')}
        name="photo"
        type="file"
        accept="image/jpeg,image/png"
        error={state.fieldErrors?.photo}
      />
      <TextField label={t('caption')} {...field('caption')} limit={CAPTION_MAX} key={`caption-${state.ok}`} />
      <SelectField label={t('after')} {...field('after')} options={options} key={`after-${latestVersion}`} />
      <SubmitButton>{t('upload')}</SubmitButton>
      <FormMessages state={state} />
    </form>
  );
}
