import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../index';
import { agendaItems, meetingOrganizers, meetings, memberships, organizations, users, type SiteRole } from '../schema';
import demo from './demo-accounts.json';
import { scenarioMeeting, scenarioOrganizations, scenarioPeople } from './scenario';

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
export function seedDemo(database: Db): { organizations: number; people: number } {
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
      addPerson(person, { organization: person.organization, position: person.position, representative: person.representative });
    }
    seedMeeting(tx);
    return { organizations: scenarioOrganizations.length, people: people.length + demo.accounts.length };
  });
}

/** The reference conference with its run of show, published. Left alone if its address is taken. */
function seedMeeting(tx: Tx) {
  const { agenda, organizerEmail, ...meeting } = scenarioMeeting;
  const organizer = tx.select({ id: users.id }).from(users).where(eq(users.email, organizerEmail)).get()!;
  const inserted = tx
    .insert(meetings)
    .values({ ...meeting, status: 'published', publishedAt: new Date(), createdById: organizer.id })
    .onConflictDoNothing()
    .returning({ id: meetings.id })
    .get();
  if (!inserted) return;
  tx.insert(meetingOrganizers).values({ meetingId: inserted.id, userId: organizer.id }).run();
  agenda.forEach((item, index) => {
    tx.insert(agendaItems).values({ ...item, meetingId: inserted.id, position: index + 1 }).run();
  });
}

export function isEmpty(database: Db): boolean {
  return !database.select({ id: users.id }).from(users).limit(1).get();
}
