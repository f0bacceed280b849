'use client';

import { useActionState, type ReactNode } from 'react';
import { initialFormState, type FormAction } from '@/lib/actions/state';
import type { ButtonVariant } from './Button';
import { FormMessages } from './FormMessages';
import { SubmitButton } from './SubmitButton';

/** A one-button form (archive, remove …) that sends fixed fields through a form action. */
export function ActionButton({
  action,
  fields,
  children,
  variant = 'secondary',
}: {
  action: FormAction;
  fields: Record<string, string>;
  children: ReactNode;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant}>{children}</SubmitButton>
      <FormMessages state={state} />
    </form>
  );
}
