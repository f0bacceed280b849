import { describe, expect, it } from 'vitest';
import { makeUser } from '@/test/factories';
import { authenticate, SignInError } from './authenticate';
import { hashPassword } from './password';
import { activeFailures, afterFailure, delayBeforeAttempt, isLocked, throttlePolicy } from './throttle';

describe('throttle policy', () => {
  it('lets the first failures through, then waits longer, then locks', () => {
    expect(delayBeforeAttempt(0)).toBe(0);
    expect(delayBeforeAttempt(throttlePolicy.freeAttempts - 1)).toBe(0);
    expect(delayBeforeAttempt(throttlePolicy.freeAttempts)).toBeGreaterThan(0);
    expect(delayBeforeAttempt(throttlePolicy.freeAttempts + 1)).toBeGreaterThan(delayBeforeAttempt(throttlePolicy.freeAttempts));
    expect(delayBeforeAttempt(100)).toBe(throttlePolicy.maxDelayMs);

    let state = undefined as ReturnType<typeof afterFailure> | undefined;
    const now = new Date('2020-04-30T01:00:00Z');
    for (let i = 1; i < throttlePolicy.lockAfter; i++) {
      state = afterFailure(state, now);
      expect(isLocked(state, now)).toBe(false);
    }
    state = afterFailure(state, now);
    expect(isLocked(state, now)).toBe(true);
    expect(isLocked(state, new Date(now.getTime() + throttlePolicy.lockMinutes * 60_000 + 1))).toBe(false);
  });

  it('forgets failures that are older than the window', () => {
    const then = new Date('2020-04-30T01:00:00Z');
    const state = afterFailure(afterFailure(undefined, then), then);
    expect(activeFailures(state, then)).toBe(2);
    expect(activeFailures(state, new Date(then.getTime() + (throttlePolicy.windowMinutes + 1) * 60_000))).toBe(0);
  });
});

describe('authenticate against the database', () => {
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SignInError);
    return (error as SignInError).failure;
  };

  it('signs in with the right password and refuses a wrong one', async () => {
    const user = makeUser({ email: 'ok@test.local', passwordHash: await hashPassword('right password') });
    expect(await authenticate({ email: 'OK@test.local', password: 'right password' })).toBe(user.id);
    expect(await failure(authenticate({ email: 'ok@test.local', password: 'wrong password' }))).toBe('invalid');
    expect(await failure(authenticate({ email: 'nobody@test.local', password: 'anything' }))).toBe('invalid');
    expect(await failure(authenticate({ email: 'not an email', password: 'x' }))).toBe('malformed');
  });

  it('locks an account after repeated failures, even for the right password, until the lock ends', async () => {
    makeUser({ email: 'locked@test.local', passwordHash: await hashPassword('right password') });
    // A clock under test control, so the growing delays do not slow the test down.
    let now = new Date('2020-04-30T01:00:00Z');
    const clock = () => now;
    const failures: string[] = [];
    for (let i = 0; i < throttlePolicy.lockAfter; i++) {
      failures.push(await failure(authenticate({ email: 'locked@test.local', password: `guess ${i}` }, clock)));
    }
    expect(failures.slice(0, -1).every((f) => f === 'invalid')).toBe(true);
    expect(failures.at(-1)).toBe('locked');
    expect(await failure(authenticate({ email: 'locked@test.local', password: 'right password' }, clock))).toBe('locked');

    now = new Date(now.getTime() + throttlePolicy.lockMinutes * 60_000 + 1000);
    expect(await authenticate({ email: 'locked@test.local', password: 'right password' }, clock)).toBeGreaterThan(0);
  }, 30_000);

  it('refuses archived people', async () => {
    const user = makeUser({ email: 'archived@test.local', passwordHash: await hashPassword('right password') });
    const { setPersonArchived } = await import('@/lib/people/mutations');
    setPersonArchived(user.id, true, user.id);
    expect(await failure(authenticate({ email: 'archived@test.local', password: 'right password' }))).toBe('invalid');
  });
});
