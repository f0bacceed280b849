import type { Email } from '@/lib/mail/mutations';
import { emailTranslator, layout } from '@/lib/mail/render';
import { localizedPath } from '@/lib/i18n/routing';

/**
 * After a sign-up: a welcome to a new account, or, when the email already had one,
 * a note to its owner. The sign-up form answers the same in both cases.
 */
export function accountEmail(
  kind: 'welcome' | 'exists',
  person: { name: string; email: string; locale: string },
  origin: string,
): Email {
  const { locale, t } = emailTranslator(person.locale);
  const { text, html } = layout({
    paragraphs: [t('greeting', { name: person.name }), t(`account.${kind}.body`)],
    link: { label: t('account.signIn'), url: `${origin}${localizedPath('/sign-in', locale)}` },
  });
  return { to: person.email, subject: t(`account.${kind}.subject`), text, html, topic: `account.${kind}` };
}
