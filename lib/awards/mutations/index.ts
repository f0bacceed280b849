/**
 * The award writes, one file per part of an award's life: the award itself (categories,
 * committee, managers), nominations, rounds, ballots, and the ceremony. Importers keep
 * `@/lib/awards/mutations`; the helpers the parts share stay inside.
 */
export {
  addAwardManager,
  addCategory,
  appointCommitteeMember,
  createAward,
  loadManagedAward,
  removeAwardManager,
  removeCategory,
  removeCommitteeMember,
  updateAward,
} from './awards';
export { editNomination, screenNomination, submitNomination, type NominationContext } from './nominations';
export { castDecidingVote, changeRoundStatus, createRound, createRunoff, type RoundTransition } from './rounds';
export { castBallot, declareConflict, type BallotReceipt } from './ballots';
export { revealWinner, setCeremonyAwards } from './ceremony';
