import { createTranslator, hasLocale } from 'next-intl';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { localizedPath, routing, type AppLocale } from '@/lib/i18n/routing';
import { layout } from '@/lib/mail/render';
import { formatDay } from './format';
import type { Email } from '@/lib/mail/mutations';

const translators = new Map<AppLocale, ReturnType<typeof make>>();
const make = (locale: AppLocale) =>
  createTranslator({ locale, messages: locale === 'en' ? en : zh, namespace: 'pledges.email' });

function translator(locale: string) {
  const chosen: AppLocale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  let t = translators.get(chosen);
  if (!t) translators.set(chosen, (t = make(chosen)));
  return { locale: chosen, t };
}

/** "A pledge was issued to your organization" or a reminder, in the representative's language. */
export function pledgeEmail(
  notice: 'issued' | 'reminder',
  person: { name: string; email: string; locale: string },
  details: { issueId: number; campaign: string; organization: string; due: Date; origin: string },
): Email {
  const { locale, t } = translator(person.locale);
  const due = formatDay(details.due, locale);
  const values = { name: person.name, campaign: details.campaign, organization: details.organization, due };
  const { text, html } = layout({
    paragraphs: [t('greeting', values), t(`${notice}.body`, values)],
    link: { label: t('open'), url: `${details.origin}${localizedPath(`/pledges/${details.issueId}`, locale)}` },
  });
  return { to: person.email, subject: t(`${notice}.subject`, values), text, html, topic: `pledge.${notice}` };
}
