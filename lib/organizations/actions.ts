'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import {
  addMember,
  createOrganization,
  removeMember,
  setOrganizationArchived,
  updateMembership,
  updateOrganization,
} from './mutations';

import {
  membershipInput,
  membershipRef,
  membershipUpdate,
  organizationArchive,
  organizationInput,
  organizationUpdate,
} from './schema';

// Every page under /admin shows organizations, people or memberships: refresh them all.
const refresh = () => revalidatePath('/[locale]/admin', 'layout');

export const createOrganizationAction = defineAction({
  schema: organizationInput,
  who: 'admin',
  async run(input, { viewer }) {
    const organizationId = createOrganization(input, viewer);
    refresh();
    redirect({ href: `/admin/organizations/${organizationId}`, locale: await getLocale() });
  },
});

export const updateOrganizationAction = defineAction({
  schema: organizationUpdate,
  who: 'admin',
  run({ organizationId, ...input }, { viewer }) {
    updateOrganization(organizationId, input, viewer);
    refresh();
    return { message: 'common.saved', keepValues: true };
  },
});

export const archiveOrganizationAction = defineAction({
  schema: organizationArchive,
  who: 'admin',
  run({ organizationId, archived }, { viewer }) {
    setOrganizationArchived(organizationId, archived, viewer);
    refresh();
    return { message: archived ? 'organizations.archivedNotice' : 'organizations.restoredNotice' };
  },
});

export const addMemberAction = defineAction({
  schema: membershipInput,
  who: 'admin',
  run(input, { viewer }) {
    addMember(input, viewer);
    refresh();
    return { message: 'organizations.memberAdded' };
  },
});

export const updateMembershipAction = defineAction({
  schema: membershipUpdate,
  who: 'admin',
  run({ membershipId, ...input }, { viewer }) {
    updateMembership(membershipId, input, viewer);
    refresh();
    return { message: 'common.saved' };
  },
});

export const removeMemberAction = defineAction({
  schema: membershipRef,
  who: 'admin',
  run({ membershipId }, { viewer }) {
    removeMember(membershipId, viewer);
    refresh();
    return { message: 'organizations.memberRemoved' };
  },
});
