'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField, SelectField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { useFollowRedirect } from '@/components/ui/useFollowRedirect';
import { initialFormState } from '@/lib/actions/state';
import { registerAction } from '@/lib/registrations/actions';

type Question = {
  id: number;
  kind: 'text' | 'choice' | 'consent';
  label: string;
  choices: string[] | null;
  required: boolean;
};

/**
 * Registration for a member (their name and email come from their account: choose
 * a category and submit) or a guest (name, mobile or email, organization).
 */
export function RegistrationForm({
  meetingId,
  member,
  categories,
  organizations,
  questions,
  invitation,
  defaults,
}: {
  meetingId: number;
  member: { name: string; email: string } | null;
  /** `full`: the category's own quota is used up, so registering in it joins the waiting list. */
  categories: { id: number; name: string; full?: boolean }[];
  organizations: { id: number; name: string }[];
  questions: Question[];
  invitation: { token: string; name: string; email: string; categoryName: string } | null;
  defaults: { organizationId: string; categoryId: string };
}) {
  const t = useTranslations('registration.form');
  const common = useTranslations('common');
  const [state, action] = useActionState(registerAction, initialFormState);
  // Registered: on to the ticket.
  useFollowRedirect(state);
  const v: Record<string, string> = {
    organizationId: defaults.organizationId,
    categoryId: defaults.categoryId,
    ...state.values,
  };
  const e = state.fieldErrors ?? {};
  const field = fieldsOf(v, e);
  const who = member ?? invitation;
  return (
    <ActionForm
      action={action}
      state={state}
      hiddenFields={{ meetingId, invitation: invitation?.token }}
      className="space-y-4"
    >
      {who ? (
        <p className="rounded-md bg-surface px-3 py-2">{t('registeringAs', { name: who.name, email: who.email })}</p>
      ) : (
        <>
          <TextField label={t('name')} {...field('name')} required autoComplete="name" limit={50} />
          <TextField
            label={t('phone')}
            {...field('phone')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            hint={t('contactHint')}
          />
          <TextField label={t('email')} {...field('email')} type="email" autoComplete="email" />
        </>
      )}
      {member ? (
        <TextField label={t('phoneOptional')} {...field('phone')} type="tel" inputMode="tel" autoComplete="tel" />
      ) : null}

      {invitation ? (
        <p>{t('invitedCategory', { category: invitation.categoryName })}</p>
      ) : (
        <SelectField
          label={t('category')}
          {...field('categoryId')}
          required
          key={`category-${v.categoryId}`}
          placeholder={categories.length > 1 ? common('choose') : undefined}
          options={categories.map((category) => ({
            value: String(category.id),
            label: category.full ? t('categoryFull', { category: category.name }) : category.name,
          }))}
        />
      )}
      {/* Only a member's own organizations: the choice can take seats held for them. */}
      {organizations.length > 0 ? (
        <SelectField
          label={t('organization')}
          {...field('organizationId')}
          key={`organization-${v.organizationId}`}
          placeholder={t('noOrganization')}
          options={organizations.map((organization) => ({ value: String(organization.id), label: organization.name }))}
        />
      ) : null}
      <TextField
        label={t('organizationName')}
        {...field('organizationName')}
        limit={100}
        hint={t('organizationNameHint')}
      />

      {questions.map((question) => {
        const name = `answer_${question.id}`;
        const answer = { label: question.label, name, required: question.required, error: e[name] };
        if (question.kind === 'consent') {
          return <CheckboxField key={question.id} {...answer} defaultChecked={v[name] === 'on'} />;
        }
        if (question.kind === 'choice') {
          return (
            <SelectField
              key={`${question.id}-${v[name] ?? ''}`}
              {...answer}
              defaultValue={v[name] ?? ''}
              placeholder={common('choose')}
              options={(question.choices ?? []).map((choice) => ({ value: choice, label: choice }))}
            />
          );
        }
        return <TextField key={question.id} {...answer} limit={500} defaultValue={v[name]} />;
      })}
      <SubmitButton>{t('submit')}</SubmitButton>
    </ActionForm>
  );
}
