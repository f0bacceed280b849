import { asc, eq } from 'drizzle-orm';
import { db, type Db } from '@/db';
import { votingRounds } from '@/db/schema';
import { mismatchOf, type AnchorMismatch } from '@/lib/audit/anchor-report';
import { chainEventFor } from '@/lib/audit/data';
import { getCategory } from './awards';
import { countRound } from './rounds';

type PublishedCount = {
  ballotsCast: number;
  nominations: { nominationId: number; votes: number; points: number }[];
};

/**
 * For `npm run audit:verify`: the first published round (in id order) whose ballots no longer
 * recount to what its publish event recorded (decision 0012). Compares the ballots cast and each
 * nomination's votes and points, which only the ballots decide; not the outcome, which also
 * depends on who is on the committee or checked in, and may legitimately move after publishing.
 * Publish events from before results were recorded carry none and are not compared.
 */
export function firstPublishedResultMismatch(database: Db = db): AnchorMismatch | null {
  const rounds = database
    .select()
    .from(votingRounds)
    .where(eq(votingRounds.status, 'published'))
    .orderBy(asc(votingRounds.id))
    .all();
  for (const round of rounds) {
    const event = chainEventFor('votingRound.publish', 'votingRound', round.id, database);
    const mismatch = mismatchOf('publishedResult', round.id, event?.id ?? null);
    if (!event) return mismatch('notInChain');
    const published = (event.changes as { results?: PublishedCount } | null)?.results;
    if (!published) continue;
    const category = getCategory(round.categoryId, database);
    if (!category) return mismatch('count');
    const recount = countRound(round, category.winners, database);
    const now = new Map(recount.nominations.map((n) => [n.nominationId, n]));
    const differs =
      recount.ballotsCast !== published.ballotsCast ||
      published.nominations.some((n) => {
        const row = now.get(n.nominationId);
        return row !== undefined && (row.votes !== n.votes || row.points !== n.points);
      });
    if (differs) return mismatch('count');
  }
  return null;
}
