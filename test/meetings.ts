import { meetingInput, type MeetingInput } from '@/lib/meetings/schema';
import { changeMeetingStatus, createMeeting } from '@/lib/meetings/mutations';
import { addAgendaItem } from '@/lib/agenda/mutations';
import type { AgendaItemInput } from '@/lib/agenda/schema';

/** The reference morning as form input: 09:00–11:30 in Shanghai. */
export function meetingForm(overrides: Partial<Record<string, string>> = {}): MeetingInput {
  return meetingInput.parse({
    title: '2020年南京西路街道党建和精神文明建设大会',
    theme: '勇担使命再出发，同舟共济筑未来',
    venueName: '上海展览中心',
    timeZone: 'Asia/Shanghai',
    startsAt: '2020-04-30T09:00',
    endsAt: '2020-04-30T11:30',
    capacity: '80',
    ...overrides,
  });
}

export function agendaItem(overrides: Partial<AgendaItemInput> = {}): AgendaItemInput {
  return {
    kind: 'speech',
    title: '部署2020年党建工作计划',
    titleEn: null,
    plannedMinutes: 30,
    presenters: null,
    description: null,
    crewNotes: null,
    awardIds: [],
    pledgeCampaignId: null,
    ...overrides,
  };
}

/** A meeting owned by `organizer` with items of the given lengths, titled 项目1, 项目2, … */
export function makeMeeting(
  organizer: { id: number; role: 'admin' | 'organizer' | 'member' },
  minutes: number[] = [],
  overrides: Partial<Record<string, string>> = {},
) {
  const meeting = createMeeting(meetingForm(overrides), organizer);
  const itemIds = minutes.map((plannedMinutes, index) =>
    addAgendaItem(meeting.id, agendaItem({ title: `项目${index + 1}`, plannedMinutes }), organizer),
  );
  return { ...meeting, itemIds };
}

/** A published meeting with registration categories, for registration tests. */
export function makeRegistrableMeeting(
  organizer: { id: number; role: 'admin' | 'organizer' | 'member' },
  options: { capacity?: string; categories?: { name: string; selfService?: boolean; quota?: number | null }[] } = {},
) {
  const categories = options.categories ?? [{ name: '公众' }, { name: '单位代表' }];
  const meeting = createMeeting(
    meetingForm({ startsAt: '2031-04-30T09:00', endsAt: '2031-04-30T11:00', capacity: options.capacity ?? '3' }),
    organizer,
    categories.map((category) => ({ name: category.name, selfService: category.selfService ?? true })),
  );
  addAgendaItem(meeting.id, agendaItem(), organizer);
  changeMeetingStatus(meeting.id, 'publish', organizer);
  return meeting;
}
