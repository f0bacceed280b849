import { readEnv } from '@/lib/env';

/**
 * How often one client (or one email address) may do something, per fixed window.
 * Generous enough for an office of people behind one address registering together;
 * tight enough that a script cannot flood a form or relay email through it.
 * Each can be changed with RATE_LIMITS=name=count/seconds,… (docs/decisions/0018).
 */
export const defaultRateLimits = {
  /** Registrations for meetings, per client. */
  registration: { limit: 30, windowSeconds: 600 },
  /** Nominations, per client. */
  nomination: { limit: 10, windowSeconds: 600 },
  /** Nomination receipts to one email address. */
  receiptPerAddress: { limit: 3, windowSeconds: 3600 },
  /** Nomination receipts sent on behalf of one client, whatever the address. */
  receiptPerClient: { limit: 10, windowSeconds: 3600 },
  /** New accounts, per client. */
  signUp: { limit: 10, windowSeconds: 3600 },
  /** Pledge verification lookups, per client. */
  verify: { limit: 30, windowSeconds: 60 },
  /** Failed sign-ins from one client across all accounts before that client is locked out. */
  signInClient: { limit: 20, windowSeconds: 900 },
} as const satisfies Record<string, RateLimit>;

export type RateLimit = { limit: number; windowSeconds: number };
export type RateLimitName = keyof typeof defaultRateLimits;

export function rateLimit(name: RateLimitName): RateLimit {
  return readEnv().RATE_LIMITS[name] ?? defaultRateLimits[name];
}

/** A refused attempt may come back after this many seconds (never 0: "try again in 0 s" helps nobody). */
export function retryAfterSeconds(windowStartedAt: Date, windowSeconds: number, now: Date): number {
  return Math.max(1, Math.ceil((windowStartedAt.getTime() + windowSeconds * 1000 - now.getTime()) / 1000));
}
