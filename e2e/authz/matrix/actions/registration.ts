import {
  type ActionRow,
  everyone,
  fresh,
  freshMeetingCategory,
  freshQuestion,
  freshSeat,
  meetingRunners,
  registrationPage,
  seatedRegistration,
  seatingPage,
} from './rules';
import { one } from '../world';

export const registrationRows: ActionRow[] = [
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
];
