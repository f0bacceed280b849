import { getTranslations } from 'next-intl/server';
import { SignUpForm } from '@/components/auth/SignUpForm';
import { Card } from '@/components/ui/Card';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('auth');
  return { title: t('signUp') };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('auth');
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-4 text-2xl font-bold">{t('signUpTitle')}</h1>
        <SignUpForm />
        <p className="mt-4 text-sm text-muted">
          {t('haveAccount')}{' '}
          <Link href="/sign-in" className="font-medium text-brand-800 underline">
            {t('signIn')}
          </Link>
        </p>
      </Card>
    </div>
  );
}
