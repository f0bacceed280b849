import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { hasLocale } from 'next-intl';
import { routing, type AppLocale } from '@/lib/i18n/routing';

const translators = new Map<AppLocale, ReturnType<typeof makeTranslator>>();
const makeTranslator = (locale: AppLocale) =>
  createTranslator({ locale, messages: locale === 'en' ? en : zh, namespace: 'email' });

/** Emails are written in the recipient's language, outside any request. One translator per language: it caches its compiled messages. */
export function emailTranslator(locale: string) {
  const chosen: AppLocale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  let t = translators.get(chosen);
  if (!t) translators.set(chosen, (t = makeTranslator(chosen)));
  return { locale: chosen, t };
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A plain-text email and the same as simple HTML: paragraphs, an optional
 * button-like link, an optional inline image. Mail clients in China vary widely;
 * nothing here needs CSS files or remote images.
 */
export function layout(parts: {
  paragraphs: string[];
  link?: { label: string; url: string };
  /** A second, plainer link below the button (e.g. giving a seat back). */
  secondaryLink?: { label: string; url: string };
  imageCid?: string;
  imageAlt?: string;
}) {
  const text = [
    ...parts.paragraphs,
    parts.link ? `${parts.link.label}: ${parts.link.url}` : null,
    parts.secondaryLink ? `${parts.secondaryLink.label}: ${parts.secondaryLink.url}` : null,
  ]
    .filter(Boolean)
    .join('\n\n');
  const html = [
    "<div style=\"font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;font-size:16px;line-height:1.6;color:#1f2328\">",
    ...parts.paragraphs.map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`),
    parts.imageCid
      ? `<p><img src="cid:${parts.imageCid}" alt="${escape(parts.imageAlt ?? '')}" width="200" height="200"></p>`
      : '',
    parts.link
      ? `<p><a href="${escape(parts.link.url)}" style="display:inline-block;background:#a61b1b;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escape(parts.link.label)}</a></p>`
      : '',
    parts.secondaryLink
      ? `<p><a href="${escape(parts.secondaryLink.url)}" style="color:#a61b1b">${escape(parts.secondaryLink.label)}</a></p>`
      : '',
    '</div>',
  ].join('');
  return { text, html };
}
