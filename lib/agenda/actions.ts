'use server';

import { defineAction } from '@/lib/actions/define-action';
import { id } from '@/lib/actions/fields';
import { getMeeting } from '@/lib/meetings/data';
import { refreshMeeting } from '@/lib/meetings/revalidate';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, reorderAgenda, updateAgendaItem } from './mutations';
import { agendaItemInput, agendaItemRef, agendaMoveInput, agendaOrderInput } from './schema';

// Every agenda action checks, inside its transaction, that the caller organizes the meeting.
function refresh(meetingId: number) {
  const meeting = getMeeting(meetingId);
  if (meeting) refreshMeeting(meeting.slug);
}

export const addAgendaItemAction = defineAction({
  schema: agendaItemInput.extend({ meetingId: id }),
  who: 'signedIn',
  run({ meetingId, ...input }, { viewer }) {
    addAgendaItem(meetingId, input, viewer);
    refresh(meetingId);
    return { message: 'agenda.added' };
  },
});

export const updateAgendaItemAction = defineAction({
  schema: agendaItemInput.extend({ itemId: id }),
  who: 'signedIn',
  run({ itemId, ...input }, { viewer }) {
    refresh(updateAgendaItem(itemId, input, viewer));
    return { message: 'common.saved', keepValues: true };
  },
});

export const removeAgendaItemAction = defineAction({
  schema: agendaItemRef,
  who: 'signedIn',
  run({ itemId }, { viewer }) {
    refresh(removeAgendaItem(itemId, viewer));
    return { message: 'agenda.removed' };
  },
});

export const moveAgendaItemAction = defineAction({
  schema: agendaMoveInput,
  who: 'signedIn',
  run({ itemId, direction }, { viewer }) {
    refresh(moveAgendaItem(itemId, direction, viewer));
  },
});

export const reorderAgendaAction = defineAction({
  schema: agendaOrderInput,
  who: 'signedIn',
  run({ meetingId, order, agendaVersion }, { viewer }) {
    try {
      reorderAgenda(meetingId, order, agendaVersion, viewer);
    } finally {
      // Also when refused as stale: the editor then shows the order as it now is.
      refresh(meetingId);
    }
  },
});
