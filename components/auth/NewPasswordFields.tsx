import { TextField } from '@/components/ui/Field';

/**
 * A new password and its confirmation. Neither field takes a default value: a password is
 * never sent back into the page after a failed try.
 */
export function NewPasswordFields({
  name,
  label,
  hint,
  confirmLabel,
  errors = {},
}: {
  name: 'password' | 'newPassword';
  label: string;
  hint: string;
  confirmLabel: string;
  errors?: Record<string, string>;
}) {
  return (
    <>
      <TextField
        label={label}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        error={errors[name]}
        hint={hint}
      />
      <TextField
        label={confirmLabel}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
    </>
  );
}
