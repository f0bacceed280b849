import { clearSignInFailures, recordFailedSignIn } from './mutations';
import { getCredentials, getThrottle } from './data';
import { burnPasswordCheck, verifyPassword } from './password';
import { signInSchema } from './schema';
import { activeFailures, delayBeforeAttempt, isLocked } from './throttle';

/** Why a sign-in failed; the sign-in form translates these codes. */
export type SignInFailure = 'invalid' | 'locked' | 'malformed';

export class SignInError extends Error {
  constructor(readonly failure: SignInFailure) {
    super(failure);
    this.name = 'SignInError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Checks an email and password against the database, slowing and then refusing repeated failures. */
export async function authenticate(raw: { email?: unknown; password?: unknown }, now = () => new Date()): Promise<number> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw new SignInError('malformed');
  const { email, password } = parsed.data;

  const throttle = getThrottle(email);
  if (isLocked(throttle, now())) throw new SignInError('locked');
  await sleep(delayBeforeAttempt(activeFailures(throttle, now())));

  const account = getCredentials(email);
  const valid =
    account?.passwordHash && !account.archivedAt
      ? await verifyPassword(password, account.passwordHash)
      : (await burnPasswordCheck(password), false);

  if (!valid || !account) {
    const state = recordFailedSignIn(email, now());
    throw new SignInError(isLocked(state, now()) ? 'locked' : 'invalid');
  }
  clearSignInFailures(email);
  return account.id;
}
