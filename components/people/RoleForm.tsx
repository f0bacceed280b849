'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
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
    <form action={action} className="space-y-4" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="personId" value={personId} />
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
    </form>
  );
}
