'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { buttonClass, type ButtonVariant } from './Button';

/**
 * Submits its form and shows that the server is working. It stays clickable
 * for assistive tech (aria-disabled) but ignores clicks while pending, so a
 * double click sends one request.
 */
export function SubmitButton({
  children,
  variant = 'primary',
  className,
  name,
  value,
}: {
  children: ReactNode;
  variant?: ButtonVariant;
  className?: string;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  const t = useTranslations('common');
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={buttonClass(variant, className)}
    >
      {pending ? (
        <>
          <span
            aria-hidden="true"
            className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent"
          />
          {t('working')}
        </>
      ) : (
        children
      )}
    </button>
  );
}
