import type { FormHTMLAttributes, ReactNode } from 'react';
import type { FormState } from '@/lib/actions/state';
import { FormMessages } from './FormMessages';

/** The ids and fixed values a form action needs, as hidden inputs; an absent one is left out. */
export function HiddenFields({ values }: { values: Record<string, string | number | null | undefined> }) {
  return Object.entries(values).map(([name, value]) =>
    value === undefined || value === null || value === '' ? null : (
      <input key={name} type="hidden" name={name} value={value} />
    ),
  );
}

/**
 * A form that posts to a server action: its outcome first (announced), then the hidden
 * record ids, then the fields. The server validates (hence `noValidate`), so its messages
 * come in the user's language. In a grid form, `messagesClassName` places the messages,
 * e.g. across every column.
 */
export function ActionForm({
  action,
  state,
  hiddenFields = {},
  className,
  messagesClassName,
  children,
  ...form
}: {
  action: (formData: FormData) => void;
  state: FormState;
  hiddenFields?: Record<string, string | number | null | undefined>;
  className: string;
  messagesClassName?: string;
  children: ReactNode;
} & Omit<FormHTMLAttributes<HTMLFormElement>, 'action' | 'className' | 'children' | 'noValidate'>) {
  return (
    <form action={action} className={className} noValidate {...form}>
      {messagesClassName ? (
        <div className={messagesClassName}>
          <FormMessages state={state} />
        </div>
      ) : (
        <FormMessages state={state} />
      )}
      <HiddenFields values={hiddenFields} />
      {children}
    </form>
  );
}
