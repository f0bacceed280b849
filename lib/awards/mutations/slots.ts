/**
 * The slots of a secret round (decision 0011): placed empty before anyone can vote, one filled
 * at random per ballot, and every slot rewritten on each write so no page tells whose changed.
 */
import crypto from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db';
import { committeeMembers, secretBallots, type VotingRound } from '@/db/schema';
import { emptySlot, encodeChoices, slotNumbers } from '../ballot-slots';

/**
 * Puts `howMany` empty slots in a secret round: random slot numbers, inserted in random
 * order, each as long as a filled one will be. Done before the members it is for can
 * vote, so where a slot's bytes sit says nothing about who fills it.
 */
export function addBallotSlots(tx: Tx, round: VotingRound, howMany: number): void {
  for (const slot of slotNumbers(howMany))
    tx.insert(secretBallots)
      .values({ slot, roundId: round.id, ...emptySlot(round.maxChoices), stir: crypto.randomBytes(8) })
      .run();
}

/** Writes a secret ballot over a random empty slot of its round, in place (same size, same key). */
export function fillBallotSlot(tx: Tx, round: VotingRound, receiptHash: string, choices: number[]): void {
  const empty = () =>
    tx
      .select({ slot: secretBallots.slot })
      .from(secretBallots)
      .where(and(eq(secretBallots.roundId, round.id), eq(secretBallots.filled, false)))
      .all();
  let free = empty();
  if (free.length === 0) {
    // Only when a round lacks slots (opened before slots existed and the committee grew since):
    // a whole committee's worth, so the ballot still lands among several empty slots.
    addBallotSlots(
      tx,
      round,
      Math.max(
        1,
        tx.select({ n: count() }).from(committeeMembers).where(eq(committeeMembers.awardId, round.awardId)).get()?.n ??
          0,
      ),
    );
    free = empty();
  }
  // A random one: taking the first by slot number would hand out slots in key order.
  const { slot } = free[crypto.randomInt(free.length)]!;
  tx.update(secretBallots)
    .set({ receiptHash, choices: encodeChoices(choices, round.maxChoices), filled: true })
    .where(eq(secretBallots.slot, slot))
    .run();
  stirSlots(tx, round.id);
}

/** Rewrites every slot of the round (same size): each ballot then changes every page of the round's slots alike. */
export function stirSlots(tx: Tx, roundId: number): void {
  tx.update(secretBallots)
    .set({ stir: sql`randomblob(8)` })
    .where(eq(secretBallots.roundId, roundId))
    .run();
}
