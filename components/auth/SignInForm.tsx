'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
import type { FormState } from '@/lib/actions/state';
import { useRouter } from '@/lib/i18n/navigation';

const knownFailures = ['invalid', 'locked', 'malformed', 'demo'] as const;
type Failure = (typeof knownFailures)[number] | 'unavailable';

/**
 * Sign-in goes through next-auth's own endpoint, which sets the session cookie.
 * The server checks the password and the throttle in `authorize` and answers
 * with a failure code; this form translates it (docs/decisions/0003).
 */
export function SignInForm({ email, callbackUrl, notice }: { email?: string; callbackUrl: string; notice?: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const [state, setState] = useState<FormState>(notice ? { ok: true, message: notice } : {});
  const [pending, startTransition] = useTransition();
  // Until scripts run, the button stays off: a plain form post would go nowhere useful.
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    // Read what is in the fields, whatever was typed before the page came alive.
    const fields = new FormData(form);
    startTransition(async () => {
      const result = await signIn('credentials', {
        email: String(fields.get('email') ?? ''),
        password: String(fields.get('password') ?? ''),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      // A lock comes as "locked.<minutes left>".
      const [code, minutes] = (result?.error ?? '').split('.');
      const failure: Failure = knownFailures.includes(code as never) ? (code as Failure) : 'unavailable';
      const password = form.elements.namedItem('password');
      if (password instanceof HTMLInputElement) password.value = '';
      setState({ ok: false, formError: t(`failure.${failure}`, { minutes: Number(minutes) || 15 }) });
    });
  }

  return (
    <form onSubmit={submit} method="post" className="space-y-4" noValidate>
      <FormMessages state={state} />
      <TextField label={t('email')} name="email" type="email" autoComplete="username" required defaultValue={email} />
      <TextField label={t('password')} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={!hydrated} aria-disabled={pending} className="w-full">
        {pending ? t('signingIn') : t('signIn')}
      </Button>
    </form>
  );
}
