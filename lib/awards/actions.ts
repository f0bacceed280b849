'use server';

import { getLocale } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define-action';

import type { FormState } from '@/lib/actions/state';
import { AppError } from '@/lib/errors';
import { zoneName } from '@/lib/i18n/dates';
import { localizedPath } from '@/lib/i18n/routing';
import { clientKey, enforceRateLimit } from '@/lib/limits/guard';
import { requestContext } from '@/lib/request/context';
import {
  addAwardManager,
  addCategory,
  appointCommitteeMember,
  castBallot,
  castDecidingVote,
  changeRoundStatus,
  createAward,
  createRound,
  createRunoff,
  declareConflict,
  editNomination,
  removeAwardManager,
  removeCategory,
  revealWinner,
  removeCommitteeMember,
  screenNomination,
  submitNomination,
  updateAward,
} from './mutations';
import { receiptRecorded } from './data';
import { removePhoto, storePhoto } from './photos';
import { formatReceipt } from './receipts';
import { refreshAwardPages, refreshSitePages } from './revalidate';
import { AWARD_TIME_ZONE } from './schema';
import {
  awardCategoryRef,
  awardInput,
  awardManagerChoice,
  awardPerson,
  awardUpdate,
  ballotInput,
  categoryInput,
  committeeInput,
  nominationInput,
  publicNominationInput,
  receiptInput,
  revealInput,
  roundCandidatesInput,
  roundInput,
  roundNominationRef,
  roundRef,
  roundTransitionInput,
  screeningInput,
} from './schema';

export const createAwardAction = defineAction({
  schema: awardInput,
  who: 'organizer',
  async run(input, { viewer }) {
    const awardId = createAward(input, viewer);
    refreshSitePages();
    return { redirectTo: localizedPath(`/organize/awards/${awardId}`, await getLocale()) };
  },
});

export const updateAwardAction = defineAction({
  schema: awardUpdate,
  who: 'organizer',
  run({ awardId, ...input }, { viewer }) {
    updateAward(awardId, input, viewer);
    refreshAwardPages();
    return { message: 'common.saved', keepValues: true };
  },
});

export const addCategoryAction = defineAction({
  schema: categoryInput,
  who: 'organizer',
  run(input, { viewer }) {
    addCategory(input, viewer);
    refreshSitePages();
    return { message: 'awards.categories.added' };
  },
});

export const removeCategoryAction = defineAction({
  schema: awardCategoryRef,
  who: 'organizer',
  run({ categoryId }, { viewer }) {
    removeCategory(categoryId, viewer);
    refreshSitePages();
    return { message: 'awards.categories.removed' };
  },
});

export const appointAction = defineAction({
  schema: committeeInput,
  who: 'organizer',
  run({ awardId, userId, role }, { viewer }) {
    appointCommitteeMember(awardId, userId, role, viewer);
    refreshSitePages();
    return { message: 'awards.committee.appointed' };
  },
});

export const dismissAction = defineAction({
  schema: awardPerson,
  who: 'organizer',
  run({ awardId, userId }, { viewer }) {
    removeCommitteeMember(awardId, userId, viewer);
    refreshSitePages();
    return { message: 'awards.committee.dismissed' };
  },
});

export const addAwardManagerAction = defineAction({
  schema: awardManagerChoice,
  who: 'organizer',
  run({ awardId, userId }, { viewer }) {
    addAwardManager(awardId, userId, viewer);
    refreshSitePages();
    return { message: 'managers.added' };
  },
});

export const removeAwardManagerAction = defineAction({
  schema: awardPerson,
  who: 'organizer',
  run({ awardId, userId }, { viewer }) {
    removeAwardManager(awardId, userId, viewer);
    refreshSitePages();
    return { message: 'managers.removed' };
  },
});

/** Members nominate as themselves; the public too when the award allows it (checked in the mutation). */
export async function submitNominationAction(previous: FormState, formData: FormData): Promise<FormState> {
  const photo = formData instanceof FormData ? formData.get('photo') : null;
  return defineAction({
    schema: nominationInput,
    who: 'anyone',
    async run(input, { viewer }) {
      const context = await requestContext();
      enforceRateLimit('nomination', clientKey(context.ip), context.now);
      const photoPath = await storePhoto(photo);
      try {
        const { editToken } = submitNomination(input, viewer, { ...context, photoPath });
        return { redirectTo: localizedPath(`/nominations/${editToken}?sent=1`, context.locale) };
      } catch (error) {
        await removePhoto(photoPath);
        throw error;
      }
    },
  })(previous, formData);
}

export async function editNominationAction(previous: FormState, formData: FormData): Promise<FormState> {
  const photo = formData instanceof FormData ? formData.get('photo') : null;
  return defineAction({
    schema: publicNominationInput,
    who: 'anyone',
    async run({ token, ...input }) {
      const context = await requestContext();
      const photoPath = await storePhoto(photo);
      try {
        editNomination(token, input, { ...context, photoPath });
      } catch (error) {
        await removePhoto(photoPath);
        throw error;
      }
      refreshSitePages();
      return { message: 'common.saved', keepValues: true };
    },
  })(previous, formData);
}

export const screenNominationAction = defineAction({
  schema: screeningInput,
  who: 'signedIn',
  run(input, { viewer }) {
    screenNomination(input, viewer);
    refreshSitePages();
    return { message: 'common.saved', keepValues: true };
  },
});

export const createRoundAction = defineAction({
  schema: roundInput,
  who: 'signedIn',
  run(input, { viewer }) {
    createRound(input, viewer);
    refreshSitePages();
    return { message: 'awards.rounds.created' };
  },
});

export const changeRoundStatusAction = defineAction({
  schema: roundTransitionInput,
  who: 'signedIn',
  async run({ roundId, transition, moveVotingWindow }, { viewer }) {
    const origin = (await requestContext()).origin;
    let round;
    try {
      round = changeRoundStatus(roundId, transition, viewer, new Date(), origin, { moveVotingWindow });
    } catch (error) {
      // The window's times are named with their zone, as everywhere else (北京时间 / Asia/Shanghai).
      const windowRefusal =
        error instanceof AppError &&
        error.code.startsWith('awards.errors.') &&
        (error.reason === 'votingWindowAhead' || error.reason === 'votingWindowOver');
      if (windowRefusal)
        throw new AppError(error.code, {
          values: { ...error.values, zone: zoneName(AWARD_TIME_ZONE, await getLocale()) },
        });
      throw error;
    }
    refreshAwardPages();
    return { message: round.votingWindowMoved ? 'awards.rounds.done.openMoved' : `awards.rounds.done.${transition}` };
  },
});

export const castingVoteAction = defineAction({
  schema: roundCandidatesInput,
  who: 'signedIn',
  run({ roundId, nominationId }, { viewer }) {
    castDecidingVote(roundId, nominationId, viewer);
    refreshSitePages();
    return { message: 'common.saved' };
  },
});

export const runoffAction = defineAction({
  schema: roundRef,
  who: 'signedIn',
  run({ roundId }, { viewer }) {
    createRunoff(roundId, viewer);
    refreshSitePages();
    return { message: 'awards.rounds.created' };
  },
});

export const declareConflictAction = defineAction({
  schema: roundNominationRef,
  who: 'signedIn',
  run({ roundId, nominationId }, { viewer }) {
    declareConflict(roundId, nominationId, viewer);
    refreshSitePages();
    return { message: 'awards.ballot.conflictDeclared' };
  },
});

export const castBallotAction = defineAction({
  schema: ballotInput,
  who: 'signedIn',
  run(input, { viewer }) {
    const { receipt, changed } = castBallot(input, viewer);
    refreshSitePages();
    return {
      message: changed ? 'awards.ballot.changed' : 'awards.ballot.recorded',
      messageValues: { receipt: formatReceipt(receipt) },
    };
  },
});

/** Anyone holding a receipt may check it was recorded; the answer says nothing else. */
export const checkReceiptAction = defineAction({
  schema: receiptInput,
  who: 'anyone',
  run({ roundId, receipt }) {
    return {
      message: receiptRecorded(roundId, receipt) ? 'awards.ballot.checkFound' : 'awards.ballot.checkMissing',
      keepValues: true,
    };
  },
});

export const revealWinnerAction = defineAction({
  schema: revealInput,
  who: 'signedIn',
  run({ meetingId, nominationId }, { viewer }) {
    revealWinner(meetingId, nominationId, viewer);
    refreshSitePages();
    return { message: nominationId ? 'awards.ceremony.revealed' : 'common.saved' };
  },
});
