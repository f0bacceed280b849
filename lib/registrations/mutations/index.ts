/**
 * The registration writes, cut along their seams: the seat engine (capacity), what time alone
 * changes (sweeps), what a registrant does, what an organizer does, and the door (check-in).
 * Importers keep `@/lib/registrations/mutations`; the helpers the parts share stay inside.
 */
export { loadSettings, promoteWaitlist, seatCounts, waitlistPosition, type Context } from './capacity';
export { sweepAllMeetings, sweepMeeting } from './sweeps';
export { cancelRegistration, register } from './registrant';
export {
  addCategory,
  addQuestion,
  decideRegistration,
  invite,
  inviteRepresentatives,
  removeCategory,
  removeQuestion,
  representativesToInvite,
  saveSettings,
  setOrganizationSeats,
  updateCategory,
} from './organizer';
export { auditCheckIn, checkIn, type CheckInResult } from './check-in';
