import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { SiteRole } from '@/db/schema/enums';
import { getViewer, type Viewer } from '@/lib/auth/session';
import { hasRole } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import type { FormState } from './state';
import { controlCharacterErrors, fieldErrorsFrom, formDataToObject, valuesFrom, type Translate } from './validation';

type Who = 'anyone' | 'signedIn' | SiteRole;

/** `formData` is the raw form, for what zod does not see (an uploaded file). */
type ActionContext<V extends Viewer | null> = { viewer: V; formData: FormData };

type Definition<S extends z.ZodType, W extends Who> = {
  schema: S;
  /** The least a caller must be; checked against the database before anything else. */
  who: W;
  /** Finer checks that need the input (an AppError('forbidden') from `run` also works). */
  allow?: (viewer: W extends 'anyone' ? Viewer | null : Viewer, input: z.output<S>) => boolean;
  /** Does the work; may return a message key to confirm success, or redirect. */
  run: (
    input: z.output<S>,
    context: ActionContext<W extends 'anyone' ? Viewer | null : Viewer>,
  ) => Promise<void | SuccessResult> | void | SuccessResult;
};

export type SuccessResult = {
  message?: string;
  /** A machine-readable result for the client when one success differs from another (the door: new or repeat). */
  outcome?: string;
  messageValues?: Record<string, string | number>;
  keepValues?: boolean;
  redirectTo?: string;
};

/**
 * The one way to write. Every form action: loads the caller from the database,
 * checks the role, validates with zod, runs one mutation, and on failure hands
 * back translated messages and what was typed — never an internal error.
 */
export function defineAction<S extends z.ZodType, W extends Who>(definition: Definition<S, W>) {
  return async function action(previous: FormState, received: FormData): Promise<FormState> {
    // A form posted before scripts load, or a hand-made request, may pass the data
    // first or not at all; neither may turn into a crash.
    const formData = received instanceof FormData ? received : previous instanceof FormData ? previous : new FormData();
    const t = (await getTranslations()) as unknown as Translate;
    const values = valuesFrom(formData);
    const refuse = (key: string): FormState => ({ ok: false, formError: t(key), values });
    try {
      const viewer = await getViewer();
      if (definition.who !== 'anyone') {
        if (!viewer) return refuse('errors.notSignedIn');
        if (definition.who !== 'signedIn' && !hasRole(viewer, definition.who)) return refuse('errors.forbidden');
      }
      const raw = formDataToObject(formData);
      const hidden = controlCharacterErrors(raw);
      if (hidden) return { ok: false, ...fieldErrorsFrom(hidden, t), values };
      const parsed = definition.schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, ...fieldErrorsFrom(parsed.error, t), values };
      }
      const context = { viewer, formData } as ActionContext<W extends 'anyone' ? Viewer | null : Viewer>;
      if (definition.allow && !definition.allow(context.viewer, parsed.data)) return refuse('errors.forbidden');
      const result = await definition.run(parsed.data, context);
      return {
        ok: true,
        message: result?.message ? t(result.message, result.messageValues) : undefined,
        outcome: result?.outcome,
        values: result?.keepValues ? values : undefined,
        redirectTo: result?.redirectTo,
      };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      if (error instanceof AppError) {
        const message = t(error.code.includes('.') ? error.code : `errors.${error.code}`, error.values);
        return error.field
          ? { ok: false, fieldErrors: { [error.field]: message }, values }
          : { ok: false, formError: message, values };
      }
      console.error('action failed', error);
      return refuse('errors.unexpected');
    }
  };
}
