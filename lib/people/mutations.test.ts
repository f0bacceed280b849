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
    const id = createPerson({ name: '沈佳怡', email: 'shen@test.local', phone: null, role: 'member', passwordHash: '$2b$11$secret' }, admin.id);
    const created = lastAudit()!;
    expect(created).toMatchObject({ actorId: admin.id, action: 'user.create', entityId: id });
    expect(JSON.stringify(created.changes)).not.toContain('secret');
    expect(created.changes).toMatchObject({ canSignIn: true });

    updatePerson(id, { name: '沈佳怡', email: 'shen@test.local', phone: '13912345678' }, admin.id);
    expect(lastAudit()).toMatchObject({ action: 'user.update', changes: { phone: [null, '13912345678'] } });

    changeRole(id, 'organizer', admin.id);
    expect(lastAudit()).toMatchObject({ action: 'user.roleChange', changes: { role: ['member', 'organizer'] } });
    expect(getPerson(id)?.role).toBe('organizer');

    setPersonArchived(id, true, admin.id);
    expect(lastAudit()).toMatchObject({ action: 'user.archive', entityId: id });
  });

  it('refuses an email that another person has', () => {
    createPerson({ name: '甲', email: 'taken@test.local', phone: null, role: 'member', passwordHash: null }, admin.id);
    const id = createPerson({ name: '乙', email: 'free@test.local', phone: null, role: 'member', passwordHash: null }, admin.id);
    expect(() => updatePerson(id, { name: '乙', email: 'taken@test.local', phone: null }, admin.id)).toThrow(
      expect.objectContaining({ code: 'emailTaken', field: 'email' }),
    );
  });

  it('finds people by Chinese name, phone or organization, and never returns a password hash', () => {
    const organizationId = createOrganization({ name: '中凯居民区党总支', kind: 'residential', address: null, description: null }, admin.id);
    const id = createPerson({ name: '欧阳明轩', email: 'ouyang@test.local', phone: '13800001111', role: 'member', passwordHash: '$2b$11$x' }, admin.id);
    addMember({ organizationId, userId: id, position: '委员', isRepresentative: true }, admin.id);

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
    expect(listMembershipsOf(id)).toEqual([expect.objectContaining({ organizationName: '中凯居民区党总支', isRepresentative: true })]);
  });
});
