import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '@/lib/env';
import { approve, makeAwardWithRound } from '@/test/awards';
import { latest, openImage, rowsWithPlace, seize, tableLayout, type Evidence, type Image } from '@/test/sqlite-file';
import { castBallot } from './mutations';

/**
 * The attack of issue 11 §1, run from the database file and its WAL alone: after a
 * secret round, order the stored ballots every way the bytes allow (key or rowid,
 * each column, byte offset inside the page, page, WAL commit) and pair that order
 * with the order people voted in (round_participations rowids, audit log). Each
 * voter chose a different nominee, so a pairing's score is how many voters it
 * matched to their own choice. A random pairing of 8 matches 1 on average.
 */

const VOTERS = 8;
const TRIALS = 4;
// Summed over the trials, a random pairing matches ~Poisson(TRIALS) voters:
// P(≥ 17 of 32) < 2·10⁻⁶ per attack (~40 attacks), so a pass is never luck and a fail is never noise.
const CHANCE_BOUND = 16;

function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** What a ballot chose, whichever way the stored format writes it. */
function decodeChoices(value: unknown): number[] {
  if (typeof value === 'string' && value.startsWith('[')) return JSON.parse(value) as number[];
  if (typeof value === 'string') return (value.match(/\d{10}/g) ?? []).map(Number).filter((id) => id > 0);
  return [];
}

type Ballot = { id: string; page: number; offset: number; row: Record<string, unknown>; choice: number };

/** The round's stored ballot rows (filled slots only, when the table has slots), with where their bytes sit. */
function ballotsIn(image: Image, roundId: number, filledOnly = true): Ballot[] {
  const copy = openImage(image);
  const layout = tableLayout(copy, 'secret_ballots');
  copy.close();
  return rowsWithPlace(image, layout)
    .filter(({ row }) => row.round_id === roundId && (!filledOnly || row.filled === undefined || row.filled === 1))
    .map((cell) => ({
      id: String(cell.rowid ?? cell.values[0]),
      page: cell.page,
      offset: cell.offset,
      row: cell.row,
      choice: decodeChoices(cell.row.choices)[0] ?? 0,
    }));
}

/** The order ballots appeared in, from the WAL: replay its commits and note which ballot each one filled. */
function walOrder(evidence: Evidence, roundId: number): Ballot[] {
  const seen = new Map(ballotsIn(latest(evidence, 0), roundId).map((b) => [b.id, b]));
  const order = [...seen.values()];
  for (let upTo = 1; upTo <= evidence.commits.length; upTo++) {
    for (const ballot of ballotsIn(latest(evidence, upTo), roundId)) {
      if (seen.has(ballot.id)) continue;
      seen.set(ballot.id, ballot);
      order.push(ballot);
    }
  }
  return order;
}

/** Every ordering of the ballots the file offers. */
function ballotOrders(evidence: Evidence, roundId: number): Record<string, Ballot[]> {
  const ballots = ballotsIn(latest(evidence), roundId);
  const orders: Record<string, Ballot[]> = {
    'key order': ballots,
    'page, then offset': [...ballots].sort((a, b) => a.page - b.page || a.offset - b.offset),
    'page, then offset (newest cell lowest)': [...ballots].sort((a, b) => a.page - b.page || b.offset - a.offset),
    'offset alone': [...ballots].sort((a, b) => a.offset - b.offset),
    'WAL commits': walOrder(evidence, roundId),
  };
  for (const column of Object.keys(ballots[0]?.row ?? {})) {
    orders[`column ${column}`] = [...ballots].sort((a, b) =>
      String(a.row[column]).localeCompare(String(b.row[column])),
    );
  }
  for (const [name, order] of Object.entries(orders)) orders[`${name}, reversed`] = [...order].reverse();
  return orders;
}

/** The order people voted in, from the copy: it is not secret, and every attack may use it. */
function voterOrders(evidence: Evidence, roundId: number): Record<string, number[]> {
  const copy = openImage(latest(evidence));
  const participations = (
    copy.prepare('select voter_id as id from round_participations where round_id = ? order by rowid').all(roundId) as {
      id: number;
    }[]
  ).map((r) => r.id);
  const audit = (
    copy
      .prepare(
        "select actor_id as id from audit_events where action = 'votingRound.ballot' and entity_id = ? order by audit_events.id",
      )
      .all(roundId) as { id: number }[]
  ).map((r) => r.id);
  copy.close();
  return { 'round_participations rowid': participations, 'audit log': audit };
}

describe('a secret round, read from the database file and its WAL alone', () => {
  it('pairs no voter with their choice better than chance, however the bytes are ordered', () => {
    const file = databaseFile();
    const scores = new Map<string, number>();
    for (let trial = 0; trial < TRIALS; trial++) {
      // One member does not vote, so a design with slots has an empty one among the filled.
      const award = makeAwardWithRound({ committee: VOTERS + 1, nominees: VOTERS });
      award.open();
      const voters = shuffle(award.committee).slice(0, VOTERS);
      const choices = shuffle(award.nominationIds);
      const truth = new Map(voters.map((voter, index) => [voter.id, choices[index]!]));
      for (const voter of voters) castBallot(approve(award.roundId, truth.get(voter.id)!), voter);

      const evidence = seize(file);
      expect(
        ballotsIn(latest(evidence), award.roundId)
          .map((b) => b.choice)
          .sort(),
      ).toEqual([...choices].sort());
      const voterSide = voterOrders(evidence, award.roundId);
      expect(voterSide['round_participations rowid']).toEqual(voters.map((v) => v.id));
      expect(voterSide['audit log']).toEqual(voters.map((v) => v.id));
      for (const [ballotName, ballotOrder] of Object.entries(ballotOrders(evidence, award.roundId))) {
        for (const [voterName, voterOrder] of Object.entries(voterSide)) {
          const matched = voterOrder.filter(
            (voterId, index) => truth.get(voterId) === ballotOrder[index]?.choice,
          ).length;
          const key = `${ballotName} × ${voterName}`;
          scores.set(key, (scores.get(key) ?? 0) + matched);
        }
      }
    }
    const best = [...scores].sort((a, b) => b[1] - a[1]);
    console.log(
      `best pairings over ${TRIALS} rounds of ${VOTERS} voters (chance ≈ ${TRIALS}):\n${best
        .slice(0, 6)
        .map(([name, n]) => `  ${name}: ${n}/${TRIALS * VOTERS}`)
        .join('\n')}`,
    );
    for (const [name, matched] of best) expect(matched, name).toBeLessThanOrEqual(CHANCE_BOUND);
  });

  it('puts each ballot in a slot placed before anyone voted, and the WAL keeps no version of a ballot page', () => {
    const file = databaseFile();
    const award = makeAwardWithRound({ committee: VOTERS + 1, nominees: VOTERS, allowChanges: true });
    award.open();
    const placesAtOpen = new Map(
      ballotsIn(latest(seize(file)), award.roundId, false).map((b) => [b.id, `${b.page}:${b.offset}`]),
    );
    // A version of a ballot page per commit would say which slot changed when.
    const walHoldsNoBallotPage = () => {
      const evidence = seize(file);
      const ballotPages = new Set(ballotsIn(latest(evidence), award.roundId, false).map((b) => b.page));
      expect(
        evidence.commits.filter((commit) => [...commit.pages.keys()].some((page) => ballotPages.has(page))).length,
        'WAL commits holding a ballot page',
      ).toBe(0);
    };
    const voters = shuffle(award.committee).slice(0, VOTERS);
    const receipts = voters.map((voter, index) => {
      const { receipt } = castBallot(approve(award.roundId, award.nominationIds[index]!), voter);
      walHoldsNoBallotPage();
      return receipt;
    });
    // A change with the receipt rewrites the same slot in place.
    castBallot({ ...approve(award.roundId, award.nominationIds[VOTERS - 1]!), receipt: receipts[0]! }, voters[0]!);
    walHoldsNoBallotPage();
    const ballots = ballotsIn(latest(seize(file)), award.roundId);
    expect(ballots).toHaveLength(VOTERS);
    // Neither moved nor grew: the byte layout was fixed at open, before any vote.
    for (const ballot of ballots)
      expect(placesAtOpen.get(ballot.id), `ballot ${ballot.id}`).toBe(`${ballot.page}:${ballot.offset}`);
  });
});
