/**
 * What every form action returns. `values` hands back what was typed, because
 * React 19 resets an uncontrolled form after its action runs.
 */
export type FormState = {
  ok?: boolean;
  /** A translated confirmation to show after success. */
  message?: string;
  /** Which kind of success, when the form shows them differently (see SuccessResult). */
  outcome?: string;
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
  /** Where the form should go next; the client navigates, so the action's answer stays small. */
  redirectTo?: string;
};

export const initialFormState: FormState = {};

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;
