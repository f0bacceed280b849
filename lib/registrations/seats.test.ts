import { describe, expect, it } from 'vitest';
import { fits, heldSeats, take, type SeatCounts } from './seats';

const PUBLIC = 1;
const REPS = 2;
const XINCHENG = 10;
const GUBAI = 11;

function counts(overrides: Partial<SeatCounts> = {}): SeatCounts {
  return {
    capacity: 5,
    quotas: new Map([
      [PUBLIC, null],
      [REPS, 2],
    ]),
    confirmedByCategory: new Map(),
    confirmedByOrganization: new Map(),
    invitationsByCategory: new Map(),
    reservedByOrganization: new Map(),
    ...overrides,
  };
}

describe('seats', () => {
  it('fill up to the capacity and no further', () => {
    const state = counts();
    for (let i = 0; i < 5; i += 1) {
      expect(fits(state, PUBLIC, null)).toBe(true);
      take(state, PUBLIC, null);
    }
    expect(fits(state, PUBLIC, null)).toBe(false);
    expect(heldSeats(state)).toBe(5);
  });

  it('respect a category quota below the capacity', () => {
    const state = counts();
    take(state, REPS, null);
    take(state, REPS, null);
    expect(fits(state, REPS, null)).toBe(false);
    expect(fits(state, PUBLIC, null)).toBe(true);
  });

  it('count open invitations as held', () => {
    const state = counts({ invitationsByCategory: new Map([[PUBLIC, 4]]) });
    take(state, PUBLIC, null);
    expect(fits(state, PUBLIC, null)).toBe(false);
  });

  it('keep reserved seats for their organization until released', () => {
    const state = counts({ reservedByOrganization: new Map([[XINCHENG, 2]]) });
    take(state, PUBLIC, null);
    take(state, PUBLIC, null);
    take(state, PUBLIC, null);
    // 3 taken + 2 reserved = 5: the public is full, 新成 still has its two.
    expect(fits(state, PUBLIC, null)).toBe(false);
    expect(fits(state, PUBLIC, GUBAI)).toBe(false);
    expect(fits(state, PUBLIC, XINCHENG)).toBe(true);
    take(state, PUBLIC, XINCHENG);
    take(state, PUBLIC, XINCHENG);
    expect(fits(state, PUBLIC, XINCHENG)).toBe(false);
    expect(heldSeats(state)).toBe(5);
  });

  it('leave no limit when the meeting has no capacity', () => {
    const state = counts({ capacity: null });
    for (let i = 0; i < 100; i += 1) take(state, PUBLIC, null);
    expect(fits(state, PUBLIC, null)).toBe(true);
  });
});
