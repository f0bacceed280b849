import crypto from 'node:crypto';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { recordAudit } from '@/lib/audit/mutations';
import { newAccessToken } from '@/lib/registrations/access-token';
import type { Db, Tx } from '../index';
import { IMMEDIATE } from '../transaction';
import {
  agendaItems,
  meetingOrganizers,
  meetings,
  memberships,
  organizations,
  registrationCategories,
  registrations,
  users,
  type SiteRole,
} from '../schema';
import demo from './demo-accounts.json';
import { seedAwards } from './awards';
import { seedGuestsOfHonour } from './guests';
import { scenarioMeeting, scenarioOrganizations, scenarioPeople } from './scenario';
import { seedPledges } from './pledges';
import { seedNextEdition } from './next-edition';
import { seedSeating } from './seating';

/** Demo people who belong somewhere, beyond their site role. */
const demoMemberships: Record<string, { organization: string; position: string; representative: boolean }> = {
  'organizer@convene.local': { organization: '南京西路街道办事处', position: '党建办干部', representative: false },
  'rep@convene.local': { organization: '新成居民区党总支', position: '党总支书记', representative: true },
  'member@convene.local': { organization: '古柏居民区党总支', position: '党员', representative: false },
};

/**
 * Loads the reference scenario. Safe to run again: rows already there (same
 * organization name, same email) are left as they are.
 */
export function seedDemo(
  database: Db,
  options: { nextEdition?: boolean } = {},
): { organizations: number; people: number } {
  const passwordHash = bcrypt.hashSync(demo.password, 11);
  return database.transaction((tx) => {
    for (const organization of scenarioOrganizations) {
      tx.insert(organizations).values(organization).onConflictDoNothing().run();
    }
    const organizationId = (name: string) =>
      tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, name)).get()!.id;

    const addPerson = (
      person: { name: string; email: string; phone?: string; role?: SiteRole; passwordHash?: string },
      membership?: { organization: string; position: string; representative: boolean },
    ) => {
      tx.insert(users).values(person).onConflictDoNothing().run();
      if (!membership) return;
      const userId = tx.select({ id: users.id }).from(users).where(eq(users.email, person.email)).get()!.id;
      tx.insert(memberships)
        .values({
          userId,
          organizationId: organizationId(membership.organization),
          position: membership.position,
          isRepresentative: membership.representative,
        })
        .onConflictDoNothing()
        .run();
    };

    for (const account of demo.accounts) {
      addPerson({ ...account, role: account.role as SiteRole, passwordHash }, demoMemberships[account.email]);
    }
    const people = scenarioPeople();
    for (const person of people) {
      addPerson(person, {
        organization: person.organization,
        position: person.position,
        representative: person.representative,
      });
    }
    seedMeeting(tx, people);
    seedAwards(tx);
    seedPledges(tx);
    // Off only for the test that prepares the 2021 edition itself and compares last year's rows before and after.
    if (options.nextEdition !== false) seedNextEdition(tx);
    return { organizations: scenarioOrganizations.length, people: people.length + demo.accounts.length };
  }, IMMEDIATE);
}

/** The reference conference with its run of show, published. Left alone if its address is taken. */
function seedMeeting(tx: Tx, people: ReturnType<typeof scenarioPeople>) {
  const { agenda, organizerEmail, categories, ...meeting } = scenarioMeeting;
  const organizer = tx.select({ id: users.id }).from(users).where(eq(users.email, organizerEmail)).get()!;
  const inserted = tx
    .insert(meetings)
    .values({ ...meeting, status: 'published', publishedAt: new Date(), createdById: organizer.id })
    .onConflictDoNothing()
    .returning({ id: meetings.id })
    .get();
  if (!inserted) return;
  tx.insert(meetingOrganizers).values({ meetingId: inserted.id, userId: organizer.id }).run();
  // The conference has run: each item's real start and end, from 09:02 with the small
  // overruns of a real morning, so its report and attendance record exist on a fresh start.
  // The live record stays closed-off (no current item, no end stamp), so the control page
  // still offers a rehearsal; "clear" after one removes these times as it would any run.
  let clock = meeting.startsAt.getTime() + 2 * 60_000;
  agenda.forEach((item, index) => {
    const startedAt = new Date(clock);
    clock += (item.plannedMinutes + (index % 2)) * 60_000;
    tx.insert(agendaItems)
      .values({ ...item, meetingId: inserted.id, position: index + 1, startedAt, endedAt: new Date(clock) })
      .run();
  });
  const categoryIds = categories.map(
    (category, index) =>
      tx
        .insert(registrationCategories)
        .values({ ...category, meetingId: inserted.id, position: index + 1 })
        .returning({ id: registrationCategories.id })
        .get().id,
  );
  seedRegistrations(tx, meeting, inserted.id, categoryIds, people);
  seedGuestsOfHonour(tx, inserted.id);
  seedSeating(tx, inserted.id, categoryIds);
}

const TICKET_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const ticketCode = () =>
  Array.from(crypto.randomBytes(8), (byte) => TICKET_ALPHABET[byte % TICKET_ALPHABET.length]).join('');

/**
 * "70余人": the people of the scenario registered across the categories, most of
 * them checked in on the morning. Representatives come as representatives, the host
 * office's people as leaders and staff, a few residents as award winners.
 */
function seedRegistrations(
  tx: Tx,
  meeting: { startsAt: Date },
  meetingId: number,
  [leaders, winners, representatives, staff, publicCategory]: number[],
  people: ReturnType<typeof scenarioPeople>,
) {
  const organizationId = (name: string) =>
    tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, name)).get()?.id ?? null;
  people.forEach((person, index) => {
    const categoryId = person.representative
      ? representatives!
      : index < 12
        ? index < 6
          ? leaders!
          : staff!
        : index % 7 === 0
          ? winners!
          : publicCategory!;
    const user = tx.select({ id: users.id }).from(users).where(eq(users.email, person.email)).get();
    const registeredAt = new Date(meeting.startsAt.getTime() - (10 - (index % 10)) * 24 * 3600_000);
    // Nine in ten came; arrivals spread over the half hour before the start.
    const checkedInAt = index % 10 === 9 ? null : new Date(meeting.startsAt.getTime() - ((index * 37) % 30) * 60_000);
    const inserted = tx
      .insert(registrations)
      .values({
        meetingId,
        categoryId,
        userId: user?.id ?? null,
        name: person.name,
        email: person.email,
        phone: person.phone,
        organizationId: organizationId(person.organization),
        status: 'confirmed',
        answers: {},
        ticketCode: ticketCode(),
        ...newAccessToken().columns,
        createdAt: registeredAt,
        confirmedAt: registeredAt,
        checkedInAt,
      })
      .onConflictDoNothing()
      .returning({ id: registrations.id })
      .get();
    // The morning's check-ins are in the audit chain, as the door app would have recorded them (decision 0012).
    if (inserted && checkedInAt) {
      recordAudit(
        tx,
        {
          actorId: null,
          action: 'registration.checkIn',
          entityType: 'registration',
          entityId: inserted.id,
          changes: { meetingId, name: person.name, categoryId },
        },
        checkedInAt,
      );
    }
  });
}

export function isEmpty(database: Db): boolean {
  return !database.select({ id: users.id }).from(users).limit(1).get();
}
