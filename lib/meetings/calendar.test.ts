import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingCalendar } from './calendar';
import { meetingForm } from '@/test/meetings';
import { registrationEmail } from '@/lib/registrations/emails';

const options = { url: 'https://convene.example/meetings/2020-annual', calendarName: 'Convene', presentedBy: '主讲：' };

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

function meeting(overrides: Record<string, string> = {}) {
  return {
    ...meetingForm(overrides),
    id: 7,
    slug: '2020-annual',
    status: 'published' as const,
    venueAddress: '延安中路1000号',
    createdAt: new Date('2020-01-02T03:04:05Z'),
  };
}

const agenda = [
  { id: 1, title: '观看疫情防控工作视频', plannedMinutes: 8, presenters: null },
  { id: 2, title: '颁发“金钥匙奖”和“福民奖”', plannedMinutes: 35, presenters: '街道党工委书记' },
];

describe('calendar file', () => {
  it('parses, and puts the meeting at the right instant with its own zone', () => {
    const event = parse(meetingCalendar(meeting(), agenda, options));
    expect(event.summary).toBe('2020年南京西路街道党建和精神文明建设大会');
    expect(event.startDate.zone?.tzid).toBe('Asia/Shanghai');
    expect(event.startDate.toString()).toBe('2020-04-30T09:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2020-04-30T01:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2020-04-30T03:30:00.000Z');
    expect(event.location).toBe('上海展览中心, 延安中路1000号');
    expect(event.uid).toBe(`meeting-7-${new Date('2020-01-02T03:04:05Z').getTime().toString(36)}@convene`);
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toMatch(/Z$/);
    expect(event.description).toContain('09:08 颁发“金钥匙奖”和“福民奖” — 主讲：街道党工委书记');
  });

  it('keeps the instant right for a zone with daylight saving', () => {
    const event = parse(
      meetingCalendar(
        meeting({ timeZone: 'Europe/Berlin', startsAt: '2020-10-25T09:00', endsAt: '2020-10-25T10:00' }),
        agenda,
        options,
      ),
    );
    expect(event.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(event.startDate.toJSDate().toISOString()).toBe('2020-10-25T08:00:00.000Z');
  });

  it('marks a cancelled meeting as cancelled', () => {
    const text = meetingCalendar({ ...meeting(), status: 'cancelled' }, agenda, options);
    expect(parse(text).component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('lets no text add lines to the file: title, place, agenda and calendar name stay one property each (issue 12, finding 11)', () => {
    const hostile = {
      ...meeting({ title: '大会\r\nATTENDEE:mailto:evil@example.com\rX-A:1\nX-B:1', venueName: '会场\r\nX-C:1' }),
      venueAddress: '地址\u0000\u001b\nX-D:1',
    };
    const text = meetingCalendar(
      hostile,
      [{ id: 1, title: '议程\r\nX-E:1', plannedMinutes: 5, presenters: '主讲\rX-F:1' }],
      { ...options, calendarName: 'Convene\r\nX-WR-EVIL:1\nMETHOD:CANCEL' },
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = calendar.getFirstSubcomponent('vevent')!;
    const names = (component: ICAL.Component) => component.getAllProperties().map((p) => p.name);
    expect(names(calendar).filter((n) => n.startsWith('x-') || n === 'method')).toEqual(['x-wr-calname']);
    expect(names(event).filter((n) => n.startsWith('x-') || n === 'attendee')).toEqual([]);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    for (const value of [
      calendar.getFirstPropertyValue('name'),
      calendar.getFirstPropertyValue('x-wr-calname'),
      event.getFirstPropertyValue('summary'),
      event.getFirstPropertyValue('location'),
    ]) {
      expect(String(value)).not.toMatch(/[\u0000-\u001f]/);
    }
    expect(event.getFirstPropertyValue('summary')).toBe('大会 ATTENDEE:mailto:evil@example.com X-A:1 X-B:1');
    expect(String(event.getFirstPropertyValue('description'))).toContain('09:00 议程 X-E:1 — 主讲：主讲 X-F:1');
  });

  it('names the event the same in the download and in the email, whichever address either came from', () => {
    const download = parse(
      meetingCalendar(meeting(), agenda, { ...options, url: 'http://localhost:3630/meetings/2020-annual' }),
    );
    const email = registrationEmail(
      'confirmed',
      {
        name: '许佳宁',
        email: 'rep@convene.local',
        locale: 'zh-CN',
        accessToken: 'token',
        ticketCode: 'ABCD2345',
        categoryName: '公众',
      },
      meeting(),
      { origin: 'http://127.0.0.1:3630', agenda },
    );
    const attached = email.attachments?.find((file) => file.filename.endsWith('.ics'));
    const fromEmail = parse(Buffer.from(attached!.base64!, 'base64').toString('utf8'));
    expect(fromEmail.uid).toBe(download.uid);
    expect(download.uid).not.toMatch(/localhost|127\.0\.0\.1/);
    // Another meeting 7, made elsewhere at another time, is another event.
    expect(
      parse(meetingCalendar({ ...meeting(), createdAt: new Date('2024-05-06T07:08:09Z') }, agenda, options)).uid,
    ).not.toBe(download.uid);
  });
});
