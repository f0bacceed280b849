'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { siteRoles, type SiteRole } from '@/db/schema/enums';
import { initialFormState } from '@/lib/actions/state';
import { changeRoleAction } from '@/lib/people/actions';

export function RoleForm({ personId, role }: { personId: number; role: SiteRole }) {
  const t = useTranslations('people');
  const roles = useTranslations('roles');
  const [state, action] = useActionState(changeRoleAction, initialFormState);
  const current = state.values?.role ?? role;
  return (
    <ActionForm action={action} state={state} hiddenFields={{ personId }} className="space-y-4">
      <SelectField
        label={t('siteRole')}
        name="role"
        key={`role-${current}`}
        defaultValue={current}
        error={state.fieldErrors?.role}
        hint={t('roleHint')}
        options={siteRoles.map((value) => ({ value, label: roles(value) }))}
      />
      <SubmitButton variant="secondary">{t('changeRole')}</SubmitButton>
    </ActionForm>
  );
}
