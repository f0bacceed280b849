import {
  type ActionRow,
  awardPage,
  awardRunners,
  ballotPage,
  chairOrAdmin,
  committeeVoters,
  demoPersonFor,
  everyone,
  fresh,
  freshAwardCategory,
  meetingRunners,
  person,
  photo,
  siteOrganizers,
} from './rules';
import { awardFields, call, roles } from '../world';

export const awardsRows: ActionRow[] = [
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
];
