import { createTranslator, hasLocale } from 'next-intl';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { routing, type AppLocale } from '@/lib/i18n/routing';
import { formatSeat, type PositionTranslate, type SeatPosition } from './position';

const translators = new Map<AppLocale, PositionTranslate>();

/** A seat in words outside a request (emails, exports): the same messages the pages use. */
export function seatText(position: SeatPosition, locale: string): string {
  const chosen: AppLocale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  let t = translators.get(chosen);
  if (!t) {
    const translate = createTranslator({
      locale: chosen,
      messages: chosen === 'en' ? en : zh,
      namespace: 'seating.position',
    });
    t = (key, values) => translate(key, values);
    translators.set(chosen, t);
  }
  return formatSeat(t, position, chosen);
}
