import { desc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditEvents } from '@/db/schema';
import { addMember, createOrganization } from '@/lib/organizations/mutations';
import { makeUser } from '@/test/factories';
import { getPerson, listMembershipsOf, listPeople } from './data';
import { changeRole, createPerson, setPersonArchived, updatePerson } from './mutations';
import { peopleFilter } from './schema';

const admin = makeUser({ role: 'admin', name: '管理员' });
const lastAudit = () => db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get();

describe('people', () => {
  it('create, edit, change role and archive each write an audit event; no hash is recorded', () => {
    const id = createPerson(
      { name: '沈佳怡', email: 'shen@test.local', phone: null, role: 'member', passwordHash: '$2b$11$secret' },
      admin,
    );
    const created = lastAudit()!;
    expect(created).toMatchObject({ actorId: admin.id, action: 'user.create', entityId: id });
    expect(JSON.stringify(created.changes)).not.toContain('secret');
    expect(created.changes).toMatchObject({ canSignIn: true });

    updatePerson(id, { name: '沈佳怡', email: 'shen@test.local', phone: '13912345678' }, admin);
    expect(lastAudit()).toMatchObject({ action: 'user.update', changes: { phone: [null, '13912345678'] } });

    changeRole(id, 'organizer', admin);
    expect(lastAudit()).toMatchObject({ action: 'user.roleChange', changes: { role: ['member', 'organizer'] } });
    expect(getPerson(id)?.role).toBe('organizer');

    setPersonArchived(id, true, admin);
    expect(lastAudit()).toMatchObject({ action: 'user.archive', entityId: id });
  });

  it('refuses an email that another person has', () => {
    createPerson({ name: '甲', email: 'taken@test.local', phone: null, role: 'member', passwordHash: null }, admin);
    const id = createPerson(
      { name: '乙', email: 'free@test.local', phone: null, role: 'member', passwordHash: null },
      admin,
    );
    expect(() => updatePerson(id, { name: '乙', email: 'taken@test.local', phone: null }, admin)).toThrow(
      expect.objectContaining({ code: 'emailTaken', field: 'email' }),
    );
  });

  it('finds people by Chinese name, phone or organization, and never returns a password hash', () => {
    const organizationId = createOrganization(
      { name: '中凯居民区党总支', kind: 'residential', address: null, description: null },
      admin,
    );
    const id = createPerson(
      { name: '欧阳明轩', email: 'ouyang@test.local', phone: '13800001111', role: 'member', passwordHash: '$2b$11$x' },
      admin,
    );
    addMember({ organizationId, userId: id, position: '委员', isRepresentative: true }, admin);

    const search = (q: string) => listPeople(peopleFilter.parse({ q })).rows.map((p) => p.name);
    expect(search('明轩')).toEqual(['欧阳明轩']);
    expect(search('0000111')).toEqual(['欧阳明轩']);
    expect(search('中凯')).toEqual(['欧阳明轩']);
    expect(search('不存在的人')).toEqual([]);

    const row = listPeople(peopleFilter.parse({ q: '明轩' })).rows[0]!;
    expect(row.organizationNames).toBe('中凯居民区党总支');
    expect(row.canSignIn).toBe(true);
    expect(Object.keys(row)).not.toContain('passwordHash');
    expect(Object.keys(getPerson(id)!)).not.toContain('passwordHash');
    expect(listMembershipsOf(id)).toEqual([
      expect.objectContaining({ organizationName: '中凯居民区党总支', isRepresentative: true }),
    ]);
  });

  it('keeps its rules inside the mutation: only admins, and no admin demotes or archives themselves', () => {
    const organizer = makeUser({ role: 'organizer' });
    expect(() => updatePerson(organizer.id, { name: '越权', email: 'x@test.local', phone: null }, organizer)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    const self = makeUser({ role: 'admin' });
    expect(() => changeRole(self.id, 'member', self)).toThrow(
      expect.objectContaining({ code: 'cannotDemoteSelf', field: 'role' }),
    );
    expect(() => setPersonArchived(self.id, true, self)).toThrow(
      expect.objectContaining({ code: 'cannotArchiveSelf' }),
    );
    expect(getPerson(self.id)).toMatchObject({ role: 'admin', archivedAt: null });
  });
});
