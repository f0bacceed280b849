'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define-action';
import { hashPassword } from '@/lib/auth/password';
import { redirect } from '@/lib/i18n/navigation';
import { changeRole, createPerson, setPersonArchived, updatePerson } from './mutations';
import { createPersonInput, personArchive, roleChangeInput, updatePersonInput } from './schema';

// Every page under /admin shows organizations, people or memberships: refresh them all.
const refresh = () => revalidatePath('/[locale]/admin', 'layout');

export const createPersonAction = defineAction({
  schema: createPersonInput,
  who: 'admin',
  async run({ initialPassword, ...input }, { viewer }) {
    const passwordHash = initialPassword ? await hashPassword(initialPassword) : null;
    const personId = createPerson({ ...input, passwordHash }, viewer);
    refresh();
    redirect({ href: `/admin/people/${personId}`, locale: await getLocale() });
  },
});

export const updatePersonAction = defineAction({
  schema: updatePersonInput,
  who: 'admin',
  run({ personId, ...input }, { viewer }) {
    updatePerson(personId, input, viewer);
    refresh();
    return { message: 'common.saved', keepValues: true };
  },
});

export const changeRoleAction = defineAction({
  schema: roleChangeInput,
  who: 'admin',
  run({ personId, role }, { viewer }) {
    changeRole(personId, role, viewer);
    refresh();
    return { message: 'people.roleChanged', keepValues: true };
  },
});

export const archivePersonAction = defineAction({
  schema: personArchive,
  who: 'admin',
  run({ personId, archived }, { viewer }) {
    setPersonArchived(personId, archived, viewer);
    refresh();
    return { message: archived ? 'people.archivedNotice' : 'people.restoredNotice' };
  },
});
