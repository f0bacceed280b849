import { awardInput, roundInput } from '@/lib/awards/schema';
import {
  addCategory,
  appointCommitteeMember,
  changeRoundStatus,
  createAward,
  createRound,
  screenNomination,
  submitNomination,
} from '@/lib/awards/mutations';
import { makeUser } from './factories';

type Person = ReturnType<typeof makeUser>;

/** An approval ballot for the round's given nominations, as castBallot takes it. */
export const approve = (roundId: number, ...ids: number[]) => ({ roundId, approvals: ids, ranks: [], receipt: null });

/** The 2019 cycle as form input: nominations through 2019, voting open until far ahead so tests can vote now. */
export function awardForm(overrides: Record<string, string> = {}) {
  return awardInput.parse({
    name: `金钥匙奖 ${Math.random().toString(36).slice(2, 7)}`,
    cycleYear: '2019',
    nominationsOpenAt: '2019-01-01T00:00',
    nominationsCloseAt: '2099-12-31T00:00',
    votingOpensAt: '2020-01-01T00:00',
    votingClosesAt: '2099-12-31T00:00',
    publicNominations: 'on',
    ...overrides,
  });
}

/** An award with one category, a committee (first member chairs), `nominees` eligible nominations and a draft round. */
export function makeAwardWithRound(
  options: {
    committee?: number;
    nominees?: number;
    secret?: boolean;
    method?: 'approval' | 'ranked';
    maxChoices?: number;
    allowChanges?: boolean;
    winners?: number;
    tieRule?: 'runoff' | 'chair';
  } = {},
) {
  const organizer = makeUser({ role: 'organizer' });
  const awardId = createAward(awardForm(), organizer);
  const categoryId = addCategory(
    { awardId, name: '最美战“疫”者', nameEn: null, description: null, winners: options.winners ?? 1 },
    organizer,
  );
  const committee: Person[] = Array.from({ length: options.committee ?? 7 }, () => makeUser());
  committee.forEach((person, index) =>
    appointCommitteeMember(awardId, person.id, index === 0 ? 'chair' : 'member', organizer),
  );
  const nominationIds = Array.from({ length: options.nominees ?? 3 }, (_, index) => {
    const { id } = submitNomination(
      {
        categoryId,
        kind: 'individual',
        nomineeNames: `候选人${index + 1}`,
        organization: null,
        citation: '挨家挨户排查，手指都肿了。',
        nominatorName: null,
        nominatorEmail: null,
      },
      organizer,
      { now: new Date(), origin: 'http://localhost', locale: 'zh-CN' },
    );
    screenNomination({ nominationId: id, status: 'eligible', reason: null, shortlisted: false }, organizer);
    return id;
  });
  const roundId = createRound(
    roundInput.parse({
      awardId: String(awardId),
      categoryId: String(categoryId),
      name: '第一轮',
      method: options.method ?? 'approval',
      maxChoices: String(options.maxChoices ?? 1),
      secret: options.secret === false ? undefined : 'on',
      allowChanges: options.allowChanges ? 'on' : undefined,
      quorumNumerator: '2',
      quorumDenominator: '3',
      thresholdNumerator: '1',
      thresholdDenominator: '2',
      tieRule: options.tieRule ?? 'runoff',
    }),
    organizer,
  );
  return {
    organizer,
    awardId,
    categoryId,
    committee,
    chair: committee[0]!,
    nominationIds,
    roundId,
    open: () => changeRoundStatus(roundId, 'open', organizer),
  };
}
