import { describe, expect, it } from 'vitest';
import { dashboardTiles } from './tiles';

const at = new Date('2026-11-30T09:00:00Z');
const row = (over: Partial<Parameters<typeof dashboardTiles>[0][number]>) => ({
  viewedAt: null,
  declinedAt: null,
  signedAt: null,
  countersignedAt: null,
  status: 'issued',
  ...over,
});

describe('pledge dashboard tiles', () => {
  it('count every pledge issued and every one opened, whatever happened next', () => {
    const rows = [
      ...Array.from({ length: 12 }, () =>
        row({ viewedAt: at, signedAt: at, countersignedAt: at, status: 'countersigned' }),
      ),
      row({ viewedAt: at, declinedAt: at, status: 'declined' }),
      row({ status: 'overdue' }),
    ];
    expect(dashboardTiles(rows)).toEqual({
      issued: 14,
      viewed: 13,
      signed: 12,
      countersigned: 12,
      declined: 1,
      overdue: 1,
    });
  });

  it('a signature counts as viewed even when the view was not recorded', () => {
    expect(dashboardTiles([row({ signedAt: at, status: 'signed' })]).viewed).toBe(1);
  });
});
