'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextareaField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState, type FormAction } from '@/lib/actions/state';

export type MeetingFormValues = {
  title: string;
  titleEn: string;
  theme: string;
  themeEn: string;
  description: string;
  venueName: string;
  venueAddress: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
  slug: string;
};

/**
 * Create or edit a meeting. Times are typed as wall-clock times in the chosen
 * zone; the server turns them into instants and checks them.
 */
export function MeetingForm({
  action,
  meetingId,
  initial,
  timeZones,
  slugLocked,
}: {
  action: FormAction;
  meetingId?: number;
  initial: MeetingFormValues;
  timeZones: string[];
  slugLocked?: boolean;
}) {
  const t = useTranslations('meetings.form');
  const common = useTranslations('common');
  const names = useTranslations('names');
  const [state, formAction] = useActionState(action, initialFormState);
  const v = { ...initial, ...state.values };
  const field = fieldsOf(v, state.fieldErrors);
  const zones = timeZones.includes(v.timeZone) ? timeZones : [v.timeZone, ...timeZones];
  return (
    <ActionForm action={formAction} state={state} hiddenFields={{ meetingId }} className="space-y-4">
      <TextField label={t('title')} {...field('title')} required limit={120} />
      <TextField label={names('englishName')} {...field('titleEn')} lang="en" limit={120} hint={names('hint')} />
      <TextField label={t('theme')} {...field('theme')} limit={200} hint={t('themeHint')} />
      <TextField label={names('englishTheme')} {...field('themeEn')} lang="en" limit={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('startsAt')} {...field('startsAt')} type="datetime-local" required />
        <TextField label={t('endsAt')} {...field('endsAt')} type="datetime-local" required />
      </div>
      {/* Typing filters the list (a datalist): ~420 zones, the common ones on top. The server checks the name. */}
      <TextField
        label={t('timeZone')}
        {...field('timeZone')}
        required
        key={`zone-${v.timeZone}`}
        hint={t('timeZoneHint')}
        list="time-zone-choices"
        autoComplete="off"
        spellCheck={false}
      />
      <datalist id="time-zone-choices">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('venueName')} {...field('venueName')} limit={120} />
        <TextField label={t('venueAddress')} {...field('venueAddress')} limit={200} />
      </div>
      <TextField
        label={t('capacity')}
        {...field('capacity')}
        inputMode="numeric"
        hint={t('capacityHint')}
        className="sm:max-w-xs"
      />
      <TextareaField
        label={t('description')}
        {...field('description')}
        rows={5}
        limit={5000}
        hint={t('descriptionHint')}
      />
      <TextField
        label={t('slug')}
        {...field('slug')}
        limit={60}
        readOnly={slugLocked}
        hint={slugLocked ? t('slugLocked') : t('slugHint')}
        className="sm:max-w-md"
      />
      <SubmitButton>{meetingId ? common('save') : t('create')}</SubmitButton>
    </ActionForm>
  );
}
