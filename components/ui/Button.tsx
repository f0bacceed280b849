import type { ButtonHTMLAttributes } from 'react';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 border-transparent',
  secondary: 'bg-white text-ink border-line hover:bg-surface',
  danger: 'bg-white text-danger-700 border-danger-300 hover:bg-danger-50',
  ghost: 'bg-transparent text-ink border-transparent hover:bg-surface',
};

export function buttonClass(variant: ButtonVariant = 'primary', extra?: string): string {
  return cx(
    'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border px-4 py-2 text-base font-medium',
    'disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60',
    variants[variant],
    extra,
  );
}

export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
