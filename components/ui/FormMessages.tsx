import type { FormState } from '@/lib/actions/state';

/** The form-level outcome: an error to fix, or a confirmation. Announced to screen readers. */
export function FormMessages({ state, className }: { state: FormState; className?: string }) {
  return (
    <div aria-live="polite" data-testid="form-messages" className={className}>
      {state.formError ? (
        <p role="alert" className="rounded-md border border-danger-300 bg-danger-50 px-3 py-2 text-danger-700">
          {state.formError}
        </p>
      ) : null}
      {state.ok && state.message ? (
        <p role="status" className="rounded-md border border-success-300 bg-success-50 px-3 py-2 text-success-800">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
