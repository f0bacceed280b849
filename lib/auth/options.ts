import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { localPath } from '@/lib/i18n/local-path';
import { authorizeCredentials } from './authorize';
import { authSecret } from './secret';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

let secret: string | undefined;

export const authOptions: AuthOptions = {
  // Read on first use, not at import, so that building the app touches no data folder.
  get secret() {
    return (secret ??= authSecret());
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
      if (user) token.sub = user.id;
      return { sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub } } as typeof session;
    },
  },
};
