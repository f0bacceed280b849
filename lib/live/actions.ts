'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { runLiveCommand } from './mutations';
import { liveCommandInput } from './schema';

export const liveCommandAction = defineAction({
  schema: liveCommandInput,
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
