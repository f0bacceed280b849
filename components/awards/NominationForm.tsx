'use client';

import { useTranslations } from 'next-intl';
import { SelectField, TextareaField, TextField } from '@/components/ui/Field';
import { CategorySelect } from '@/components/awards/CategorySelect';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { useFollowRedirect } from '@/components/ui/useFollowRedirect';
import { useUploadAction } from '@/components/ui/useUploadAction';
import type { FormAction } from '@/lib/actions/state';
import { UPLOAD_MAX_BYTES } from '@/lib/uploads';
import { CITATION_MAX } from '@/db/schema/enums';

export type NominationFormValues = {
  categoryId: string;
  kind: string;
  nomineeNames: string;
  organization: string;
  citation: string;
};

/** Nominate (members as themselves; the public with their name and email), or edit by the private link. */
export function NominationForm({
  action,
  categories,
  initial,
  askNominator,
  token,
}: {
  action: FormAction;
  categories: { id: number; name: string }[];
  initial: NominationFormValues;
  askNominator: boolean;
  token?: string;
}) {
  const t = useTranslations('awards.nominate');
  const refusals = useTranslations('awards.errors');
  const errors = useTranslations('errors');
  const [state, formAction] = useUploadAction(action, {
    field: 'photo',
    maxBytes: UPLOAD_MAX_BYTES,
    tooLarge: refusals('photoSize'),
    failed: errors('unexpected'),
  });
  useFollowRedirect(state);
  const v: Record<string, string> = { nominatorName: '', nominatorEmail: '', ...initial, ...state.values };
  const e = state.fieldErrors ?? {};
  const field = fieldsOf(v, e);
  return (
    <ActionForm
      action={formAction}
      state={state}
      hiddenFields={{ token }}
      className="space-y-4"
      encType="multipart/form-data"
    >
      {token ? (
        <input type="hidden" name="categoryId" value={v.categoryId} />
      ) : (
        <CategorySelect {...field('categoryId')} categories={categories} />
      )}
      <SelectField
        label={t('kind')}
        {...field('kind')}
        required
        key={`k-${v.kind}`}
        options={(['individual', 'group', 'organization'] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextField
        label={t('nomineeNames')}
        {...field('nomineeNames')}
        required
        limit={200}
        hint={t('nomineeNamesHint')}
      />
      <TextField label={t('organization')} {...field('organization')} limit={200} />
      <TextareaField
        label={t('citation')}
        {...field('citation')}
        required
        rows={8}
        limit={CITATION_MAX}
        hint={t('citationHint', { max: CITATION_MAX })}
      />
      <TextField
        label={t('photo')}
        name="photo"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        error={e.photo}
        hint={t('photoHint')}
      />
      {askNominator ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('nominatorName')} {...field('nominatorName')} required limit={100} />
          <TextField label={t('nominatorEmail')} {...field('nominatorEmail')} type="email" required limit={200} />
        </div>
      ) : null}
      <SubmitButton>{token ? t('save') : t('submit')}</SubmitButton>
    </ActionForm>
  );
}
