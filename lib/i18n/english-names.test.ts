import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaItemInput } from '@/lib/agenda/schema';
import { awardInput, categoryInput as awardCategoryInput } from '@/lib/awards/schema';
import { nominationReceiptEmail } from '@/lib/awards/emails';
import { meetingCalendar } from '@/lib/meetings/calendar';
import { meetingInput } from '@/lib/meetings/schema';
import { registrationEmail } from '@/lib/registrations/emails';
import { categoryInput as registrationCategoryInput } from '@/lib/registrations/schema';
import { meetingForm } from '@/test/meetings';

const meeting = {
  title: '2020年南京西路街道党建和精神文明建设大会',
  timeZone: 'Asia/Shanghai',
  startsAt: '2020-04-30T09:00',
  endsAt: '2020-04-30T11:30',
};
const award = {
  name: '金钥匙奖',
  cycleYear: '2019',
  nominationsOpenAt: '2020-03-01T09:00',
  nominationsCloseAt: '2020-03-20T17:00',
  votingOpensAt: '2020-04-01T09:00',
  votingClosesAt: '2020-04-08T17:00',
};

const agendaItem = { kind: 'speech', title: '部署2020年党建工作计划', plannedMinutes: '30' };
const registrationCategory = { name: '公众' };
const awardCategory = { awardId: '1', name: '最美战“疫”者', winners: '2' };

/** Each form that names something, with the name of its English field and that field's limit. */
const forms = [
  { form: 'meeting', schema: meetingInput, base: meeting, field: 'titleEn', max: 120 },
  { form: 'meeting theme', schema: meetingInput, base: meeting, field: 'themeEn', max: 200 },
  { form: 'agenda item', schema: agendaItemInput, base: agendaItem, field: 'titleEn', max: 120 },
  {
    form: 'registration category',
    schema: registrationCategoryInput,
    base: registrationCategory,
    field: 'nameEn',
    max: 40,
  },
  { form: 'award', schema: awardInput, base: award, field: 'nameEn', max: 120 },
  { form: 'award category', schema: awardCategoryInput, base: awardCategory, field: 'nameEn', max: 120 },
] as const;

describe.each(forms)('the $form form’s English name', ({ schema, base, field, max }) => {
  const parse = (value: string | undefined) => schema.safeParse({ ...base, [field]: value });
  const stored = (value: string | undefined) => {
    const result = parse(value);
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    return (result.data as Record<string, unknown>)[field];
  };
  const refused = (value: string) => {
    const result = parse(value);
    return result.success
      ? []
      : result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
  };

  it('is optional: missing or blank is stored as null', () => {
    expect(stored(undefined)).toBeNull();
    expect(stored('   ')).toBeNull();
  });

  it('is kept, trimmed', () => {
    expect(stored('  Golden Key Award ')).toBe('Golden Key Award');
  });

  it('has the same limit as the original', () => {
    expect(stored('a'.repeat(max))).toBe('a'.repeat(max));
    expect(refused('a'.repeat(max + 1))).toHaveLength(1);
  });

  it('refuses control characters and bidi overrides, beside the field', () => {
    expect(refused('Golden\u0000Key')).toContain('validation.controlCharacters');
    expect(refused('Golden \u202eyeK')).toContain('validation.controlCharacters');
  });
});

describe('emails and calendar files in the recipient’s language', () => {
  const noticeMeeting = {
    ...meetingForm(),
    titleEn: '2020 Civic Conference',
    themeEn: null,
    id: 3,
    slug: '2020-civic-conference',
    status: 'published' as const,
    venueAddress: null,
    createdAt: new Date('2020-03-01T00:00:00Z'),
  };
  const registration = {
    name: 'Li Hua',
    email: 'li@example.cn',
    accessToken: 'token',
    ticketCode: 'ABCDEFGH',
    categoryName: '公众',
    categoryNameEn: 'Public',
  };
  const agenda = [
    { id: 1, title: '部署2020年党建工作计划', titleEn: 'The 2020 work plan', plannedMinutes: 30, presenters: null },
  ];

  it('names the meeting and the category in English for an English registrant, in the original for a Chinese one', () => {
    const english = registrationEmail('confirmed', { ...registration, locale: 'en' }, noticeMeeting, {
      origin: 'https://hui.example.cn',
      agenda,
    });
    expect(english.text).toContain('2020 Civic Conference');
    expect(english.text).toContain('Public');
    expect(english.text).not.toContain('公众');
    const chinese = registrationEmail('confirmed', { ...registration, locale: 'zh-CN' }, noticeMeeting, {
      origin: 'https://hui.example.cn',
      agenda,
    });
    expect(chinese.text).toContain('2020年南京西路街道党建和精神文明建设大会');
    expect(chinese.text).toContain('公众');
  });

  it('falls back to the original name when there is no English one', () => {
    const email = registrationEmail(
      'confirmed',
      { ...registration, categoryNameEn: null, locale: 'en' },
      { ...noticeMeeting, titleEn: null },
      { origin: 'https://hui.example.cn' },
    );
    expect(email.text).toContain('公众');
    expect(email.text).toContain('2020年南京西路街道党建和精神文明建设大会');
  });

  it('writes the English calendar file with English names', () => {
    const text = meetingCalendar(noticeMeeting, agenda, {
      url: 'https://hui.example.cn/en/meetings/2020-civic-conference',
      calendarName: 'x',
      presentedBy: 'by ',
      locale: 'en',
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('2020 Civic Conference');
    expect(event.description).toContain('09:00 The 2020 work plan');
  });

  it('names the award and category of a nomination receipt in English', () => {
    const email = nominationReceiptEmail(
      {
        nomineeNames: '王晓东',
        categoryName: '最美战“疫”者',
        categoryNameEn: 'Most Beautiful Anti-Epidemic Fighter',
        awardName: '金钥匙奖',
        awardNameEn: 'Golden Key Award',
        cycleYear: 2019,
        closesAt: new Date('2020-03-20T09:00:00Z'),
      },
      { name: 'Li Hua', email: 'li@example.cn', locale: 'en' },
      { url: 'https://hui.example.cn/en/nominations/x', token: 'x' },
    );
    expect(email.text).toContain('2019 Golden Key Award');
    expect(email.text).toContain('Most Beautiful Anti-Epidemic Fighter');
    expect(email.text).not.toContain('金钥匙奖');
  });
});
