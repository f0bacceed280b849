import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db';
import {
  organizationSeats,
  registrationCategories,
  registrationQuestions,
  registrationSettings,
  type Meeting,
} from '@/db/schema';
import { nextYearInstantOrNull } from '../shift';

/** Settings (windows a year on, nothing released yet), categories, questions and seats held for organizations. */
export function copyRegistration(tx: Tx, last: Meeting, meetingId: number) {
  const zone = last.timeZone;
  const settings = tx.select().from(registrationSettings).where(eq(registrationSettings.meetingId, last.id)).get();
  if (settings) {
    tx.insert(registrationSettings)
      .values({
        meetingId,
        mode: settings.mode,
        opensAt: nextYearInstantOrNull(settings.opensAt, zone),
        closesAt: nextYearInstantOrNull(settings.closesAt, zone),
        organizationSeatsReleaseAt: nextYearInstantOrNull(settings.organizationSeatsReleaseAt, zone),
        organizationSeatsReleasedAt: null,
      })
      .run();
  }
  const categories = tx
    .select()
    .from(registrationCategories)
    .where(eq(registrationCategories.meetingId, last.id))
    .orderBy(asc(registrationCategories.position))
    .all();
  for (const category of categories) {
    tx.insert(registrationCategories)
      .values({
        meetingId,
        name: category.name,
        nameEn: category.nameEn,
        quota: category.quota,
        selfService: category.selfService,
        position: category.position,
      })
      .run();
  }
  const questions = tx
    .select()
    .from(registrationQuestions)
    .where(eq(registrationQuestions.meetingId, last.id))
    .orderBy(asc(registrationQuestions.position))
    .all();
  for (const question of questions) {
    tx.insert(registrationQuestions)
      .values({
        meetingId,
        kind: question.kind,
        label: question.label,
        choices: question.choices,
        required: question.required,
        position: question.position,
      })
      .run();
  }
  const seats = tx.select().from(organizationSeats).where(eq(organizationSeats.meetingId, last.id)).all();
  for (const held of seats)
    tx.insert(organizationSeats).values({ meetingId, organizationId: held.organizationId, seats: held.seats }).run();
  return {
    registrationSettings: !!settings,
    registrationCategories: categories.length,
    registrationQuestions: questions.length,
    organizationSeats: seats.length,
  };
}
