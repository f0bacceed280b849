'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxChoice, SelectField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { organizationKinds } from '@/db/schema/enums';
import { initialFormState } from '@/lib/actions/state';
import { issueCampaignAction } from '@/lib/pledges/actions';

/** Issue to every organization of a kind, and/or to the ones ticked. */
export function IssueForm({
  campaignId,
  organizations,
}: {
  campaignId: number;
  organizations: { id: number; name: string; issued: boolean }[];
}) {
  const t = useTranslations('pledges.issue');
  const kinds = useTranslations('organizationKinds');
  const [state, action] = useActionState(issueCampaignAction, initialFormState);
  return (
    <ActionForm action={action} state={state} hiddenFields={{ campaignId }} className="space-y-3">
      <SelectField
        label={t('kind')}
        name="kind"
        placeholder={t('noKind')}
        options={organizationKinds.map((k) => ({ value: k, label: kinds(k) }))}
        error={state.fieldErrors?.kind}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-ink">{t('organizations')}</legend>
        <div className="max-h-64 overflow-y-auto rounded-md border border-line p-2">
          {organizations.map((o) => (
            <CheckboxChoice key={o.id} name="organizationIds" value={o.id} disabled={o.issued}>
              <span>{o.name}</span>
              {o.issued ? <span className="text-sm text-muted">({t('alreadyIssued')})</span> : null}
            </CheckboxChoice>
          ))}
        </div>
        {state.fieldErrors?.organizationIds ? (
          <p className="text-sm font-medium text-danger-700">{state.fieldErrors.organizationIds}</p>
        ) : null}
      </fieldset>
      <SubmitButton>{t('submit')}</SubmitButton>
    </ActionForm>
  );
}
