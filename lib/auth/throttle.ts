/**
 * Sign-in throttling by account AND by client (docs/decisions/0004). Three counts of
 * failed sign-ins, each in a window of `windowMinutes`:
 * - per account and client ("pair"): the first few cost nothing, then each attempt
 *   waits longer, and the `lockAfter`th locks that pair — only that client, so a
 *   stranger guessing locks themself out, never the owner;
 * - per client across accounts: a client spraying many accounts is slowed the same
 *   way and locked after the `signInClient` rate limit (lib/limits/policy.ts);
 * - per account across clients: past `accountAlarm` the account is "under attack":
 *   every attempt waits, and a client that already failed on it is locked for it after
 *   one failure instead of five. A clean client (the owner's) may still try.
 */
export const throttlePolicy = {
  freeAttempts: 3,
  lockAfter: 5,
  lockMinutes: 15,
  windowMinutes: 15,
  /** Failures on one account, over all clients, that put it under attack. */
  accountAlarm: 10,
  baseDelayMs: 500,
  maxDelayMs: 4000,
} as const;

/** One count as stored: failures since the window started, and a lock if any. */
export type ThrottleCount = { count: number; windowStartedAt: Date; lockedUntil: Date | null };

const minutes = (n: number) => n * 60_000;

export function isLocked(state: ThrottleCount | undefined, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** Failures that still count at `now`: a window that ended starts the count again. */
export function activeFailures(state: ThrottleCount | undefined, now: Date): number {
  if (!state) return 0;
  if (now.getTime() - state.windowStartedAt.getTime() > minutes(throttlePolicy.windowMinutes)) return 0;
  return state.count;
}

/** How long to hold an attempt before checking the password, after `failures` of them. */
export function delayBeforeAttempt(failures: number, free: number = throttlePolicy.freeAttempts): number {
  if (failures < free) return 0;
  return Math.min(throttlePolicy.baseDelayMs * 2 ** (failures - free), throttlePolicy.maxDelayMs);
}

/** The count after one more failure; locked when it reaches `lockAfter`. */
export function afterFailure(
  state: ThrottleCount | undefined,
  now: Date,
  lockAfter: number = throttlePolicy.lockAfter,
): ThrottleCount {
  const active = activeFailures(state, now);
  const count = active + 1;
  const windowStartedAt = active === 0 || !state ? now : state.windowStartedAt;
  const lockedUntil =
    count >= lockAfter
      ? new Date(now.getTime() + minutes(throttlePolicy.lockMinutes))
      : isLocked(state, now)
        ? state!.lockedUntil
        : null;
  return { count, windowStartedAt, lockedUntil };
}

export type AttemptCounts = { pair?: ThrottleCount; client?: ThrottleCount; account?: ThrottleCount };

export type AttemptDecision =
  { allowed: false; lockedUntil: Date } | { allowed: true; delayMs: number; next: Required<AttemptCounts> };

/**
 * Decides one attempt before the password is checked, and counts it as a failure in
 * advance (a right password takes it back): parallel guesses cannot all pass the check
 * before any of them is counted.
 */
export function decideAttempt(counts: AttemptCounts, now: Date, clientLockAfter: number): AttemptDecision {
  const locks = [counts.pair, counts.client].filter((c) => isLocked(c, now)).map((c) => c!.lockedUntil!.getTime());
  const pairFailures = activeFailures(counts.pair, now);
  const accountFailures = activeFailures(counts.account, now);
  const underAttack = accountFailures >= throttlePolicy.accountAlarm;
  if (locks.length > 0) return { allowed: false, lockedUntil: new Date(Math.max(...locks)) };
  if (underAttack && pairFailures >= 1)
    return { allowed: false, lockedUntil: new Date(now.getTime() + minutes(throttlePolicy.lockMinutes)) };
  const clientFailures = activeFailures(counts.client, now);
  const delayMs = Math.max(
    delayBeforeAttempt(pairFailures),
    // A client's attempts start to wait half-way to its lock (10 of 20 by default).
    delayBeforeAttempt(clientFailures, Math.floor(clientLockAfter / 2)),
    underAttack ? throttlePolicy.baseDelayMs * 2 : 0,
  );
  return {
    allowed: true,
    delayMs,
    next: {
      pair: afterFailure(counts.pair, now, underAttack ? 1 : throttlePolicy.lockAfter),
      client: afterFailure(counts.client, now, clientLockAfter),
      // The account count never locks: it only raises the alarm.
      account: { ...afterFailure(counts.account, now, Number.POSITIVE_INFINITY), lockedUntil: null },
    },
  };
}
