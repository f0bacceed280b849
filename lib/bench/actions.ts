'use server';

import { getTranslations } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define-action';
import type { FormState } from '@/lib/actions/state';
import { getViewer } from '@/lib/auth/session';
import { readEnv } from '@/lib/env';
import { registrationInput } from '@/lib/registrations/schema';

// The registration form's validation and error path, with no work behind it.
const validatedOnly = defineAction({ schema: registrationInput, who: 'anyone', run: () => undefined });

/**
 * The bench's minimal control (docs/decisions/0022): a server action that does nothing,
 * on a page outside the proxy, the language routing and the site's layouts, so that
 * `npm run bench -- surge` shows Next's own action path beside ours in the same run.
 * It skips defineAction on purpose: it measures what defineAction adds. The `with`
 * field adds one step of ours at a time (translations, the viewer) to show what each costs.
 * Outside a bench (BENCH_CONTROL unset) it refuses, like a page that does not exist.
 */
export async function benchControlAction(previous: FormState, form: FormData): Promise<FormState> {
  if (!readEnv().BENCH_CONTROL) {
    const t = await getTranslations('errors');
    return { ok: false, formError: t('notFound') };
  }
  const steps = String(form.get('with') ?? '');
  if (steps.includes('translations')) await getTranslations();
  if (steps.includes('viewer')) await getViewer();
  if (steps.includes('defineAction')) return validatedOnly(previous, form);
  return { ok: true };
}
