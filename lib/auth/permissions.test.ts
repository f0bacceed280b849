import { describe, expect, it } from 'vitest';
import { canReadAuditLog } from '@/lib/audit/permissions';
import { canManageOrganizations } from '@/lib/organizations/permissions';
import { canChangeRole, canManagePeople } from '@/lib/people/permissions';
import { hasRole } from './permissions';

const admin = { id: 1, role: 'admin' as const };
const organizer = { id: 2, role: 'organizer' as const };
const member = { id: 3, role: 'member' as const };

describe('site roles', () => {
  it('nest: admin ⊇ organizer ⊇ member', () => {
    expect(hasRole(admin, 'organizer')).toBe(true);
    expect(hasRole(admin, 'member')).toBe(true);
    expect(hasRole(organizer, 'member')).toBe(true);
    expect(hasRole(organizer, 'admin')).toBe(false);
    expect(hasRole(member, 'organizer')).toBe(false);
    expect(hasRole(null, 'member')).toBe(false);
  });

  it('keep organizations, people and the audit log to admins', () => {
    for (const check of [canManageOrganizations, canManagePeople, canReadAuditLog]) {
      expect(check(admin)).toBe(true);
      expect(check(organizer)).toBe(false);
      expect(check(member)).toBe(false);
      expect(check(null)).toBe(false);
    }
  });

  it('let an admin change any role but not drop their own admin role', () => {
    expect(canChangeRole(admin, member.id, 'organizer')).toBe(true);
    expect(canChangeRole(admin, admin.id, 'admin')).toBe(true);
    expect(canChangeRole(admin, admin.id, 'member')).toBe(false);
    expect(canChangeRole(organizer, member.id, 'organizer')).toBe(false);
  });
});
