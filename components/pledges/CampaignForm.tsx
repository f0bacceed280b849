'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { TextareaField, TextField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { createCampaignAction, updateCampaignAction } from '@/lib/pledges/actions';

export type CampaignValues = { title: string; year: string; signingDue: string; body: string; targets: string };

/** Title, year, due date, the text (Markdown-lite) and the targets, one per line. */
export function CampaignForm({ campaignId, initial }: { campaignId?: number; initial: CampaignValues }) {
  const t = useTranslations('pledges.form');
  const [state, action] = useActionState(campaignId ? updateCampaignAction : createCampaignAction, initialFormState);
  const router = useRouter();
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
  const v = (key: keyof CampaignValues) => state.values?.[key] ?? initial[key];
  const e = state.fieldErrors ?? {};
  return (
    <ActionForm action={action} state={state} hiddenFields={{ campaignId }} className="space-y-4">
      <TextField
        label={t('title')}
        name="title"
        required
        limit={200}
        defaultValue={v('title')}
        error={e.title}
        key={`title-${v('title')}`}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('year')}
          name="year"
          type="number"
          inputMode="numeric"
          required
          defaultValue={v('year')}
          error={e.year}
          key={`year-${v('year')}`}
        />
        <TextField
          label={t('signingDue')}
          name="signingDue"
          type="date"
          required
          defaultValue={v('signingDue')}
          error={e.signingDue}
          key={`due-${v('signingDue')}`}
        />
      </div>
      <TextareaField
        label={t('body')}
        hint={t('bodyHint')}
        name="body"
        rows={12}
        required
        limit={20_000}
        defaultValue={v('body')}
        error={e.body}
        key={`body-${v('body').length}`}
      />
      <TextareaField
        label={t('targets')}
        hint={t('targetsHint')}
        name="targets"
        rows={6}
        required
        limit={20_000}
        defaultValue={v('targets')}
        error={e.targets}
        key={`targets-${v('targets').length}`}
      />
      {campaignId ? <p className="text-sm text-muted">{t('versionNote')}</p> : null}
      <SubmitButton>{campaignId ? t('save') : t('create')}</SubmitButton>
    </ActionForm>
  );
}
