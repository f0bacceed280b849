import { AppError } from '@/lib/errors';
import { countAttempt } from './mutations';
import { rateLimit, retryAfterSeconds, type RateLimitName } from './policy';

/** Who a limit counts: the client's address, or "unknown" when the server could not tell (all such requests share one count). */
export const clientKey = (ip: string | null) => ip ?? 'unknown';

/** Counts one attempt; over the limit, true with the seconds until the window ends. */
export function overLimit(name: RateLimitName, subject: string, now = new Date()): { seconds: number } | null {
  const rule = rateLimit(name);
  const hit = countAttempt(`${name}:${subject}`, rule, now);
  return hit.count > rule.limit ? { seconds: retryAfterSeconds(hit.windowStartedAt, rule.windowSeconds, now) } : null;
}

/** For actions: counts one attempt and refuses it, with "try again in N s", when over the limit. */
export function enforceRateLimit(name: RateLimitName, subject: string, now = new Date()): void {
  const over = overLimit(name, subject, now);
  if (over) throw new AppError('rateLimited', { values: over });
}
