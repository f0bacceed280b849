import { count, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditEvents, memberships } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { makeUser } from '@/test/factories';
import { getOrganization, listMembers, listOrganizations, listPeopleOutside } from './data';
import {
  addMember,
  createOrganization,
  removeMember,
  setOrganizationArchived,
  updateMembership,
  updateOrganization,
} from './mutations';
import { organizationFilter } from './schema';

const admin = makeUser({ role: 'admin', name: '管理员' });
const auditCount = () => db.select({ n: count() }).from(auditEvents).get()!.n;
const lastAudit = () => db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get();
const filter = (input: object) => organizationFilter.parse(input);

describe('organizations', () => {
  it('create, edit and archive each write an audit event with actor and changes', () => {
    const id = createOrganization(
      { name: '新成居民区党总支', kind: 'residential', address: null, description: null },
      admin,
    );
    expect(lastAudit()).toMatchObject({
      actorId: admin.id,
      action: 'organization.create',
      entityType: 'organization',
      entityId: id,
    });

    updateOrganization(
      id,
      { name: '新成居民区党总支', kind: 'residential', address: '南京西路', description: null },
      admin,
    );
    expect(lastAudit()).toMatchObject({
      action: 'organization.update',
      entityId: id,
      changes: { address: [null, '南京西路'] },
    });

    const before = lastAudit()!.id;
    updateOrganization(
      id,
      { name: '新成居民区党总支', kind: 'residential', address: '南京西路', description: null },
      admin,
    );
    expect(lastAudit()!.id).toBe(before); // nothing changed, nothing recorded

    setOrganizationArchived(id, true, admin);
    expect(getOrganization(id)?.archivedAt).toBeInstanceOf(Date);
    expect(lastAudit()).toMatchObject({ action: 'organization.archive', entityId: id });
    expect(listOrganizations(filter({ q: '新成' })).rows).toHaveLength(0);
    expect(listOrganizations(filter({ q: '新成', archived: '1' })).rows).toHaveLength(1);
  });

  it('refuses a duplicate name on the name field and saves nothing', () => {
    createOrganization({ name: '古柏居民区党总支', kind: 'residential', address: null, description: null }, admin);
    const count = auditCount();
    const attempt = () =>
      createOrganization({ name: '古柏居民区党总支', kind: 'regional', address: null, description: null }, admin);
    expect(attempt).toThrow(AppError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'organizationNameTaken', field: 'name' });
    }
    expect(auditCount()).toBe(count);
  });

  it('searches Chinese names anywhere in the text, with wildcards taken literally', () => {
    createOrganization(
      { name: '恒隆广场联合党委', kind: 'regional', address: '南京西路1266号', description: null },
      admin,
    );
    createOrganization({ name: '兴业太古汇联合党委', kind: 'regional', address: null, description: null }, admin);
    expect(
      listOrganizations(filter({ q: '联合党委' }))
        .rows.map((o) => o.name)
        .sort(),
    ).toEqual(['兴业太古汇联合党委', '恒隆广场联合党委']);
    expect(listOrganizations(filter({ q: '1266' })).rows.map((o) => o.name)).toEqual(['恒隆广场联合党委']);
    expect(listOrganizations(filter({ q: '%' })).rows).toHaveLength(0);
    expect(listOrganizations(filter({ kind: 'regional', q: '太古' })).total).toBe(1);
  });
});

describe('memberships', () => {
  it('add, mark representative and remove, each audited, with counts that follow', () => {
    const organizationId = createOrganization(
      { name: '链家党支部', kind: 'new_economic_social', address: null, description: null },
      admin,
    );
    const person = makeUser({ name: '许佳宁' });
    const other = makeUser({ name: '邵子涵' });

    const membershipId = addMember(
      { organizationId, userId: person.id, position: '书记', isRepresentative: false },
      admin,
    );
    expect(lastAudit()).toMatchObject({ action: 'membership.add', entityType: 'membership', entityId: membershipId });
    addMember({ organizationId, userId: other.id, position: null, isRepresentative: false }, admin);

    updateMembership(membershipId, { position: '书记', isRepresentative: true }, admin);
    expect(lastAudit()).toMatchObject({ action: 'membership.update', changes: { isRepresentative: [false, true] } });

    const listed = listOrganizations(filter({ q: '链家' })).rows[0]!;
    expect(listed.memberCount).toBe(2);
    expect(listed.representativeCount).toBe(1);
    expect(listMembers(organizationId)[0]).toMatchObject({ name: '许佳宁', isRepresentative: true });
    expect(listPeopleOutside(organizationId).map((p) => p.id)).not.toContain(person.id);

    expect(() =>
      addMember({ organizationId, userId: person.id, position: null, isRepresentative: false }, admin),
    ).toThrow(expect.objectContaining({ code: 'alreadyMember', field: 'userId' }));

    removeMember(membershipId, admin);
    expect(lastAudit()).toMatchObject({ action: 'membership.remove', entityId: membershipId });
    expect(db.select().from(memberships).where(eq(memberships.id, membershipId)).get()).toBeUndefined();
  });

  it('refuses new members for an archived organization', () => {
    const organizationId = createOrganization(
      { name: '陕西大厦党支部', kind: 'regional', address: null, description: null },
      admin,
    );
    setOrganizationArchived(organizationId, true, admin);
    expect(() =>
      addMember({ organizationId, userId: makeUser().id, position: null, isRepresentative: false }, admin),
    ).toThrow(expect.objectContaining({ code: 'archived' }));
  });

  it('refuses anyone but an admin inside the mutation itself, whatever the caller checked, and writes nothing', () => {
    const before = auditCount();
    for (const actor of [makeUser({ role: 'organizer' }), makeUser({ role: 'member' }), null]) {
      expect(() =>
        createOrganization({ name: `越权${actor?.id}`, kind: 'regional', address: null, description: null }, actor),
      ).toThrow(expect.objectContaining({ code: 'forbidden' }));
    }
    expect(auditCount()).toBe(before);
  });
});
