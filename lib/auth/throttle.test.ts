import { like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { rateCounters } from '@/db/schema';
import { makeUser } from '@/test/factories';
import { authenticate, SignInError } from './authenticate';
import { hashPassword } from './password';
import { activeFailures, afterFailure, delayBeforeAttempt, isLocked, throttlePolicy } from './throttle';

describe('throttle policy', () => {
  it('lets the first failures through, then waits longer, then locks', () => {
    expect(delayBeforeAttempt(0)).toBe(0);
    expect(delayBeforeAttempt(throttlePolicy.freeAttempts - 1)).toBe(0);
    expect(delayBeforeAttempt(throttlePolicy.freeAttempts)).toBeGreaterThan(0);
    expect(delayBeforeAttempt(throttlePolicy.freeAttempts + 1)).toBeGreaterThan(
      delayBeforeAttempt(throttlePolicy.freeAttempts),
    );
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

  it('forgets failures once their window has passed', () => {
    const then = new Date('2020-04-30T01:00:00Z');
    const state = afterFailure(afterFailure(undefined, then), then);
    expect(activeFailures(state, then)).toBe(2);
    expect(activeFailures(state, new Date(then.getTime() + (throttlePolicy.windowMinutes + 1) * 60_000))).toBe(0);
  });
});

describe('authenticate against the database', () => {
  const noWait = async () => {};
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SignInError);
    return (error as SignInError).failure;
  };
  const from = (client: string, now?: () => Date) => ({ client, wait: noWait, now });

  it('signs in with the right password and refuses a wrong one', async () => {
    const user = makeUser({ email: 'ok@test.local', passwordHash: await hashPassword('right password') });
    expect(await authenticate({ email: 'OK@test.local', password: 'right password' }, from('198.51.100.1'))).toBe(
      user.id,
    );
    expect(
      await failure(authenticate({ email: 'ok@test.local', password: 'wrong password' }, from('198.51.100.1'))),
    ).toBe('invalid');
    expect(
      await failure(authenticate({ email: 'nobody@test.local', password: 'anything' }, from('198.51.100.1'))),
    ).toBe('invalid');
    expect(await failure(authenticate({ email: 'not an email', password: 'x' }, from('198.51.100.1')))).toBe(
      'malformed',
    );
  });

  it('locks the guessing client out of the account, not the owner from another client (finding 6)', async () => {
    const user = makeUser({ email: 'owner@test.local', passwordHash: await hashPassword('right password') });
    let now = new Date('2020-04-30T01:00:00Z');
    const clock = () => now;
    const stranger = from('203.0.113.66', clock);
    const failures: string[] = [];
    for (let i = 0; i < throttlePolicy.lockAfter; i++) {
      failures.push(await failure(authenticate({ email: 'owner@test.local', password: `guess ${i}` }, stranger)));
    }
    expect(failures.slice(0, -1).every((f) => f === 'invalid')).toBe(true);
    expect(failures.at(-1)).toBe('locked');
    // Even the right password is refused to the stranger…
    expect(await failure(authenticate({ email: 'owner@test.local', password: 'right password' }, stranger))).toBe(
      'locked',
    );
    // …while the owner, from their own client, signs in.
    expect(
      await authenticate({ email: 'owner@test.local', password: 'right password' }, from('198.51.100.20', clock)),
    ).toBe(user.id);

    now = new Date(now.getTime() + throttlePolicy.lockMinutes * 60_000 + 1000);
    expect(await authenticate({ email: 'owner@test.local', password: 'right password' }, stranger)).toBe(user.id);
  }, 30_000);

  it('counts exactly: of 20 parallel guesses only the allowed number is checked, the rest are refused', async () => {
    makeUser({ email: 'parallel@test.local', passwordHash: await hashPassword('right password') });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        failure(authenticate({ email: 'parallel@test.local', password: `guess ${i}` }, from('203.0.113.20'))),
      ),
    );
    expect(results.filter((r) => r === 'invalid')).toHaveLength(throttlePolicy.lockAfter - 1);
    expect(results.filter((r) => r === 'locked')).toHaveLength(20 - (throttlePolicy.lockAfter - 1));
    const pair = db
      .select()
      .from(rateCounters)
      .where(like(rateCounters.key, 'sign-in:pair:parallel@test.local|%'))
      .get();
    expect(pair?.count).toBe(throttlePolicy.lockAfter);
  }, 30_000);

  it('locks a client that tries many accounts, whatever account it tries next', async () => {
    const user = makeUser({ email: 'sprayed@test.local', passwordHash: await hashPassword('right password') });
    const sprayer = from('203.0.113.30');
    for (let i = 0; i < 20; i++) {
      await failure(authenticate({ email: `victim${i}@test.local`, password: 'password1' }, sprayer));
    }
    expect(await failure(authenticate({ email: 'sprayed@test.local', password: 'right password' }, sprayer))).toBe(
      'locked',
    );
    expect(await authenticate({ email: 'sprayed@test.local', password: 'right password' }, from('198.51.100.30'))).toBe(
      user.id,
    );
  }, 60_000);

  it('gives each client one guess at an account under attack, and still lets a clean client in', async () => {
    const user = makeUser({ email: 'attacked@test.local', passwordHash: await hashPassword('right password') });
    for (let i = 0; i < throttlePolicy.accountAlarm; i++) {
      expect(
        await failure(
          authenticate({ email: 'attacked@test.local', password: `guess ${i}` }, from(`203.0.113.${100 + i}`)),
        ),
      ).toBe('invalid');
    }
    // A bot that already failed once is now locked out of this account at once.
    expect(
      await failure(authenticate({ email: 'attacked@test.local', password: 'another guess' }, from('203.0.113.100'))),
    ).toBe('locked');
    // The owner, from a client that has not failed, signs in.
    expect(
      await authenticate({ email: 'attacked@test.local', password: 'right password' }, from('198.51.100.40')),
    ).toBe(user.id);
  }, 60_000);

  it('refuses archived people', async () => {
    const user = makeUser({ email: 'archived@test.local', passwordHash: await hashPassword('right password') });
    const { setPersonArchived } = await import('@/lib/people/mutations');
    setPersonArchived(user.id, true, makeUser({ role: 'admin' }));
    expect(
      await failure(authenticate({ email: 'archived@test.local', password: 'right password' }, from('198.51.100.1'))),
    ).toBe('invalid');
  });
});
