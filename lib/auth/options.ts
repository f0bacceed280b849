import crypto from 'node:crypto';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { readEnv } from '@/lib/env';
import { clientAddress, PEER_HEADER } from '@/lib/request/client-address';
import { authenticate, SignInError } from './authenticate';
import { getSessionVersion } from './data';
import { authSecret } from './secret';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** What our session token carries: who, which session, and the account's session version at sign-in. */
export type SessionClaims = { sub: string; sid: string; ver: number };

let secret: string | undefined;
// Read on first use, not at import, so that building the app touches no data folder.
export const sessionSecret = () => (secret ??= authSecret());

/** next-auth hands a failure to the client as ?error=…; only our codes may go there, a lock with its minutes. */
function failureCode(error: SignInError): string {
  if (error.failure !== 'locked' || !error.until) return error.failure;
  return `locked.${Math.max(1, Math.ceil((error.until.getTime() - Date.now()) / 60_000))}`;
}

const header = (headers: unknown, name: string): string | null => {
  const value = (headers as Record<string, string | string[] | undefined> | undefined)?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

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
      async authorize(credentials, request) {
        try {
          // Who is asking, from the socket address our server put in (never a client's X-Forwarded-For).
          const client = clientAddress(header(request?.headers, PEER_HEADER), header(request?.headers, 'x-forwarded-for'), readEnv().TRUSTED_PROXIES);
          const id = await authenticate(credentials ?? {}, { client });
          // The token carries only the id and the session version; name and role are read from the database on every request.
          return { id: String(id), sessionVersion: getSessionVersion(id) ?? 0 };
        } catch (error) {
          if (error instanceof SignInError) throw new Error(failureCode(error));
          console.error('sign-in failed', error);
          throw new Error('unavailable');
        }
      },
    }),
  ],
  callbacks: {
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
