import crypto from 'node:crypto';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { localPath } from '@/lib/i18n/local-path';
import { authorizeCredentials } from './authorize';
import { authSecret } from './secret';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** What our session token carries: who, which session, and the account's session version at sign-in. */
export type SessionClaims = { sub: string; sid: string; ver: number };

let secret: string | undefined;
// Read on first use, not at import, so that building the app touches no data folder.
export const sessionSecret = () => (secret ??= authSecret());

export const authOptions: AuthOptions = {
  get secret() {
    return sessionSecret();
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { email: {}, password: {} },
      authorize: (credentials, request) => authorizeCredentials(credentials, request),
    }),
  ],
  callbacks: {
    // next-auth's own redirects (sign-in, sign-out) stay on this site, by the same rule as the form's callbackUrl.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${localPath(path)}`;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.ver = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        // One id per sign-in, kept while next-auth renews the token, so signing out can end exactly this session.
        token.sid = crypto.randomUUID();
      }
      return { sub: token.sub, sid: token.sid, ver: token.ver, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub }, sid: token.sid, ver: token.ver } as typeof session;
    },
  },
};
