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
    runLiveCommand(meetingId, command, liveVersion, viewer);
    // The venue display polls the database; only the control page itself needs redrawing.
    revalidatePath(`/[locale]/(site)/organize/meetings/${meetingId}/control`, 'page');
  },
});
