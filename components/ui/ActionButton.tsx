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
  confirm,
  className,
  buttonClassName,
}: {
  action: FormAction;
  fields: Record<string, string>;
  children: ReactNode;
  variant?: ButtonVariant;
  /** Asked before sending, for steps that are hard to undo. */
  confirm?: string;
  className?: string;
  buttonClassName?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form
      action={formAction}
      className={className}
      onSubmit={confirm ? (event) => !window.confirm(confirm) && event.preventDefault() : undefined}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} className={buttonClassName}>
        {children}
      </SubmitButton>
      {/* Takes no room until there is something to say, so rows of buttons line up. */}
      <FormMessages state={state} className="not-empty:mt-2" />
    </form>
  );
}
