import { defineRouting } from 'next-intl/routing';
import { locales } from '@/db/schema/enums';

/** Set by the language switcher; its presence means the visitor chose a language. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export const routing = defineRouting({
  locales,
  defaultLocale: 'zh-CN',
  // Chinese, the users' first language, gets the plain URLs; English lives under /en.
  localePrefix: 'as-needed',
  // next-intl would set its cookie whenever a page is opened in a language, so opening one
  // /en link once would turn every later plain (Chinese) link into English. Only the
  // language switcher (lib/auth/actions.ts) writes the cookie; proxy.ts reads it. See 0002.
  localeCookie: false,
});

export type AppLocale = (typeof routing.locales)[number];

/** The address of a page in a language, as links outside the app (emails, calendar files) need it. */
export function localizedPath(path: string, locale: string): string {
  return locale === routing.defaultLocale ? path : `/${locale}${path === '/' ? '' : path}`;
}
