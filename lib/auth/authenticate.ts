import { rateLimit } from '@/lib/limits/policy';
import { getCredentials } from './data';
import { beginSignInAttempt, forgiveSignInAttempt } from './mutations';
import { burnPasswordCheck, verifyPassword } from './password';
import { signInSchema } from './schema';

/** Why a sign-in failed; the sign-in form translates these codes. */
export type SignInFailure = 'invalid' | 'locked' | 'malformed';

export class SignInError extends Error {
  constructor(
    readonly failure: SignInFailure,
    /** For a lock: when it ends. */
    readonly until?: Date,
  ) {
    super(failure);
    this.name = 'SignInError';
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Options = {
  /** The client's address (behind trusted proxies only); null when unknown. */
  client?: string | null;
  now?: () => Date;
  wait?: (ms: number) => Promise<void>;
};

/**
 * Checks an email and password against the database, throttled per account and client
 * (lib/auth/throttle.ts). Every attempt is counted as a failure before the password is
 * checked and taken back when it was right, so parallel guesses cannot slip past the count.
 */
export async function authenticate(
  raw: { email?: unknown; password?: unknown },
  options: Options = {},
): Promise<number> {
  const now = options.now ?? (() => new Date());
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw new SignInError('malformed');
  const { email, password } = parsed.data;
  const client = options.client ?? 'unknown';

  const decision = beginSignInAttempt(email, client, now(), rateLimit('signInClient').limit);
  if (!decision.allowed) throw new SignInError('locked', decision.lockedUntil);
  await (options.wait ?? sleep)(decision.delayMs);

  const account = getCredentials(email);
  const valid =
    account?.passwordHash && !account.archivedAt
      ? await verifyPassword(password, account.passwordHash)
      : (await burnPasswordCheck(password), false);

  if (!valid || !account) {
    // This attempt may have been the one that locked the pair or the client.
    const lock = [decision.next.pair, decision.next.client].find(
      (count) => count.lockedUntil && count.lockedUntil > now(),
    );
    throw lock ? new SignInError('locked', lock.lockedUntil!) : new SignInError('invalid');
  }
  forgiveSignInAttempt(email, client);
  return account.id;
}
