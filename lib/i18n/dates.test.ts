import { describe, expect, it } from 'vitest';
import { formatClock, formatDateTime, formatDateTimeRange, formatDay, formatSpreadsheetDateTime } from './dates';

// 2026-11-30 09:06 UTC is 17:06 in Shanghai; the test runs with an odd TZ (vitest config), so a slip shows.
const instant = new Date(Date.UTC(2026, 10, 30, 9, 6));

describe('dates for people', () => {
  it('name the day in words, use a 24-hour clock and name the zone', () => {
    expect(formatDateTime(instant, 'en', 'Asia/Shanghai')).toBe('30 Nov 2026, 17:06 (Asia/Shanghai)');
    expect(formatDateTime(instant, 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月30日 17:06（北京时间）');
    expect(formatDateTime(instant, 'zh-CN', 'Europe/Berlin')).toBe('2026年11月30日 10:06（Europe/Berlin）');
  });

  it('never write a US month/day or a bare GMT offset', () => {
    for (const locale of ['en', 'zh-CN']) {
      const text = formatDateTimeRange(instant, new Date(instant.getTime() + 2 * 3600_000), locale, 'Asia/Shanghai');
      expect(text).not.toMatch(/\d+\/\d+|GMT|AM|PM/);
    }
  });

  it('write a range on one day once, and both days when it spans midnight', () => {
    const start = new Date(Date.UTC(2026, 11, 20, 6, 0));
    expect(formatDateTimeRange(start, new Date(Date.UTC(2026, 11, 20, 8, 0)), 'zh-CN', 'Asia/Shanghai')).toBe(
      '2026年12月20日 14:00 – 16:00（北京时间）',
    );
    expect(formatDateTimeRange(start, new Date(Date.UTC(2026, 11, 20, 8, 0)), 'en', 'Asia/Shanghai')).toBe(
      '20 Dec 2026, 14:00 – 16:00 (Asia/Shanghai)',
    );
    expect(formatDateTimeRange(start, new Date(Date.UTC(2026, 11, 20, 17, 0)), 'en', 'Asia/Shanghai')).toBe(
      '20 Dec 2026, 14:00 – 21 Dec 2026, 01:00 (Asia/Shanghai)',
    );
  });

  it('the day and the clock are those of the zone, not the server', () => {
    expect(formatDay(new Date(Date.UTC(2026, 10, 30, 17, 0)), 'en', 'Asia/Shanghai')).toBe('1 Dec 2026');
    expect(formatClock(instant, 'Asia/Shanghai')).toBe('17:06');
  });

  it('write a spreadsheet cell year first, 24-hour, as the wall time of the zone', () => {
    expect(formatSpreadsheetDateTime(instant, 'Asia/Shanghai')).toBe('2026-11-30 17:06:00');
    expect(formatSpreadsheetDateTime(new Date(Date.UTC(2026, 10, 30, 17, 0, 5)), 'Asia/Shanghai')).toBe(
      '2026-12-01 01:00:05',
    );
  });
});
