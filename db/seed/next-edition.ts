import { eq } from 'drizzle-orm';
import { prepareNextEditionIn } from '@/lib/editions/mutations';
import { suggestedEdition } from '@/lib/editions/shift';
import type { Tx } from '../index';
import { meetings, users } from '../schema';

/**
 * Issue 15: the 2021 draft, prepared from the 2020 conference by the organizer through
 * the same function as the button (not hand-written rows). Left alone when the conference
 * is missing or already has its next edition.
 */
export function seedNextEdition(tx: Tx): void {
  const conference = tx.select().from(meetings).where(eq(meetings.slug, '2020-civic-conference')).get();
  if (!conference) return;
  if (tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.previousEditionId, conference.id)).get()) return;
  const organizer = tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(users.email, 'organizer@convene.local'))
    .get();
  if (!organizer) return;
  const { title, titleEn } = suggestedEdition(conference);
  prepareNextEditionIn(tx, { meetingId: conference.id, title, titleEn, slug: null, keepPresenters: false }, organizer);
}
