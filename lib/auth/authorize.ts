import { authenticate, SignInError } from './authenticate';
import { demoSignInAllowed, isDemoPassword } from './demo';

type Credentials = Record<string, unknown> | undefined;
type SignInRequest = { headers?: Partial<Record<string, string | string[] | undefined>> };

/**
 * next-auth's `authorize` for the credentials provider. It throws only failure codes,
 * which next-auth hands to the sign-in form as `?error=…`.
 */
export async function authorizeCredentials(credentials: Credentials, request: SignInRequest | undefined): Promise<{ id: string }> {
  // The published demo password works only on the machine running the demo (finding 2 of issue 12).
  if (isDemoPassword(credentials?.password) && !demoSignInAllowed(request?.headers ?? {})) throw new Error('demo');
  try {
    const id = await authenticate(credentials ?? {});
    // The token carries only the id; name and role are read from the database on every request.
    return { id: String(id) };
  } catch (error) {
    if (error instanceof SignInError) throw new Error(error.failure);
    console.error('sign-in failed', error);
    throw new Error('unavailable');
  }
}
