import type { FieldValue } from '../manifest';
import { call, idOf, png, roles, type Role, type World } from '../world';

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

export type Fields = Record<string, FieldValue>;

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

export const meetingPage = (w: World) => `/organize/meetings/${w.meetingThis.id}`;
export const registrationPage = (w: World) => `/organize/meetings/${w.meetingThis.id}/registration`;
export const agendaPage = (w: World) => `/organize/meetings/${w.meetingThis.id}/agenda`;
export const awardPage = (w: World) => `/organize/awards/${w.awardThis.id}`;
export const seatingPage = (w: World) => `/organize/meetings/${w.meetingThis.id}/seating`;
export const ballotPage = (w: World) => `/awards/${w.awardThis.id}/rounds/${w.awardThis.roundId}`;
export const campaignPage = (w: World) => `/organize/pledges/${w.campaignThis.id}`;
export const issuePage = (w: World) => `/pledges/${w.campaignThis.issueId}`;

/** A record made by the admin just for this call, so each allowed caller finds one to remove. */
export async function freshAgendaItem(w: World, role: Role) {
  await call(w.as.admin, agendaPage(w), 'agenda/addAgendaItemAction', {
    meetingId: w.meetingThis.id,
    kind: 'other',
    title: `待删${role}`,
    plannedMinutes: '5',
  });
  return idOf('select id from agenda_items where meeting_id = ? order by id desc', w.meetingThis.id);
}
export async function freshMeetingCategory(w: World, role: Role) {
  await call(w.as.admin, registrationPage(w), 'registrations/addCategoryAction', {
    meetingId: w.meetingThis.id,
    name: `删${role}`.slice(0, 40),
    quota: '5',
  });
  return idOf('select id from registration_categories where meeting_id = ? order by id desc', w.meetingThis.id);
}
export async function freshQuestion(w: World, role: Role) {
  await call(w.as.admin, registrationPage(w), 'registrations/addQuestionAction', {
    meetingId: w.meetingThis.id,
    kind: 'text',
    label: `待删问题${role}`,
  });
  return idOf('select id from registration_questions where meeting_id = ? order by id desc', w.meetingThis.id);
}
/** A block of one seat made by the admin for this call: its seat is free for whoever is allowed. */
export async function freshSeat(w: World, role: Role) {
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
export async function seatedRegistration(w: World, role: Role) {
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
export async function freshAwardCategory(w: World, role: Role) {
  await call(w.as.admin, awardPage(w), 'awards/addCategoryAction', {
    awardId: w.awardThis.id,
    name: `待删${role}`,
    winners: '1',
  });
  return idOf('select id from award_categories where award_id = ? order by id desc', w.awardThis.id);
}
let serial = 0;
export const fresh = () => `${Date.now().toString(36)}${(serial += 1)}`;
export const photo = { name: 'photo.png', mimeType: 'image/png', buffer: png };

export const person = (email: string) => idOf('select id from users where email = ?', email);
/** A demo person of its own for each caller, so that one allowed removal does not take another's target. */
export const demoPersonFor = (role: Role) =>
  person(`person${String(20 + roles.indexOf(role)).padStart(3, '0')}@demo.convene.local`);

/**
 * Every server action × every role. A new action without a row here fails the matrix
 * (its key is missing), so whoever adds an action must say who may call it.
 */
