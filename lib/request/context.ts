import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { appOrigin, readEnv } from '@/lib/env';
import { clientAddress, PEER_HEADER } from './client-address';

/** What a write made in this request needs to know about it, from nothing a client can forge. */
export type RequestContext = {
  now: Date;
  locale: string;
  /** The configured public address, for links in emails and documents. */
  origin: string;
  /** The client's address, believing forwarded headers only from TRUSTED_PROXIES. */
  ip: string | null;
  userAgent: string | null;
};

export async function requestContext(): Promise<RequestContext> {
  const [head, locale] = await Promise.all([headers(), getLocale()]);
  return {
    now: new Date(),
    locale,
    origin: appOrigin(),
    ip: clientAddress(head.get(PEER_HEADER), head.get('x-forwarded-for'), readEnv().TRUSTED_PROXIES),
    userAgent: head.get('user-agent'),
  };
}
