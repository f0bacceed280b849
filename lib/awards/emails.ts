import { createTranslator, hasLocale } from 'next-intl';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { localizedName } from '@/lib/i18n/localized-name';
import { routing } from '@/lib/i18n/routing';
import type { Email } from '@/lib/mail/mutations';
import { layout } from '@/lib/mail/render';
import { AWARD_TIME_ZONE } from './schema';
import { formatDateTime } from '@/lib/i18n/dates';

const translator = (locale: string) => {
  const chosen = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  return {
    locale: chosen,
    t: createTranslator({ locale: chosen, messages: chosen === 'en' ? en : zh, namespace: 'awards.email' }),
  };
};

/** The receipt a nominator gets, in the language they nominated in, with the private link to edit until the window closes. */
export function nominationReceiptEmail(
  nomination: {
    nomineeNames: string;
    categoryName: string;
    categoryNameEn?: string | null;
    awardName: string;
    awardNameEn?: string | null;
    cycleYear: number;
    closesAt: Date;
  },
  nominator: { name: string; email: string; locale: string },
  editLink: { url: string; token: string },
): Email {
  const { locale, t } = translator(nominator.locale);
  const values = {
    name: nominator.name,
    nominee: nomination.nomineeNames,
    award: `${nomination.cycleYear} ${localizedName({ name: nomination.awardName, nameEn: nomination.awardNameEn }, locale)}`,
    category: localizedName({ name: nomination.categoryName, nameEn: nomination.categoryNameEn }, locale),
    closes: formatDateTime(nomination.closesAt, locale, AWARD_TIME_ZONE),
  };
  const { text, html } = layout({
    paragraphs: [t('greeting', values), t('received', values), t('editUntil', values)],
    link: { label: t('editLink'), url: editLink.url },
  });
  return {
    to: nominator.email,
    subject: t('subject', values),
    text,
    html,
    topic: 'nomination.receipt',
    secrets: [editLink.token],
  };
}

/** Tells a committee member a round is open, in their own language, with the link to their ballot. */
export function ballotOpenEmail(
  round: { name: string; awardName: string; awardNameEn?: string | null; cycleYear: number; closesAt: Date },
  member: { name: string; email: string; locale: string },
  ballotLink: string,
): Email {
  const { locale, t } = translator(member.locale);
  const values = {
    name: member.name,
    round: round.name,
    award: `${round.cycleYear} ${localizedName({ name: round.awardName, nameEn: round.awardNameEn }, locale)}`,
    closes: formatDateTime(round.closesAt, locale, AWARD_TIME_ZONE),
  };
  const { text, html } = layout({
    paragraphs: [t('greeting', values), t('ballotOpen', values)],
    link: { label: t('ballotLink'), url: ballotLink },
  });
  return { to: member.email, subject: t('ballotOpenSubject', values), text, html, topic: 'award.ballotOpen' };
}
