import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { CharacterCount } from './CharacterCount';
import { cx } from './cx';

type Common = {
  label: ReactNode;
  name: string;
  error?: string;
  hint?: ReactNode;
  className?: string;
  /** Needed when the same field name appears more than once on a page, so ids stay unique. */
  idPrefix?: string;
};

/**
 * Text fields take a `limit` instead of `maxLength`: the browser would cut pasted
 * text at `maxLength` without a word and send the rest. With a limit the field shows
 * a live count near it, and the server's schema refuses longer text with its message.
 */
type Limited = { limit?: number };

const control =
  'block w-full rounded-md border bg-white px-3 py-2 text-base text-ink placeholder:text-muted min-h-11 ' +
  'aria-[invalid=true]:border-danger-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger-700';

/** What the frame hands its control so the label, hint, count and error point at it. */
type ControlWiring = {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/** Label, control, hint and error wired together for screen readers. */
function FieldFrame({
  label,
  name,
  error,
  hint,
  className,
  required,
  children,
  idPrefix = 'field',
  limit,
}: Common & Limited & { required?: boolean; children: (control: ControlWiring) => ReactNode }) {
  const id = `${idPrefix}-${name}`;
  const wiring: ControlWiring = {
    id,
    name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, hint, limit),
  };
  return (
    <div className={cx('space-y-1', className)}>
      <div className="flex items-baseline gap-0.5">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          {label}
        </label>
        {/* Outside the label so the control's accessible name is the label alone; `required` tells screen readers. */}
        {required ? (
          <span aria-hidden="true" className="text-danger-700">
            *
          </span>
        ) : null}
      </div>
      {children(wiring)}
      {limit ? <CharacterCount controlId={id} id={`${id}-count`} limit={limit} /> : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: ReactNode, limit?: number) {
  return (
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null, limit ? `${id}-count` : null]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** Splits a field's props into what the frame draws and what goes on the control itself. */
function splitFrame<P extends Common & Limited>({
  label,
  name,
  error,
  hint,
  className,
  idPrefix,
  limit,
  ...control
}: P) {
  return [{ label, name, error, hint, className, idPrefix, limit }, control] as const;
}

export function TextField(
  props: Common &
    Limited &
    Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'maxLength'> & { ref?: Ref<HTMLInputElement> },
) {
  const [frame, input] = splitFrame(props);
  return (
    <FieldFrame {...frame} required={input.required}>
      {(wiring) => (
        <input
          {...wiring}
          className={cx(control, 'border-line read-only:bg-surface read-only:text-muted')}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

export function TextareaField(
  props: Common & Limited & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'maxLength'>,
) {
  const [frame, input] = splitFrame(props);
  return (
    <FieldFrame {...frame} required={input.required}>
      {(wiring) => <textarea {...wiring} className={cx(control, 'min-h-24 border-line')} {...input} />}
    </FieldFrame>
  );
}

export function SelectField({
  options,
  placeholder,
  ...props
}: Common & {
  options: { value: string; label: string }[];
  placeholder?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'>) {
  const [frame, select] = splitFrame(props);
  return (
    <FieldFrame {...frame} required={select.required}>
      {(wiring) => (
        <select {...wiring} className={cx(control, 'border-line')} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({
  label,
  name,
  error,
  className,
  idPrefix: _idPrefix,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'type'>) {
  return (
    <div className={cx('space-y-1', className)}>
      <label className="flex min-h-11 items-center gap-2 text-base text-ink">
        <input
          type="checkbox"
          name={name}
          className="size-5 accent-brand-700"
          aria-invalid={error ? true : undefined}
          {...input}
        />
        {label}
      </label>
      {error ? <p className="text-sm font-medium text-danger-700">{error}</p> : null}
    </div>
  );
}

/** One checkbox of a list that shares a name (several values are sent); the caller draws the fieldset. */
export function CheckboxChoice({
  children,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'> & { children: ReactNode }) {
  return (
    <label className="flex min-h-11 items-center gap-2">
      <input type="checkbox" {...input} className="size-5 accent-brand-700" />
      {children}
    </label>
  );
}
