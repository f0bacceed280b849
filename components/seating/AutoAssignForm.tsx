'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ActionButton } from '@/components/ui/ActionButton';
import { CheckboxField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { localizedName } from '@/lib/i18n/localized-name';
import { autoAssignAction, clearSeatsAction } from '@/lib/seating/actions';

/** Seats everyone still without a seat: ticked categories in front, organizations together, reserved seats kept. */
export function AutoAssignForm({
  meetingId,
  categories,
}: {
  meetingId: number;
  categories: { id: number; name: string; nameEn: string | null }[];
}) {
  const t = useTranslations('seating.auto');
  const locale = useLocale();
  const [state, action] = useActionState(autoAssignAction, initialFormState);
  return (
    <div className="space-y-4">
      <ActionForm action={action} state={state} hiddenFields={{ meetingId }} className="space-y-3">
        <fieldset>
          <legend className="text-sm font-medium text-ink">{t('front')}</legend>
          {categories.map((category) => (
            <CheckboxField key={category.id} name={`front_${category.id}`} label={localizedName(category, locale)} />
          ))}
        </fieldset>
        <p className="text-sm text-muted">{t('explain')}</p>
        <SubmitButton>{t('run')}</SubmitButton>
      </ActionForm>
      <ActionButton action={clearSeatsAction} fields={{ meetingId: String(meetingId) }} confirm={t('clearConfirm')}>
        {t('clear')}
      </ActionButton>
    </div>
  );
}
