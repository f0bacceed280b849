'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { id } from '@/lib/actions/fields';
import { liveCommands, runLiveCommand } from './mutations';

export const liveCommandAction = defineAction({
  schema: z.object({ meetingId: id, command: z.enum(liveCommands), liveVersion: z.coerce.number().int().min(0) }),
  who: 'signedIn',
  run({ meetingId, command, liveVersion }, { viewer }) {
    try {
      runLiveCommand(meetingId, command, liveVersion, viewer);
    } finally {
      // Refused or not, the control page shows where the run stands now. The venue
      // display polls the database and needs nothing.
      revalidatePath(`/[locale]/(site)/organize/meetings/${meetingId}/control`, 'page');
    }
  },
});
