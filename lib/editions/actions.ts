'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { localizedPath } from '@/lib/i18n/routing';
import { refreshOrganizerPages } from '@/lib/meetings/revalidate';
import { editionErrors } from './errors';
import { prepareNextEdition } from './mutations';
import { nextEditionInput } from './schema';

/** "Prepare next year's meeting": whether the caller runs last year's is checked in the mutation's transaction. */
export const prepareNextEditionAction = defineAction({
  schema: nextEditionInput,
  who: 'organizer',
  async run(input, { viewer }) {
    try {
      const prepared = prepareNextEdition(input, viewer);
      refreshOrganizerPages();
      revalidatePath('/[locale]/(site)/organize/awards', 'layout');
      revalidatePath('/[locale]/(site)/organize/pledges', 'layout');
      return { redirectTo: localizedPath(`/organize/meetings/${prepared.id}`, await getLocale()) };
    } catch (error) {
      // Another tab or person prepared it meanwhile: the refreshed page shows the link to the existing draft under this message.
      if (error instanceof AppError && error.code === editionErrors.exists) refreshOrganizerPages();
      throw error;
    }
  },
});
