'use client';

import { useTranslations } from 'next-intl';
import { SelectField, TextareaField, TextField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { progressStatuses } from '@/db/schema/enums';
import { useUploadAction } from '@/components/ui/useUploadAction';
import { progressAction } from '@/lib/pledges/actions';
import { UPLOAD_MAX_BYTES } from '@/lib/uploads';

/** One target's progress: status, percentage, note and an optional evidence file. */
export function ProgressForm({
  issueId,
  targetId,
  current,
}: {
  issueId: number;
  targetId: number;
  current?: { status: string; percent: number };
}) {
  const t = useTranslations('pledges.progress');
  const refusals = useTranslations('pledges.errors');
  const errors = useTranslations('errors');
  const [state, action] = useUploadAction(progressAction, {
    field: 'evidence',
    maxBytes: UPLOAD_MAX_BYTES,
    tooLarge: refusals('evidenceSize'),
    failed: errors('unexpected'),
  });
  const prefix = `progress-${targetId}`;
  return (
    <ActionForm action={action} state={state} hiddenFields={{ issueId, targetId }} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          idPrefix={prefix}
          label={t('status')}
          name="status"
          options={progressStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          defaultValue={state.values?.status ?? current?.status ?? 'in_progress'}
          error={state.fieldErrors?.status}
        />
        <TextField
          idPrefix={prefix}
          label={t('percent')}
          name="percent"
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          defaultValue={state.values?.percent ?? (current ? String(current.percent) : '')}
          error={state.fieldErrors?.percent}
          hint={t('percentHint')}
        />
      </div>
      <TextareaField
        idPrefix={prefix}
        label={t('note')}
        name="note"
        rows={2}
        limit={2000}
        defaultValue={state.values?.note}
        error={state.fieldErrors?.note}
      />
      <TextField
        idPrefix={prefix}
        label={t('evidence')}
        hint={t('evidenceHint')}
        name="evidence"
        type="file"
        accept="application/pdf,image/jpeg,image/png,image/webp"
        error={state.fieldErrors?.evidence}
      />
      <SubmitButton>{t('submit')}</SubmitButton>
    </ActionForm>
  );
}
