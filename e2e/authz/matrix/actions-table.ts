import type { FieldValue } from './manifest';
import { all, call, idOf, one, png, roles, awardFields, campaignFields, type Role, type World } from './world';

/** Who may, by rule. Everyone else must be refused. */
export const everyone = roles;
export const signedIn = roles.filter((role) => role !== 'visitor');
/** The site role `organizer` (admins hold it too): may start meetings, awards and campaigns. */
export const siteOrganizers: readonly Role[] = [
  'organizerThis',
  'organizerOther',
  'managerThis',
  'managerOther',
  'admin',
];
/** A meeting is run by its own organizers and by admins. */
export const meetingRunners: readonly Role[] = ['organizerThis', 'admin'];
/**
 * Each award and each campaign is run by its own managers and by admins (decision 0014,
 * issue 12 finding 10): an organizer of another meeting, or the manager of another award
 * or campaign, is refused.
 */
export const awardRunners: readonly Role[] = ['managerThis', 'admin'];
export const campaignRunners: readonly Role[] = ['managerThis', 'admin'];
/** The committee of "this" award: a member, and the admin as its chair. */
export const committeeVoters: readonly Role[] = ['committee', 'admin'];
/** The chair (the admin here) and admins publish and break ties. */
export const chairOrAdmin: readonly Role[] = ['admin'];
export const admins: readonly Role[] = ['admin'];

type Fields = Record<string, FieldValue>;

export type ActionRow = {
  /** "<domain>/<exportedName>", as in the build's manifest (see manifest.ts). */
  key: string;
  /** A page that uses the action (the build registers an action only for its pages). */
  page: (w: World) => string;
  /** The input: valid for `allow` so the answer shows the rule; may make a fresh record per call. */
  fields: (w: World, role: Role) => Fields | Promise<Fields>;
  allow: readonly Role[];
  /** A complete, valid input for the hostile-input sweep, where `fields` stops at validation on purpose. */
  valid?: (w: World, role: Role) => Fields | Promise<Fields>;
  /** Signing out and switching language change the caller's cookies: use a copy of them. */
  isolated?: boolean;
  /** Ends every session of the caller's account: the role's own session is signed in again afterwards. */
  endsSessions?: boolean;
};

const meetingPage = (w: World) => `/organize/meetings/${w.meetingThis.id}`;
const registrationPage = (w: World) => `/organize/meetings/${w.meetingThis.id}/registration`;
const agendaPage = (w: World) => `/organize/meetings/${w.meetingThis.id}/agenda`;
const awardPage = (w: World) => `/organize/awards/${w.awardThis.id}`;
const seatingPage = (w: World) => `/organize/meetings/${w.meetingThis.id}/seating`;
const ballotPage = (w: World) => `/awards/${w.awardThis.id}/rounds/${w.awardThis.roundId}`;
const campaignPage = (w: World) => `/organize/pledges/${w.campaignThis.id}`;
const issuePage = (w: World) => `/pledges/${w.campaignThis.issueId}`;

/** A record made by the admin just for this call, so each allowed caller finds one to remove. */
async function freshAgendaItem(w: World, role: Role) {
  await call(w.as.admin, agendaPage(w), 'agenda/addAgendaItemAction', {
    meetingId: w.meetingThis.id,
    kind: 'other',
    title: `待删${role}`,
    plannedMinutes: '5',
  });
  return idOf('select id from agenda_items where meeting_id = ? order by id desc', w.meetingThis.id);
}
async function freshMeetingCategory(w: World, role: Role) {
  await call(w.as.admin, registrationPage(w), 'registrations/addCategoryAction', {
    meetingId: w.meetingThis.id,
    name: `删${role}`.slice(0, 40),
    quota: '5',
  });
  return idOf('select id from registration_categories where meeting_id = ? order by id desc', w.meetingThis.id);
}
async function freshQuestion(w: World, role: Role) {
  await call(w.as.admin, registrationPage(w), 'registrations/addQuestionAction', {
    meetingId: w.meetingThis.id,
    kind: 'text',
    label: `待删问题${role}`,
  });
  return idOf('select id from registration_questions where meeting_id = ? order by id desc', w.meetingThis.id);
}
/** A block of one seat made by the admin for this call: its seat is free for whoever is allowed. */
async function freshSeat(w: World, role: Role) {
  const name = `座${role}${fresh()}`.slice(0, 40);
  await call(w.as.admin, seatingPage(w), 'seating/saveBlockAction', {
    meetingId: w.meetingThis.id,
    name,
    kind: 'rows',
    rows: '1',
    seats: '1',
  });
  return idOf('select id from seating_blocks where meeting_id = ? and name = ?', w.meetingThis.id, name);
}
/** A guest registered just now and seated by the admin: the matrix's own guest may have been cancelled by an earlier row. */
async function seatedRegistration(w: World, role: Role) {
  await call(w.as.visitor, `/meetings/${w.meetingThis.slug}/register`, 'registrations/registerAction', {
    meetingId: w.meetingThis.id,
    categoryId: w.meetingThis.categoryId,
    name: '座位来宾',
    email: `seat-${fresh()}@matrix.test`,
  });
  const registrationId = idOf(
    "select id from registrations where meeting_id = ? and status = 'confirmed' order by id desc",
    w.meetingThis.id,
  );
  const blockId = await freshSeat(w, role);
  await call(w.as.admin, seatingPage(w), 'seating/assignSeatAction', {
    meetingId: w.meetingThis.id,
    registrationId,
    seat: `${blockId}:1:1`,
  });
  return registrationId;
}
async function freshAwardCategory(w: World, role: Role) {
  await call(w.as.admin, awardPage(w), 'awards/addCategoryAction', {
    awardId: w.awardThis.id,
    name: `待删${role}`,
    winners: '1',
  });
  return idOf('select id from award_categories where award_id = ? order by id desc', w.awardThis.id);
}
let serial = 0;
const fresh = () => `${Date.now().toString(36)}${(serial += 1)}`;
const photo = { name: 'photo.png', mimeType: 'image/png', buffer: png };

const person = (email: string) => idOf('select id from users where email = ?', email);
/** A demo person of its own for each caller, so that one allowed removal does not take another's target. */
const demoPersonFor = (role: Role) =>
  person(`person${String(20 + roles.indexOf(role)).padStart(3, '0')}@demo.convene.local`);

/**
 * Every server action × every role. A new action without a row here fails the matrix
 * (its key is missing), so whoever adds an action must say who may call it.
 */
export const actionRows: ActionRow[] = [
  // ——— sign-up, account, language: anyone (input that stops at validation, or a wrong password) ———
  {
    key: 'auth/signUp',
    page: () => '/sign-up',
    allow: everyone,
    fields: () => ({
      name: '测试',
      email: 'matrix@matrix.test',
      password: 'matrix-pass-1',
      confirmPassword: 'different-1',
    }),
    valid: () => ({
      name: '测试',
      email: `sweep-${fresh()}@matrix.test`,
      password: 'matrix-pass-1',
      confirmPassword: 'matrix-pass-1',
    }),
  },
  {
    key: 'auth/changePassword',
    page: () => '/account',
    allow: signedIn,
    fields: () => ({
      currentPassword: 'not-the-password',
      newPassword: 'matrix-pass-2',
      confirmPassword: 'matrix-pass-2',
    }),
  },
  { key: 'auth/signOut', page: () => '/account', allow: everyone, isolated: true, fields: () => ({}) },
  {
    key: 'auth/signOutEverywhere',
    page: () => '/account',
    allow: signedIn,
    isolated: true,
    endsSessions: true,
    fields: () => ({}),
  },
  {
    key: 'auth/switchLanguage',
    page: () => '/',
    allow: everyone,
    isolated: true,
    fields: () => ({ locale: 'zh-CN', path: '/' }),
  },

  // ——— admin: organizations and people ———
  {
    key: 'organizations/createOrganizationAction',
    page: () => '/admin/organizations/new',
    allow: admins,
    fields: () => ({ name: '', kind: 'residential' }),
    valid: () => ({ name: `组织${fresh()}`, kind: 'residential', address: '南京西路1号', description: '说明' }),
  },
  {
    key: 'organizations/updateOrganizationAction',
    page: (w) => `/admin/organizations/${w.orgOther}`,
    allow: admins,
    fields: (w) => {
      const org = one<{ name: string; kind: string }>('select name, kind from organizations where id = ?', w.orgOther)!;
      return { organizationId: w.orgOther, name: org.name, kind: org.kind };
    },
  },
  {
    key: 'organizations/archiveOrganizationAction',
    page: (w) => `/admin/organizations/${w.orgOther}`,
    allow: admins,
    fields: (w) => ({ organizationId: w.orgOther, archived: '' }),
  },
  {
    key: 'organizations/addMemberAction',
    page: (w) => `/admin/organizations/${w.orgOther}`,
    allow: admins,
    fields: (w) => ({ organizationId: w.orgOther, userId: w.userIds.repOther, isRepresentative: 'on' }),
  },
  {
    key: 'organizations/updateMembershipAction',
    page: (w) => `/admin/organizations/${w.orgOther}`,
    allow: admins,
    fields: (w) => ({
      membershipId: idOf(
        'select id from memberships where organization_id = ? and user_id = ?',
        w.orgOther,
        w.userIds.repOther,
      ),
      isRepresentative: 'on',
    }),
  },
  {
    key: 'organizations/removeMemberAction',
    page: (w) => `/admin/organizations/${w.orgOther}`,
    allow: admins,
    fields: async (w) => {
      await call(w.as.admin, `/admin/organizations/${w.orgOther}`, 'organizations/addMemberAction', {
        organizationId: w.orgOther,
        userId: w.userIds.member,
      });
      return {
        membershipId: idOf(
          'select id from memberships where organization_id = ? and user_id = ?',
          w.orgOther,
          w.userIds.member,
        ),
      };
    },
  },
  {
    key: 'people/createPersonAction',
    page: () => '/admin/people/new',
    allow: admins,
    fields: () => ({ name: '测试', email: 'not-an-email', role: 'member' }),
    valid: () => ({
      name: '测试',
      email: `person-${fresh()}@matrix.test`,
      phone: '13800138000',
      role: 'member',
      initialPassword: 'matrix-pass-1',
    }),
  },
  {
    key: 'people/updatePersonAction',
    page: (w) => `/admin/people/${w.userIds.managerOther}`,
    allow: admins,
    fields: (w) => {
      const user = one<{ name: string; email: string }>(
        'select name, email from users where id = ?',
        w.userIds.managerOther,
      )!;
      return { personId: w.userIds.managerOther, name: user.name, email: user.email };
    },
  },
  {
    key: 'people/changeRoleAction',
    page: (w) => `/admin/people/${w.userIds.managerOther}`,
    allow: admins,
    fields: (w) => ({ personId: w.userIds.managerOther, role: 'organizer' }),
  },
  {
    key: 'people/archivePersonAction',
    page: (w) => `/admin/people/${w.userIds.managerOther}`,
    allow: admins,
    fields: (w) => ({ personId: w.userIds.managerOther, archived: '' }),
  },

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

  // ——— registration ———
  {
    key: 'registrations/registerAction',
    page: (w) => `/meetings/${w.meetingThis.slug}/register`,
    allow: everyone,
    fields: (w) => ({ meetingId: w.meetingThis.id, categoryId: '' }),
    valid: (w) => ({
      meetingId: w.meetingThis.id,
      categoryId: w.meetingThis.categoryId,
      name: '张来宾',
      email: `guest-${fresh()}@matrix.test`,
      phone: '13800138000',
      organizationId: w.orgThis,
      organizationName: '单位',
    }),
  },
  // The private token is the key: whoever holds it may cancel (the first call does; later ones hear "cannot be cancelled").
  {
    key: 'registrations/cancelRegistrationAction',
    page: (w) => `/registrations/${w.meetingThis.registrationToken}`,
    allow: everyone,
    fields: (w) => ({ accessToken: w.meetingThis.registrationToken }),
  },
  {
    key: 'registrations/decideRegistrationAction',
    page: (w) => `/organize/meetings/${w.meetingThis.id}/registrations`,
    allow: meetingRunners,
    fields: (w) => ({ registrationId: w.meetingThis.registrationId, decision: 'approve' }),
  },
  {
    key: 'registrations/inviteAction',
    page: (w) => `/organize/meetings/${w.meetingThis.id}/registrations`,
    allow: meetingRunners,
    fields: (w, role) => ({
      meetingId: w.meetingThis.id,
      categoryId: w.meetingThis.categoryId,
      people: `张邀请, invite-${role}@matrix.test`,
    }),
  },
  {
    key: 'registrations/saveSettingsAction',
    page: registrationPage,
    allow: meetingRunners,
    fields: (w) => ({ meetingId: w.meetingThis.id, mode: 'open' }),
  },
  {
    key: 'registrations/addCategoryAction',
    page: registrationPage,
    allow: meetingRunners,
    fields: (w, role) => ({ meetingId: w.meetingThis.id, name: `类${role}`.slice(0, 40), quota: '3' }),
  },
  {
    key: 'registrations/updateCategoryAction',
    page: registrationPage,
    allow: meetingRunners,
    fields: (w) => ({
      categoryId: w.meetingThis.categoryId,
      name: one<{ name: string }>('select name from registration_categories where id = ?', w.meetingThis.categoryId)!
        .name,
      selfService: 'on',
    }),
  },
  {
    key: 'registrations/removeCategoryAction',
    page: registrationPage,
    allow: meetingRunners,
    fields: async (w, role) => ({ categoryId: await freshMeetingCategory(w, role) }),
  },
  {
    key: 'registrations/setOrganizationSeatsAction',
    page: registrationPage,
    allow: meetingRunners,
    fields: (w) => ({ meetingId: w.meetingThis.id, organizationId: w.orgThis, seats: '2' }),
  },
  {
    key: 'registrations/addQuestionAction',
    page: registrationPage,
    allow: meetingRunners,
    fields: (w, role) => ({ meetingId: w.meetingThis.id, kind: 'text', label: `问题${role}` }),
  },
  {
    key: 'registrations/removeQuestionAction',
    page: registrationPage,
    allow: meetingRunners,
    fields: async (w, role) => ({ questionId: await freshQuestion(w, role) }),
  },
  // ——— seating: the meeting's organizers and admins ———
  {
    key: 'seating/saveBlockAction',
    page: seatingPage,
    allow: meetingRunners,
    fields: (w) => ({
      meetingId: w.meetingThis.id,
      name: `区${fresh()}`.slice(0, 40),
      kind: 'rows',
      rows: '1',
      seats: '2',
    }),
  },
  {
    key: 'seating/removeBlockAction',
    page: seatingPage,
    allow: meetingRunners,
    fields: async (w, role) => ({ meetingId: w.meetingThis.id, blockId: await freshSeat(w, role) }),
  },
  {
    key: 'seating/toggleReservationAction',
    page: seatingPage,
    allow: meetingRunners,
    fields: async (w, role) => ({ meetingId: w.meetingThis.id, seat: `${await freshSeat(w, role)}:1:1` }),
  },
  {
    key: 'seating/assignSeatAction',
    page: seatingPage,
    allow: meetingRunners,
    fields: async (w, role) => ({
      meetingId: w.meetingThis.id,
      registrationId: w.meetingThis.registrationId,
      seat: `${await freshSeat(w, role)}:1:1`,
    }),
  },
  {
    key: 'seating/unassignSeatAction',
    page: seatingPage,
    allow: meetingRunners,
    fields: async (w, role) => ({ meetingId: w.meetingThis.id, registrationId: await seatedRegistration(w, role) }),
  },
  {
    key: 'seating/autoAssignAction',
    page: seatingPage,
    allow: meetingRunners,
    fields: (w) => ({ meetingId: w.meetingThis.id }),
  },
  {
    key: 'seating/clearSeatsAction',
    page: seatingPage,
    allow: meetingRunners,
    fields: (w) => ({ meetingId: w.meetingThis.id }),
  },
  {
    key: 'registrations/checkInAction',
    page: (w) => `/organize/meetings/${w.meetingThis.id}/check-in`,
    allow: meetingRunners,
    fields: (w) => ({ meetingId: w.meetingThis.id, code: 'NO-SUCH-TICKET' }),
  },

  // ——— awards: its managers (and admins); the committee votes, its chair (the admin here) also screens and runs rounds ———
  {
    key: 'awards/createAwardAction',
    page: () => '/organize/awards/new',
    allow: siteOrganizers,
    fields: () => ({ name: '奖', ...awardFields, nominationsCloseAt: '2019-01-01T09:00' }),
    valid: () => ({ name: '奖', description: '说明', rules: '规则', ...awardFields }),
  },
  {
    key: 'awards/updateAwardAction',
    page: awardPage,
    allow: awardRunners,
    fields: (w) => ({ awardId: w.awardThis.id, name: w.awardThis.name, ...awardFields }),
  },
  {
    key: 'awards/addCategoryAction',
    page: awardPage,
    allow: awardRunners,
    fields: (w, role) => ({ awardId: w.awardThis.id, name: `类别${role}`, winners: '1' }),
  },
  {
    key: 'awards/removeCategoryAction',
    page: awardPage,
    allow: awardRunners,
    fields: async (w, role) => ({ categoryId: await freshAwardCategory(w, role) }),
  },
  {
    key: 'awards/appointAction',
    page: awardPage,
    allow: awardRunners,
    fields: (w) => ({ awardId: w.awardThis.id, userId: person('person001@demo.convene.local'), role: 'member' }),
  },
  {
    key: 'awards/dismissAction',
    page: awardPage,
    allow: awardRunners,
    fields: async (w, role) => {
      const userId = demoPersonFor(role);
      await call(w.as.admin, awardPage(w), 'awards/appointAction', { awardId: w.awardThis.id, userId, role: 'member' });
      return { awardId: w.awardThis.id, userId };
    },
  },
  // Managers add managers, who must hold the site role organizer; removing needs a record of its own per caller.
  {
    key: 'awards/addAwardManagerAction',
    page: awardPage,
    allow: awardRunners,
    fields: (w) => ({ awardId: w.awardThis.id, userId: w.spareOrganizers[0]! }),
  },
  {
    key: 'awards/removeAwardManagerAction',
    page: awardPage,
    allow: awardRunners,
    fields: async (w, role) => {
      const userId = w.spareOrganizers[roles.indexOf(role)]!;
      await call(w.as.admin, awardPage(w), 'awards/addAwardManagerAction', { awardId: w.awardThis.id, userId });
      return { awardId: w.awardThis.id, userId };
    },
  },
  // Public nominations are on for this award: anyone reaches validation.
  {
    key: 'awards/submitNominationAction',
    page: (w) => `/awards/${w.awardThis.id}/nominate`,
    allow: everyone,
    fields: (w) => ({ categoryId: w.awardThis.categoryId, kind: 'individual', nomineeNames: '某人', citation: '' }),
    valid: (w) => ({
      categoryId: w.awardThis.categoryId,
      kind: 'individual',
      nomineeNames: `某人${fresh()}`,
      organization: '单位',
      citation: '为民服务。',
      nominatorName: '推荐人',
      nominatorEmail: `nominator-${fresh()}@matrix.test`,
      photo,
    }),
  },
  // The edit link is the key; once screened the nomination is no longer editable (a rule, not a refusal of the person).
  {
    key: 'awards/editNominationAction',
    page: (w) => `/nominations/${w.awardThis.nominationTokens[0]}`,
    allow: everyone,
    fields: (w) => ({
      token: w.awardThis.nominationTokens[0]!,
      categoryId: w.awardThis.categoryId,
      kind: 'individual',
      nomineeNames: '韦秋华',
      citation: '为民服务。',
    }),
    valid: (w) => ({
      token: w.awardThis.nominationTokens[1]!,
      categoryId: w.awardThis.categoryId,
      kind: 'individual',
      nomineeNames: '周明',
      citation: '为民服务。',
      photo,
    }),
  },
  {
    key: 'awards/screenNominationAction',
    page: awardPage,
    allow: awardRunners,
    fields: (w) => ({ nominationId: w.awardThis.nominationIds[0]!, status: 'eligible' }),
  },
  {
    key: 'awards/createRoundAction',
    page: awardPage,
    allow: awardRunners,
    fields: (w, role) => ({ ...w.awardThis.roundFields, name: `轮${role}` }),
  },
  // Opening an open round is refused by rule, after the permission check.
  {
    key: 'awards/changeRoundStatusAction',
    page: awardPage,
    allow: awardRunners,
    fields: (w) => ({ roundId: w.awardThis.roundId, transition: 'open' }),
  },
  {
    key: 'awards/castingVoteAction',
    page: (w) => `${awardPage(w)}/rounds/${w.awardThis.roundId}`,
    allow: chairOrAdmin,
    fields: (w) => ({ roundId: w.awardThis.roundId, nominationId: w.awardThis.nominationIds[0]! }),
  },
  {
    key: 'awards/runoffAction',
    page: (w) => `${awardPage(w)}/rounds/${w.awardThis.roundId}`,
    allow: awardRunners,
    fields: (w) => ({ roundId: w.awardThis.roundId }),
  },
  {
    key: 'awards/castBallotAction',
    page: ballotPage,
    allow: committeeVoters,
    fields: (w) => ({ roundId: w.awardThis.roundId, choice: w.awardThis.nominationIds[0]! }),
  },
  {
    key: 'awards/declareConflictAction',
    page: ballotPage,
    allow: committeeVoters,
    fields: (w) => ({ roundId: w.awardThis.roundId, nominationId: w.awardThis.nominationIds[1]! }),
  },
  {
    key: 'awards/checkReceiptAction',
    page: ballotPage,
    allow: everyone,
    fields: (w) => ({ roundId: w.awardThis.roundId, receipt: 'ABCD-EFGH' }),
  },
  // Revealing a winner on the venue display belongs to the meeting's organizers; an empty choice clears it.
  {
    key: 'awards/revealWinnerAction',
    page: (w) => `/organize/meetings/${w.meetingThis.id}/control`,
    allow: meetingRunners,
    fields: (w) => ({ meetingId: w.meetingThis.id, nominationId: '' }),
  },

  // ——— pledges: the campaign's managers (and admins); representatives for their own organization ———
  // Valid input: the permission is checked after validation here, so a refusal only shows with input that passes.
  {
    key: 'pledges/createCampaignAction',
    page: () => '/organize/pledges/new',
    allow: siteOrganizers,
    fields: (_w, role) => ({ title: `承诺${role}`, ...campaignFields }),
  },
  {
    key: 'pledges/updateCampaignAction',
    page: (w) => `${campaignPage(w)}/edit`,
    allow: campaignRunners,
    fields: (w) => ({ campaignId: w.campaignThis.id, title: w.campaignThis.title, ...campaignFields }),
  },
  {
    key: 'pledges/issueCampaignAction',
    page: campaignPage,
    allow: campaignRunners,
    fields: (w) => ({ campaignId: w.campaignThis.id, organizationIds: w.orgThis }),
  },
  {
    key: 'pledges/addCampaignManagerAction',
    page: campaignPage,
    allow: campaignRunners,
    fields: (w) => ({ campaignId: w.campaignThis.id, userId: w.spareOrganizers[0]! }),
  },
  {
    key: 'pledges/removeCampaignManagerAction',
    page: campaignPage,
    allow: campaignRunners,
    fields: async (w, role) => {
      const userId = w.spareOrganizers[roles.indexOf(role)]!;
      await call(w.as.admin, campaignPage(w), 'pledges/addCampaignManagerAction', {
        campaignId: w.campaignThis.id,
        userId,
      });
      return { campaignId: w.campaignThis.id, userId };
    },
  },
  {
    key: 'pledges/remindAction',
    page: campaignPage,
    allow: campaignRunners,
    fields: (w) => ({ campaignId: w.campaignThis.id }),
  },
  {
    key: 'pledges/countersignAction',
    page: issuePage,
    allow: campaignRunners,
    fields: (w) => ({ issueId: w.campaignThis.issueId }),
  },
  // Only the representatives of the issue's organization sign, decline and report for it.
  // Sent by the document page once shown (a render never writes); a representative's repeat is a no-op.
  {
    key: 'pledges/markViewedAction',
    page: issuePage,
    allow: ['repThis'],
    fields: (w) => ({ issueId: w.campaignThis.issueId }),
  },
  {
    key: 'pledges/signAction',
    page: issuePage,
    allow: ['repThis'],
    fields: (w) => ({
      issueId: w.campaignThis.issueId,
      versionId: w.campaignThis.versionId,
      typedName: '许佳宁',
      confirm: 'on',
    }),
  },
  {
    key: 'pledges/declineAction',
    page: issuePage,
    allow: ['repThis'],
    fields: (w) => ({ issueId: w.campaignThis.issueId, reason: '需要讨论' }),
  },
  {
    key: 'pledges/progressAction',
    page: issuePage,
    allow: ['repThis'],
    fields: (w) => ({
      issueId: w.campaignThis.issueId,
      targetId: w.campaignThis.targetId,
      status: 'in_progress',
      percent: '50',
    }),
    valid: (w) => ({
      issueId: w.campaignThis.issueId,
      targetId: w.campaignThis.targetId,
      status: 'in_progress',
      percent: '50',
      note: '进展',
      evidence: { name: 'evidence.png', mimeType: 'image/png', buffer: png },
    }),
  },
  {
    key: 'pledges/checkTextAction',
    page: () => '/verify/NOPE',
    allow: everyone,
    fields: () => ({ code: 'NOPE', text: '文本' }),
  },

  // ——— the bench's minimal control (lib/bench/actions.ts): answers only while BENCH_CONTROL=1, which no deployment sets ———
  { key: 'bench/benchControlAction', page: () => '/bench-control', allow: [], fields: () => ({}) },
];
