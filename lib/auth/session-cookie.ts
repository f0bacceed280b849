import { cookies } from 'next/headers';
import { encode } from 'next-auth/jwt';
import { SESSION_MAX_AGE_SECONDS, sessionSecret, type SessionClaims } from './options';

/** next-auth's session cookie: the __Secure- name when the site is served over https. */
export const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'] as const;

/**
 * Writes this browser's session cookie again with new claims (after a password change
 * raised the session version), under the same name and options next-auth uses.
 */
export async function reissueSessionCookie(claims: SessionClaims): Promise<void> {
  const jar = await cookies();
  const name = SESSION_COOKIES.find((candidate) => jar.has(candidate)) ?? SESSION_COOKIES[0];
  const token = await encode({ token: claims, secret: sessionSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(name, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: name.startsWith('__Secure-'),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
