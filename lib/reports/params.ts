import { locales, type Locale } from '@/db/schema/enums';

/** The report's language from the address; the meetings' own language, Chinese, when absent or unknown. */
export const reportLocaleFrom = (value: string | undefined): Locale =>
  locales.includes(value as Locale) ? (value as Locale) : 'zh-CN';

/** A version number from the address, or undefined for the newest. */
export const versionFrom = (value: string | undefined): number | undefined => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 1_000_000 ? n : undefined;
};
