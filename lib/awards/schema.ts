import { z } from 'zod';
import { CITATION_MAX, committeeRoles, nominationKinds, tieRules, votingMethods } from '@/db/schema/enums';
import { checkbox, chosenPerson, englishName, id, optionalText } from '@/lib/actions/fields';
import { DEFAULT_TIME_ZONE, wallTimeToInstant } from '@/lib/meetings/time';

export { CITATION_MAX };

/** Award windows are typed and shown in the subdistrict's zone, like its meetings. */
export const AWARD_TIME_ZONE = DEFAULT_TIME_ZONE;

const wallTime = z
  .string({ error: 'validation.dateTime' })
  .trim()
  .transform((value, ctx) => {
    const instant = wallTimeToInstant(value, AWARD_TIME_ZONE);
    if (!instant) {
      ctx.addIssue({ code: 'custom', message: 'validation.dateTime' });
      return z.NEVER;
    }
    return instant;
  });

const whole = (min: number, max: number) =>
  z.coerce.number({ error: 'validation.wholeNumber' }).int({ error: 'validation.wholeNumber' }).min(min).max(max);

export const awardInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    nameEn: englishName(120),
    cycleYear: whole(1900, 2200),
    description: optionalText(5000),
    rules: optionalText(5000),
    nominationsOpenAt: wallTime,
    nominationsCloseAt: wallTime,
    votingOpensAt: wallTime,
    votingClosesAt: wallTime,
    publicNominations: checkbox,
  })
  .superRefine((input, ctx) => {
    if (input.nominationsCloseAt <= input.nominationsOpenAt)
      ctx.addIssue({ code: 'custom', path: ['nominationsCloseAt'], message: 'validation.endBeforeStart' });
    if (input.votingClosesAt <= input.votingOpensAt)
      ctx.addIssue({ code: 'custom', path: ['votingClosesAt'], message: 'validation.endBeforeStart' });
  });
export type AwardInput = z.output<typeof awardInput>;

export const categoryInput = z.object({
  awardId: id,
  name: z.string().trim().min(1).max(120),
  nameEn: englishName(120),
  description: optionalText(2000),
  winners: whole(1, 100),
});
export type CategoryInput = z.output<typeof categoryInput>;

export const committeeInput = z.object({
  awardId: id,
  userId: chosenPerson,
  role: z.enum(committeeRoles),
});

export const nominationInput = z.object({
  categoryId: z.coerce.number({ error: 'validation.choice' }).int().positive({ error: 'validation.choice' }),
  kind: z.enum(nominationKinds),
  nomineeNames: z.string().trim().min(1).max(200),
  organization: optionalText(200),
  citation: z.string().trim().min(1).max(CITATION_MAX),
  // Only read for people without an account; members nominate as themselves.
  nominatorName: optionalText(100),
  nominatorEmail: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => v || null)
    .pipe(z.email().max(200).nullable()),
});
export type NominationInput = z.output<typeof nominationInput>;

export const screeningDecisions = ['submitted', 'eligible', 'ineligible', 'withdrawn'] as const;
export const screeningInput = z.object({
  nominationId: id,
  status: z.enum(screeningDecisions),
  reason: optionalText(500),
  shortlisted: checkbox,
});

export const roundInput = z.object({
  awardId: id,
  categoryId: z.coerce.number({ error: 'validation.choice' }).int().positive({ error: 'validation.choice' }),
  name: z.string().trim().min(1).max(120),
  method: z.enum(votingMethods),
  maxChoices: whole(1, 100),
  secret: checkbox,
  allowChanges: checkbox,
  quorumNumerator: whole(0, 100),
  quorumDenominator: whole(1, 100),
  thresholdNumerator: whole(0, 100),
  thresholdDenominator: whole(1, 100),
  tieRule: z.enum(tieRules),
  presenceMeetingId: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().positive().nullable()),
});
export type RoundInput = z.output<typeof roundInput>;

const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map(Number))
  .pipe(z.array(z.number().int().positive()));

/**
 * A ballot form: approval sends `choice` once per ticked nomination; ranked sends
 * `rank_<nominationId>` = 1…N per labelled select (empty: not ranked). Ranks become
 * an ordering here; whether they are complete, unique and allowed is the mutation's call.
 */
export const ballotInput = z
  .looseObject({
    roundId: id,
    choice: idList,
    receipt: optionalText(40),
  })
  .transform((input, ctx) => {
    const ranks: { nominationId: number; rank: number }[] = [];
    for (const [key, value] of Object.entries(input)) {
      const match = /^rank_(\d+)$/.exec(key);
      if (!match || value === '' || value === undefined) continue;
      const rank = Number(value);
      if (!Number.isInteger(rank) || rank < 1 || rank > 100) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'validation.format' });
        return z.NEVER;
      }
      ranks.push({ nominationId: Number(match[1]), rank });
    }
    return { roundId: input.roundId, approvals: input.choice, ranks, receipt: input.receipt };
  });
export type BallotInput = z.output<typeof ballotInput>;

export const awardUpdate = z.intersection(awardInput, z.object({ awardId: id }));

export const awardCategoryRef = z.object({ categoryId: id });

/** A person already on the award (a committee member, a manager), named by id. */
export const awardPerson = z.object({ awardId: id, userId: id });

export const awardManagerChoice = z.object({ awardId: id, userId: chosenPerson });

/** A nomination through the public link: its token stands in for a signed-in nominator. */
export const publicNominationInput = z.intersection(nominationInput, z.object({ token: z.string().min(10).max(100) }));

export const roundTransitionInput = z.object({
  roundId: id,
  transition: z.enum(['open', 'close', 'publish']),
  moveVotingWindow: checkbox,
});

/** The candidates of a round: one checkbox per nomination, so one value or many. */
export const roundCandidatesInput = z.object({
  roundId: id,
  nominationId: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).map(Number))
    .pipe(z.array(z.number().int().positive())),
});

export const roundRef = z.object({ roundId: id });

export const roundNominationRef = z.object({ roundId: id, nominationId: id });

export const receiptInput = z.object({ roundId: id, receipt: z.string().trim().min(1).max(40) });

/** The ceremony screen reveals a winner, or (no nomination) clears the reveal. */
export const revealInput = z.object({
  meetingId: id,
  nominationId: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().positive().nullable()),
});
