import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { appOrigin } from './emails';
import type { Context } from './mutations';

/** The time, the language and the site's address for a registration write made in this request. */
export async function requestContext(): Promise<Context> {
  const [head, locale] = await Promise.all([headers(), getLocale()]);
  const host = head.get('x-forwarded-host') ?? head.get('host');
  const proto = head.get('x-forwarded-proto') ?? 'http';
  return { now: new Date(), locale, origin: appOrigin(host ? `${proto}://${host}` : null) };
}
