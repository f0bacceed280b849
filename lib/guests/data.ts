import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { guestsOfHonour, registrations } from '@/db/schema';

/** The guests of honour of a meeting, by registration id, with their titles. */
export function guestsOfHonourByRegistration(meetingId: number): Map<number, string> {
  const rows = db
    .select({ registrationId: guestsOfHonour.registrationId, title: guestsOfHonour.title })
    .from(guestsOfHonour)
    .innerJoin(registrations, eq(registrations.id, guestsOfHonour.registrationId))
    .where(eq(registrations.meetingId, meetingId))
    .all();
  return new Map(rows.map((row) => [row.registrationId, row.title]));
}
