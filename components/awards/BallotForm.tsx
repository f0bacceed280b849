'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField, SelectField, TextField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { castBallotAction } from '@/lib/awards/actions';

type Candidate = { id: number; nomineeNames: string; organization: string | null; recused: boolean };

/** Approval: tick up to N. Ranked: give places 1…N with one labelled select per nominee. */
export function BallotForm({
  roundId,
  method,
  maxChoices,
  candidates,
  askReceipt,
  locked,
}: {
  roundId: number;
  method: 'approval' | 'ranked';
  maxChoices: number;
  candidates: Candidate[];
  askReceipt: boolean;
  locked: boolean;
}) {
  const t = useTranslations('awards.ballot');
  const [state, formAction] = useActionState(castBallotAction, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  if (locked) {
    return (
      <div className="space-y-3">
        <FormMessages state={state} />
        <p className="text-muted">{t('noChanges')}</p>
      </div>
    );
  }
  const label = (c: Candidate) => (c.organization ? `${c.nomineeNames}（${c.organization}）` : c.nomineeNames);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="roundId" value={roundId} />
      <fieldset className="space-y-2">
        <legend className="mb-2 font-medium">
          {method === 'approval' ? t('approvalLegend', { max: maxChoices }) : t('rankedLegend', { max: maxChoices })}
        </legend>
        {candidates.map((c) =>
          c.recused ? (
            <p key={c.id} className="text-muted">
              {t('recusedFrom', { nominee: label(c) })}
            </p>
          ) : method === 'approval' ? (
            <CheckboxField key={c.id} idPrefix={`choice-${c.id}`} label={label(c)} name="choice" value={String(c.id)} />
          ) : (
            <SelectField
              key={c.id}
              idPrefix="ballot"
              label={t('rankOf', { nominee: label(c) })}
              name={`rank_${c.id}`}
              defaultValue={v[`rank_${c.id}`] ?? ''}
              options={[
                { value: '', label: t('notRanked') },
                ...Array.from({ length: maxChoices }, (_, i) => ({
                  value: String(i + 1),
                  label: t('place', { place: i + 1 }),
                })),
              ]}
              className="sm:max-w-md"
            />
          ),
        )}
      </fieldset>
      {askReceipt ? (
        <TextField
          label={t('receipt')}
          name="receipt"
          limit={40}
          error={e.receipt}
          hint={t('receiptHint')}
          autoComplete="off"
        />
      ) : null}
      <SubmitButton>{t('submit')}</SubmitButton>
      <FormMessages state={state} />
    </form>
  );
}
