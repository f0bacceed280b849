import { describe, expect, it } from 'vitest';
import { dayInZone, instantToWallTime, isTimeZone, offsetLabel, timeZoneChoices, wallTimeToInstant } from './time';

describe('meeting times', () => {
  it('runs in an odd-offset zone, so local-time slips would show', () => {
    expect(new Date('2020-04-30T00:00:00Z').getTimezoneOffset()).toBe(-345);
  });

  it('reads a wall-clock time in the meeting zone, not the server zone', () => {
    expect(wallTimeToInstant('2020-04-30T09:00', 'Asia/Shanghai')?.toISOString()).toBe('2020-04-30T01:00:00.000Z');
    expect(wallTimeToInstant('2020-04-30T09:00', 'Europe/Berlin')?.toISOString()).toBe('2020-04-30T07:00:00.000Z');
    expect(wallTimeToInstant('2020-04-30T09:00', 'Asia/Kathmandu')?.toISOString()).toBe('2020-04-30T03:15:00.000Z');
  });

  it('writes it back the same way', () => {
    const instant = new Date('2020-04-30T01:00:00Z');
    expect(instantToWallTime(instant, 'Asia/Shanghai')).toBe('2020-04-30T09:00');
    expect(instantToWallTime(instant, 'America/New_York')).toBe('2020-04-29T21:00');
    expect(dayInZone(instant, 'America/New_York')).toBe('2020-04-29');
    expect(dayInZone(instant, 'Asia/Shanghai')).toBe('2020-04-30');
  });

  it('refuses impossible dates, bad formats and times skipped by daylight saving', () => {
    expect(wallTimeToInstant('2020-02-30T09:00', 'Asia/Shanghai')).toBeNull();
    expect(wallTimeToInstant('2020-04-30T25:00', 'Asia/Shanghai')).toBeNull();
    expect(wallTimeToInstant('30/04/2020 9:00', 'Asia/Shanghai')).toBeNull();
    expect(wallTimeToInstant('', 'Asia/Shanghai')).toBeNull();
    // 2:30 on 8 March 2026 does not exist in New York.
    expect(wallTimeToInstant('2026-03-08T02:30', 'America/New_York')).toBeNull();
    expect(wallTimeToInstant('2026-03-08T03:30', 'America/New_York')?.toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('knows real zones and names offsets', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(timeZoneChoices().slice(0, 3)).toEqual(['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei']);
    expect(new Set(timeZoneChoices()).size).toBe(timeZoneChoices().length);
    expect(timeZoneChoices()).toContain('Europe/Berlin');
    expect(isTimeZone('Asia/Kathmandu')).toBe(true);
    expect(offsetLabel(new Date('2020-04-30T01:00:00Z'), 'Asia/Shanghai')).toBe('UTC+8');
    expect(offsetLabel(new Date('2020-04-30T01:00:00Z'), 'Asia/Kathmandu')).toBe('UTC+5:45');
    expect(offsetLabel(new Date('2020-04-30T01:00:00Z'), 'America/New_York')).toBe('UTC-4');
  });
});
