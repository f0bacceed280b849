import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { outboxEmails, users } from '@/db/schema';
import { changeRole, setPersonArchived } from '@/lib/people/mutations';
import { makeUser } from '@/test/factories';
import { getSessionViewer } from './data';
import { createAccount, endAllSessions, revokeSession, setPassword } from './mutations';

const version = (id: number) => db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id)).get()!.v;

describe('session versions (issue 12, finding 7)', () => {
  it('a session stands only while its version is the account’s and it was not signed out', () => {
    const admin = makeUser({ role: 'admin' });
    const person = makeUser();
    expect(getSessionViewer(person.id, 0, 'laptop')?.id).toBe(person.id);

    revokeSession('laptop', new Date(Date.now() + 60_000));
    expect(getSessionViewer(person.id, 0, 'laptop')).toBeUndefined();
    expect(getSessionViewer(person.id, 0, 'phone')?.id).toBe(person.id);

    const steps: [string, () => void][] = [
      ['password change', () => setPassword(person.id, 'new-hash', person.id)],
      ['sign out everywhere', () => endAllSessions(person.id)],
      ['role change', () => changeRole(person.id, 'organizer', admin)],
      ['archiving', () => setPersonArchived(person.id, true, admin)],
    ];
    for (const [what, step] of steps) {
      const before = version(person.id);
      step();
      expect(version(person.id), what).toBe(before + 1);
      expect(getSessionViewer(person.id, before, 'phone'), what).toBeUndefined();
    }
    // Restored, the person may sign in again, but no old session comes back.
    setPersonArchived(person.id, false, admin);
    expect(getSessionViewer(person.id, version(person.id) - 1, 'phone')).toBeUndefined();
    expect(getSessionViewer(person.id, version(person.id), 'new-sign-in')?.id).toBe(person.id);
  });
});

describe('sign-up (issue 12, finding 6)', () => {
  it('with a taken email creates nothing and tells the owner by email instead of the stranger', () => {
    const owner = makeUser({ email: 'taken@test.local', name: '林静怡' });
    const before = db.select().from(users).all().length;
    expect(
      createAccount(
        { email: 'taken@test.local', name: '陌生人', passwordHash: 'x', locale: 'zh-CN' },
        'http://localhost:3000',
      ),
    ).toBeNull();
    expect(db.select().from(users).all()).toHaveLength(before);
    const notice = db.select().from(outboxEmails).all().at(-1)!;
    expect(notice).toMatchObject({ to: 'taken@test.local', topic: 'account.exists' });
    expect(notice.text).toContain(owner.name);

    const id = createAccount(
      { email: 'new@test.local', name: '新人', passwordHash: 'x', locale: 'en' },
      'http://localhost:3000',
    );
    expect(id).toBeGreaterThan(0);
    expect(db.select().from(outboxEmails).all().at(-1)).toMatchObject({
      to: 'new@test.local',
      topic: 'account.welcome',
    });
  });
});
