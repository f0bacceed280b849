'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { initialFormState } from '@/lib/actions/state';
import { switchLanguage } from '@/lib/auth/actions';
import { usePathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { cx } from '@/components/ui/cx';

/** One button per language; a form, so it works before scripts load and remembers the choice on the server. */
export function LanguageSwitcher() {
  const t = useTranslations('language');
  const current = useLocale();
  const pathname = usePathname();
  const [, action] = useActionState(switchLanguage, initialFormState);
  return (
    <form action={action} className="flex items-center gap-1" aria-label={t('label')}>
      <input type="hidden" name="path" value={pathname} />
      {routing.locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={cx(
            'min-h-11 rounded-md px-2 text-sm whitespace-nowrap',
            locale === current ? 'font-bold text-brand-800 underline underline-offset-4' : 'text-ink hover:bg-surface',
          )}
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
