import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatClock, formatClockRange } from './clock';

// 30 April 2020, 09:00 and 21:05 in Shanghai (UTC+8); 00:30 the next day.
const nine = new Date('2020-04-30T01:00:00Z');
const evening = new Date('2020-04-30T13:05:00Z');
const midnight = new Date('2020-04-30T16:30:00Z');

describe('the one clock: a time of day in every language', () => {
  it('is 24-hour with two-digit hours, in the zone asked for', () => {
    expect(formatClock(nine, 'Asia/Shanghai')).toBe('09:00');
    expect(formatClock(evening, 'Asia/Shanghai')).toBe('21:05');
    expect(formatClock(midnight, 'Asia/Shanghai')).toBe('00:30');
    expect(formatClock(nine, 'Europe/London')).toBe('02:00');
    expect(formatClockRange(nine, evening, 'Asia/Shanghai')).toBe('09:00–21:05');
  });

  // What let "9:00 AM" onto the English agenda: Intl's time styles follow the locale's clock.
  // Every time of day shown goes through formatClock (or formatDateTime, built on it).
  it('no page, component or library formats a time of day any other way', () => {
    const offenders: string[] = [];
    const walk = (folder: string) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
          const source = fs.readFileSync(file, 'utf8');
          if (/timeStyle|hour12|toLocaleTimeString|toFormat\(\s*'(HH|hh|h|t)/.test(source)) offenders.push(file);
        }
      }
    };
    for (const folder of ['app', 'components', 'lib']) walk(folder);
    expect(offenders.filter((file) => file !== path.join('lib', 'i18n', 'clock.ts'))).toEqual([]);
  });
});
