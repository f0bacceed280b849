'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextareaField, TextField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
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
  const e = state.fieldErrors ?? {};
  const zones = timeZones.includes(v.timeZone) ? timeZones : [v.timeZone, ...timeZones];
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessages state={state} />
      {meetingId ? <input type="hidden" name="meetingId" value={meetingId} /> : null}
      <TextField label={t('title')} name="title" required limit={120} defaultValue={v.title} error={e.title} />
      <TextField
        label={names('englishName')}
        name="titleEn"
        lang="en"
        limit={120}
        defaultValue={v.titleEn}
        error={e.titleEn}
        hint={names('hint')}
      />
      <TextField
        label={t('theme')}
        name="theme"
        limit={200}
        defaultValue={v.theme}
        error={e.theme}
        hint={t('themeHint')}
      />
      <TextField
        label={names('englishTheme')}
        name="themeEn"
        lang="en"
        limit={200}
        defaultValue={v.themeEn}
        error={e.themeEn}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('startsAt')}
          name="startsAt"
          type="datetime-local"
          required
          defaultValue={v.startsAt}
          error={e.startsAt}
        />
        <TextField
          label={t('endsAt')}
          name="endsAt"
          type="datetime-local"
          required
          defaultValue={v.endsAt}
          error={e.endsAt}
        />
      </div>
      {/* Typing filters the list (a datalist): ~420 zones, the common ones on top. The server checks the name. */}
      <TextField
        label={t('timeZone')}
        name="timeZone"
        required
        key={`zone-${v.timeZone}`}
        defaultValue={v.timeZone}
        error={e.timeZone}
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
        <TextField label={t('venueName')} name="venueName" limit={120} defaultValue={v.venueName} error={e.venueName} />
        <TextField
          label={t('venueAddress')}
          name="venueAddress"
          limit={200}
          defaultValue={v.venueAddress}
          error={e.venueAddress}
        />
      </div>
      <TextField
        label={t('capacity')}
        name="capacity"
        inputMode="numeric"
        defaultValue={v.capacity}
        error={e.capacity}
        hint={t('capacityHint')}
        className="sm:max-w-xs"
      />
      <TextareaField
        label={t('description')}
        name="description"
        rows={5}
        limit={5000}
        defaultValue={v.description}
        error={e.description}
        hint={t('descriptionHint')}
      />
      <TextField
        label={t('slug')}
        name="slug"
        limit={60}
        defaultValue={v.slug}
        error={e.slug}
        readOnly={slugLocked}
        hint={slugLocked ? t('slugLocked') : t('slugHint')}
        className="sm:max-w-md"
      />
      <SubmitButton>{meetingId ? common('save') : t('create')}</SubmitButton>
    </form>
  );
}
