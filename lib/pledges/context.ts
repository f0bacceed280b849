import { headers } from 'next/headers';
import { appOrigin } from '@/lib/registrations/emails';
import type { SigningContext } from './mutations';

/** The site's address as this request reached it (or the configured public one): printed pledges carry full links. */
export async function requestOrigin(): Promise<string> {
  const head = await headers();
  const host = head.get('x-forwarded-host') ?? head.get('host');
  const proto = head.get('x-forwarded-proto') ?? 'http';
  return appOrigin(host ? `${proto}://${host}` : null);
}

/**
 * Time, client address and browser of a signing request. The address is the first
 * hop of X-Forwarded-For when a proxy sets it (the app runs behind one in production).
 */
export async function signingContext(): Promise<SigningContext> {
  const head = await headers();
  const host = head.get('x-forwarded-host') ?? head.get('host');
  const proto = head.get('x-forwarded-proto') ?? 'http';
  const forwarded = head.get('x-forwarded-for')?.split(',')[0]?.trim();
  return {
    now: new Date(),
    ip: forwarded || head.get('x-real-ip') || null,
    userAgent: head.get('user-agent'),
    origin: appOrigin(host ? `${proto}://${host}` : null),
  };
}
