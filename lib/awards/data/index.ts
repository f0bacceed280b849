/**
 * The award reads, one file per part of an award's life, as lib/awards/mutations/ divides the
 * writes: the award and its staff, nominations, rounds and their count, the ceremony, and the
 * check of published results against the audit chain. Importers keep `@/lib/awards/data`.
 */
export {
  awardManagerIds,
  awardStaff,
  committeeSeats,
  findAwardNamed,
  getAward,
  getCategory,
  listAppointablePeople,
  listAwardChoices,
  listAwardManagers,
  listAwards,
  listCategories,
  listCommittee,
  listCommitteeAwards,
  listManagedAwards,
  listManagerCandidates,
  type Award,
} from './awards';
export {
  findDuplicate,
  getNomination,
  getNominationByToken,
  listNominations,
  listNominationsBy,
  nomineeKey,
} from './nominations';
export {
  countRound,
  getRound,
  getRoundResults,
  hasVoted,
  listOpenBallots,
  listRounds,
  myRecusals,
  participationCount,
  receiptRecorded,
  roundCandidates,
} from './rounds';
export {
  ceremonyAwardIds,
  ceremonyWinnersByItem,
  getPublishedWinner,
  publishedWinners,
  revealedNominationId,
  type Winner,
} from './ceremony';
export { firstPublishedResultMismatch } from './anchors';
