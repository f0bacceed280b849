import {
  type ActionRow,
  agendaPage,
  demoPersonFor,
  fresh,
  freshAgendaItem,
  meetingPage,
  meetingRunners,
  person,
  siteOrganizers,
} from './rules';
import { all, call, one, png } from '../world';

export const meetingsRows: ActionRow[] = [
  // ——— meetings: started by site organizers, run by their own organizers and admins ———
  {
    key: 'meetings/createMeetingAction',
    page: () => '/organize/meetings/new',
    allow: siteOrganizers,
    fields: () => ({
      title: '会',
      timeZone: 'Asia/Shanghai',
      startsAt: '2031-06-01T11:00',
      endsAt: '2031-06-01T09:00',
    }),
    valid: () => ({
      title: '会',
      theme: '主题',
      description: '说明',
      venueName: '会场',
      venueAddress: '地址',
      timeZone: 'Asia/Shanghai',
      startsAt: '2031-06-01T09:00',
      endsAt: '2031-06-01T11:00',
      capacity: '20',
      slug: `sweep-${fresh()}`,
    }),
  },
  {
    key: 'meetings/updateMeetingAction',
    page: meetingPage,
    allow: meetingRunners,
    fields: (w) => {
      const meeting = one<{ title: string }>('select title from meetings where id = ?', w.meetingThis.id)!;
      return {
        meetingId: w.meetingThis.id,
        title: meeting.title,
        timeZone: 'Asia/Shanghai',
        startsAt: '2031-06-01T09:00',
        endsAt: '2031-06-01T11:00',
        capacity: '50',
        venueName: '社区党群服务中心',
        slug: w.meetingThis.slug,
      };
    },
  },
  // Next year's edition (decision 0027): the meeting's own organizers and admins. "This" meeting is in 2031, so the
  // allowed get "has not started yet" after the permission check and nothing is made.
  {
    key: 'editions/prepareNextEditionAction',
    page: meetingPage,
    allow: meetingRunners,
    fields: (w) => ({ meetingId: w.meetingThis.id, title: '下一届矩阵会议', slug: `next-${fresh()}` }),
  },
  {
    key: 'meetings/changeMeetingStatusAction',
    page: meetingPage,
    allow: meetingRunners,
    fields: (w) => ({ meetingId: w.meetingThis.id, transition: 'publish' }),
  },
  {
    key: 'meetings/addMeetingOrganizerAction',
    page: meetingPage,
    allow: meetingRunners,
    fields: (w) => ({ meetingId: w.meetingThis.id, userId: person('person001@demo.convene.local') }),
  },
  {
    key: 'meetings/removeMeetingOrganizerAction',
    page: meetingPage,
    allow: meetingRunners,
    fields: async (w, role) => {
      const userId = demoPersonFor(role);
      await call(w.as.admin, meetingPage(w), 'meetings/addMeetingOrganizerAction', {
        meetingId: w.meetingThis.id,
        userId,
      });
      return { meetingId: w.meetingThis.id, userId };
    },
  },

  // ——— agenda and the live run of show ———
  {
    key: 'agenda/addAgendaItemAction',
    page: agendaPage,
    allow: meetingRunners,
    fields: (w, role) => ({ meetingId: w.meetingThis.id, kind: 'speech', title: `发言${role}`, plannedMinutes: '5' }),
  },
  {
    key: 'agenda/updateAgendaItemAction',
    page: agendaPage,
    allow: meetingRunners,
    fields: (w) => ({ itemId: w.meetingThis.agendaItemId, kind: 'speech', title: '开幕致辞', plannedMinutes: '15' }),
  },
  {
    key: 'agenda/removeAgendaItemAction',
    page: agendaPage,
    allow: meetingRunners,
    fields: async (w, role) => ({ itemId: await freshAgendaItem(w, role) }),
  },
  {
    key: 'agenda/moveAgendaItemAction',
    page: agendaPage,
    allow: meetingRunners,
    fields: (w) => ({ itemId: w.meetingThis.agendaItemId, direction: 'up' }),
  },
  {
    key: 'agenda/reorderAgendaAction',
    page: agendaPage,
    allow: meetingRunners,
    fields: (w) => ({
      meetingId: w.meetingThis.id,
      agendaVersion: String(
        one<{ v: number }>('select agenda_version as v from meetings where id = ?', w.meetingThis.id)?.v ?? 0,
      ),
      order: all<{ id: number }>('select id from agenda_items where meeting_id = ? order by position', w.meetingThis.id)
        .map((row) => row.id)
        .join(','),
    }),
  },
  // ——— after the meeting: the report (a meeting that has not run is refused as a business rule, after the permission check) ———
  {
    key: 'reports/generateReportAction',
    page: (w) => `/organize/meetings/${w.meetingThis.id}/report`,
    allow: meetingRunners,
    fields: (w) => ({ meetingId: w.meetingThis.id, reportLocale: 'zh-CN' }),
  },
  {
    key: 'reports/saveReportAction',
    page: (w) => `/organize/meetings/${w.meetingThis.id}/report`,
    allow: meetingRunners,
    fields: (w) => ({ meetingId: w.meetingThis.id, reportLocale: 'zh-CN', baseVersion: '999', body: '# 简报' }),
  },
  // A stale base version is refused as a business rule, after the permission check (the file is read only once allowed).
  {
    key: 'reports/placeReportPhotoAction',
    page: (w) => `/organize/meetings/${w.meetingThis.id}/report`,
    allow: meetingRunners,
    fields: (w) => ({
      meetingId: w.meetingThis.id,
      reportLocale: 'zh-CN',
      baseVersion: '999',
      after: '0',
      caption: '会场',
      photo: { name: 'photo.png', mimeType: 'image/png', buffer: png },
    }),
  },
  // The guest-of-honour mark on a registration of "this" meeting: its organizers and admins.
  {
    key: 'guests/markGuestOfHonourAction',
    page: (w) => `/organize/meetings/${w.meetingThis.id}/registrations`,
    allow: meetingRunners,
    fields: (w) => ({ registrationId: w.meetingThis.registrationId, title: '区委副书记' }),
  },
  {
    key: 'guests/unmarkGuestOfHonourAction',
    page: (w) => `/organize/meetings/${w.meetingThis.id}/registrations`,
    allow: meetingRunners,
    fields: (w) => ({ registrationId: w.meetingThis.registrationId }),
  },
  // "previous" before the start is refused as a business rule, after the permission check.
  {
    key: 'live/liveCommandAction',
    page: (w) => `/organize/meetings/${w.meetingThis.id}/control`,
    allow: meetingRunners,
    fields: (w) => ({
      meetingId: w.meetingThis.id,
      command: 'previous',
      liveVersion: String(
        one<{ v: number }>('select live_version as v from meetings where id = ?', w.meetingThis.id)?.v ?? 0,
      ),
    }),
  },
];
