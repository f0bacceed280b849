import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { makeUser } from '@/test/factories';
import { makeRegistrableMeeting } from '@/test/meetings';
import { registrationTable, type RegistrationList } from './csv';
import { listCategories, listQuestions, listRegistrations } from './data';
import { checkIn, register } from './mutations';

// Registered 2031-04-01 08:30 and checked in 2031-04-30 08:50, Shanghai time; vitest runs in
// Asia/Kathmandu (UTC+05:45), so a time written in the server's zone shows.
const organizer = makeUser({ role: 'organizer' });
const meeting = makeRegistrableMeeting(organizer, { capacity: '10' });
const { registrationId } = register(
  {
    meetingId: meeting.id,
    categoryId: listCategories(meeting.id)[0]!.id,
    name: '许佳宁',
    email: 'xu.jianing@example.cn',
    phone: null,
    organizationId: null,
    organizationName: null,
    invitation: null,
    answers: {},
  },
  null,
  { now: new Date('2031-04-01T00:30:00Z'), origin: 'https://convene.example', locale: 'zh-CN' },
);
checkIn(meeting.id, { registrationId }, organizer, new Date('2031-04-30T00:50:00Z'));

function table(list: RegistrationList, locale: 'zh-CN' | 'en') {
  const messages = locale === 'en' ? en : zh;
  const t = createTranslator({ locale, messages, namespace: 'registration.csv' });
  const statuses = createTranslator({ locale, messages, namespace: 'registrationStatuses' });
  const rows = listRegistrations(meeting.id, list === 'checkin' ? { status: 'confirmed' } : {});
  return registrationTable(list, rows, listQuestions(meeting.id), {
    t: (key, values) => t(key as never, values as never),
    status: (key) => statuses(key as never),
    locale,
    timeZone: 'Asia/Shanghai',
  });
}

describe('the registrations CSV', () => {
  it("writes times as year-first wall times in the meeting's zone, the same in both languages", () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const [, row] = table('registrations', locale);
      expect(row!.slice(7, 9)).toEqual(['2031-04-01 08:30:00', '2031-04-30 08:50:00']);
      expect(table('checkin', locale)[1]!.at(-1)).toBe('2031-04-30 08:50:00');
    }
  });

  it('names the zone in the time columns’ headers', () => {
    expect(table('registrations', 'zh-CN')[0]!.slice(7, 9)).toEqual(['报名时间（北京时间）', '签到时间（北京时间）']);
    expect(table('registrations', 'en')[0]!.slice(7, 9)).toEqual([
      'Registered (Asia/Shanghai)',
      'Checked in (Asia/Shanghai)',
    ]);
    expect(table('checkin', 'en')[0]!.at(-1)).toBe('Checked in (Asia/Shanghai)');
  });

  it('never writes a US month/day, a 12-hour clock or a bare GMT offset', () => {
    const text = JSON.stringify([table('registrations', 'en'), table('checkin', 'en')]);
    expect(text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2,4}|\b[AP]M\b|GMT/);
  });
});
