import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { countAttempt, receiptAllowed } from './mutations';
import { rateLimit } from './policy';

// The counter is one compiled upsert (db/prepared.ts): these pin what it must still do.
describe('countAttempt', () => {
  const rule = { limit: 3, windowSeconds: 60 };
  const at = (seconds: number) => new Date(Date.UTC(2031, 0, 1, 8, 0, seconds));

  it('counts up within a window and starts again at 1 once the window has ended', () => {
    const key = `test:${randomUUID()}`;
    expect(countAttempt(key, rule, at(0))).toEqual({ count: 1, windowStartedAt: at(0) });
    expect(countAttempt(key, rule, at(30))).toEqual({ count: 2, windowStartedAt: at(0) });
    expect(countAttempt(key, rule, at(59))).toEqual({ count: 3, windowStartedAt: at(0) });
    // 60 s after the window began it is over: a new one begins now.
    expect(countAttempt(key, rule, at(60))).toEqual({ count: 1, windowStartedAt: at(60) });
    expect(countAttempt(`test:${randomUUID()}`, rule, at(60)).count).toBe(1);
  });

  it('counts nothing when the transaction it ran in is rolled back', () => {
    const address = `${randomUUID()}@example.com`;
    const { limit } = rateLimit('receiptPerAddress');
    expect(() =>
      db.transaction(() => {
        for (let i = 0; i < limit + 5; i++) receiptAllowed(address, 'client-a', at(0));
        throw new Error('refused change');
      }),
    ).toThrow('refused change');
    expect(db.transaction(() => receiptAllowed(address, 'client-b', at(1)))).toBe(true);
  });
});
