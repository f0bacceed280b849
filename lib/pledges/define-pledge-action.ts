import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { defineAction, type SuccessResult } from '@/lib/actions/define-action';
import type { FormState } from '@/lib/actions/state';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/auth/session';
import { PledgeError } from './errors';

type Run<S extends z.ZodType> = (input: z.output<S>, context: { viewer: Viewer; formData: FormData }) => Promise<void | SuccessResult> | void | SuccessResult;

/**
 * defineAction (role from the database → zod → mutation), plus the pledge refusals,
 * whose messages live in `pledges.errors` rather than the shared `errors` namespace.
 * The run also gets the raw form, for the evidence file that zod does not see.
 */
export function definePledgeAction<S extends z.ZodType>(definition: { schema: S; run: Run<S> }): (previous: FormState, formData: FormData) => Promise<FormState>;
export function definePledgeAction<S extends z.ZodType>(definition: { schema: S; who: 'anyone'; run: (input: z.output<S>) => Promise<void | SuccessResult> | void | SuccessResult }): (previous: FormState, formData: FormData) => Promise<FormState>;
export function definePledgeAction<S extends z.ZodType>(definition: { schema: S; who?: 'anyone'; run: Run<S> }) {
  return async function action(previous: FormState, formData: FormData): Promise<FormState> {
    let refusal: PledgeError | undefined;
    const inner = defineAction({
      schema: definition.schema,
      who: definition.who ?? 'signedIn',
      async run(input, { viewer }) {
        try {
          // Only public actions (who: 'anyone') can get here without a viewer; they do not read it.
          return await definition.run(input, { viewer: viewer as Viewer, formData });
        } catch (error) {
          if (!(error instanceof PledgeError)) throw error;
          refusal = error;
          throw new AppError('forbidden'); // replaced below by the pledge message
        }
      },
    });
    const state = await inner(previous, formData);
    if (!refusal) return state;
    const t = await getTranslations('pledges.errors');
    const message = t(refusal.code, refusal.options.values);
    return refusal.options.field ? { ...state, formError: undefined, fieldErrors: { [refusal.options.field]: message } } : { ...state, formError: message, fieldErrors: undefined };
  };
}
