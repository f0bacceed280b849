import { describe, expect, it } from 'vitest';
import { instantToWallTime, wallTimeToInstant } from '@/lib/meetings/time';
import { nextYearDay, nextYearInstant, nextYearSlug, nextYearText, suggestedEdition } from './shift';

describe('one year on', () => {
  it('keeps the wall-clock time in the meeting zone, across 29 February and a daylight-saving change', () => {
    const shanghai = wallTimeToInstant('2020-04-30T09:00', 'Asia/Shanghai')!;
    expect(instantToWallTime(nextYearInstant(shanghai, 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2021-04-30T09:00');
    const leap = wallTimeToInstant('2024-02-29T14:30', 'Asia/Shanghai')!;
    expect(instantToWallTime(nextYearInstant(leap, 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2025-02-28T14:30');
    // London is on summer time on 30 March 2025 but not on 30 March 2024: 365 days would land an hour off.
    const london = wallTimeToInstant('2024-03-30T10:00', 'Europe/London')!;
    expect(instantToWallTime(nextYearInstant(london, 'Europe/London'), 'Europe/London')).toBe('2025-03-30T10:00');
    expect(nextYearDay('2020-12-31')).toBe('2021-12-31');
    expect(nextYearDay('2024-02-29')).toBe('2025-02-28');
  });

  it('moves the years near the meeting in one pass and leaves other numbers', () => {
    expect(nextYearText('颁发2019年度“金钥匙奖”和2020年责任书', 2020)).toBe('颁发2020年度“金钥匙奖”和2021年责任书');
    expect(nextYearText('捐款2000元，电话02020199', 2020)).toBe('捐款2000元，电话02020199');
    expect(nextYearText(null, 2020)).toBeNull();
  });

  it('suggests an address with the year, or the day, moved on', () => {
    expect(nextYearSlug('2020-civic-conference', 2020)).toBe('2021-civic-conference');
    expect(nextYearSlug('civic-conference', 2020)).toBe('civic-conference-2021');
    const meeting = {
      title: '2024年会',
      titleEn: null,
      slug: '2024-02-29',
      startsAt: wallTimeToInstant('2024-02-29T09:00', 'Asia/Shanghai')!,
      timeZone: 'Asia/Shanghai',
    };
    expect(suggestedEdition(meeting)).toMatchObject({ year: 2025, title: '2025年会', slug: '2025-02-28' });
  });
});
