import { readEnv } from '@/lib/env';
import { clientAddress, PEER_HEADER } from '@/lib/request/client-address';
import { authenticate, SignInError } from './authenticate';
import { getSessionVersion } from './data';
import { demoSignInAllowed, isDemoPassword } from './demo';

type Credentials = Record<string, unknown> | undefined;
type Headers = Partial<Record<string, string | string[] | undefined>>;
type SignInRequest = { headers?: Headers };

const header = (headers: Headers, name: string): string | null => {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

/** next-auth hands a failure to the client as ?error=…; only our codes may go there, a lock with its minutes. */
function failureCode(error: SignInError): string {
  if (error.failure !== 'locked' || !error.until) return error.failure;
  return `locked.${Math.max(1, Math.ceil((error.until.getTime() - Date.now()) / 60_000))}`;
}

/**
 * next-auth's `authorize` for the credentials provider. It throws only failure codes,
 * which next-auth hands to the sign-in form as `?error=…`.
 */
export async function authorizeCredentials(
  credentials: Credentials,
  request: SignInRequest | undefined,
): Promise<{ id: string; sessionVersion: number }> {
  const headers = request?.headers ?? {};
  // The published demo password works only on the machine running the demo (finding 2 of issue 12).
  if (isDemoPassword(credentials?.password) && !demoSignInAllowed(headers)) throw new Error('demo');
  try {
    // Who is asking, from the socket address our server put in (never a client's X-Forwarded-For).
    const client = clientAddress(
      header(headers, PEER_HEADER),
      header(headers, 'x-forwarded-for'),
      readEnv().TRUSTED_PROXIES,
    );
    const id = await authenticate(credentials ?? {}, { client });
    // The token carries only the id and the session version; name and role are read from the database on every request.
    return { id: String(id), sessionVersion: getSessionVersion(id) ?? 0 };
  } catch (error) {
    if (error instanceof SignInError) throw new Error(failureCode(error));
    console.error('sign-in failed', error);
    throw new Error('unavailable');
  }
}
