/**
 * Sign-in throttling for one account (keyed by email): the first few failures
 * cost nothing, then each attempt waits longer, and after `lockAfter` failures
 * in a row the account refuses sign-in for `lockMinutes`.
 */
export const throttlePolicy = {
  freeAttempts: 3,
  lockAfter: 5,
  lockMinutes: 15,
  /** Failures further apart than this start the count again. */
  windowMinutes: 15,
  baseDelayMs: 500,
  maxDelayMs: 4000,
} as const;

export type ThrottleState = { failures: number; lastFailureAt: Date; lockedUntil: Date | null };

const minutes = (n: number) => n * 60_000;

export function isLocked(state: ThrottleState | undefined, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** Failures that still count at `now`. */
export function activeFailures(state: ThrottleState | undefined, now: Date): number {
  if (!state) return 0;
  if (now.getTime() - state.lastFailureAt.getTime() > minutes(throttlePolicy.windowMinutes)) return 0;
  return state.failures;
}

/** How long to hold an attempt before checking the password. */
export function delayBeforeAttempt(failures: number): number {
  if (failures < throttlePolicy.freeAttempts) return 0;
  const steps = failures - throttlePolicy.freeAttempts;
  return Math.min(throttlePolicy.baseDelayMs * 2 ** steps, throttlePolicy.maxDelayMs);
}

/** The state after one more failure. */
export function afterFailure(state: ThrottleState | undefined, now: Date): ThrottleState {
  const failures = activeFailures(state, now) + 1;
  const lockedUntil =
    failures >= throttlePolicy.lockAfter ? new Date(now.getTime() + minutes(throttlePolicy.lockMinutes)) : null;
  return { failures, lastFailureAt: now, lockedUntil };
}
