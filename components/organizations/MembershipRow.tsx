'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ActionButton } from '@/components/ui/ActionButton';
import { CheckboxField, TextField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { removeMemberAction, updateMembershipAction } from '@/lib/organizations/actions';

/** One membership: its position and representative flag can be changed, or it can be ended. */
export function MembershipRow({
  membershipId,
  heading,
  position,
  isRepresentative,
}: {
  membershipId: number;
  heading: string;
  position: string | null;
  isRepresentative: boolean;
}) {
  const t = useTranslations('organizations');
  const common = useTranslations('common');
  const [state, action] = useActionState(updateMembershipAction, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <li className="rounded-md border border-line p-3" aria-label={heading}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium whitespace-nowrap">{heading}</p>
        <ActionButton action={removeMemberAction} fields={{ membershipId: String(membershipId) }} variant="danger">
          {t('removeMember')}
        </ActionButton>
      </div>
      <form action={action} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <input type="hidden" name="membershipId" value={membershipId} />
        <TextField
          label={t('position')}
          name="position"
          limit={50}
          defaultValue={state.values?.position ?? position ?? ''}
          error={e.position}
          className="sm:flex-1"
          idPrefix={`membership-${membershipId}`}
        />
        <CheckboxField
          label={t('representative')}
          name="isRepresentative"
          defaultChecked={state.values ? state.values.isRepresentative === 'on' : isRepresentative}
        />
        <SubmitButton variant="secondary">{common('save')}</SubmitButton>
      </form>
      <FormMessages state={state} />
    </li>
  );
}
