import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/SignInForm';
import { Card } from '@/components/ui/Card';
import { Link } from '@/lib/i18n/navigation';
import { localPath } from '@/lib/i18n/local-path';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('auth');
  return { title: t('signIn') };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await pageLocale(params);
  const [t, query] = await Promise.all([getTranslations('auth'), searchParams]);
  const email = typeof query.email === 'string' ? query.email.slice(0, 254) : undefined;

  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-4 text-2xl font-bold">{t('signInTitle')}</h1>
        <SignInForm
          email={email}
          callbackUrl={localPath(query.callbackUrl)}
          notice={query.registered === '1' ? t('registered') : undefined}
        />
        <p className="mt-4 text-sm text-muted">
          {t('noAccount')}{' '}
          <Link href="/sign-up" className="font-medium text-brand-800 underline">
            {t('signUp')}
          </Link>
        </p>
      </Card>
    </div>
  );
}
