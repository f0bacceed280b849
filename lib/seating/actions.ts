'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { id } from '@/lib/actions/fields';
import { deliverOutboxSoon } from '@/lib/mail/deliver';
import { refreshOrganizerPages } from '@/lib/meetings/revalidate';
import { requestContext } from '@/lib/request/context';
import {
  assignSeat,
  autoAssignSeats,
  clearSeats,
  removeBlock,
  saveBlock,
  toggleReservation,
  unassignSeat,
} from './mutations';
import { assignInput, autoAssignInput, blockInput, seatField } from './schema';

// Every seating action checks, inside its transaction, that the caller organizes the meeting.

export const saveBlockAction = defineAction({
  schema: blockInput,
  who: 'signedIn',
  run(input, { viewer }) {
    saveBlock(input, viewer);
    refreshOrganizerPages();
    return { message: input.blockId ? 'common.saved' : 'seating.plan.added' };
  },
});

export const removeBlockAction = defineAction({
  schema: z.object({ meetingId: id, blockId: id }),
  who: 'signedIn',
  run({ meetingId, blockId }, { viewer }) {
    removeBlock(meetingId, blockId, viewer);
    refreshOrganizerPages();
    return { message: 'seating.plan.removed' };
  },
});

export const toggleReservationAction = defineAction({
  schema: z.object({ meetingId: id, seat: seatField }),
  who: 'signedIn',
  run({ meetingId, seat }, { viewer }) {
    const reserved = toggleReservation(meetingId, seat, viewer);
    refreshOrganizerPages();
    return { message: reserved ? 'seating.board.reservedDone' : 'seating.board.unreservedDone' };
  },
});

export const assignSeatAction = defineAction({
  schema: assignInput,
  who: 'signedIn',
  async run({ meetingId, registrationId, seat }, { viewer }) {
    assignSeat(meetingId, registrationId, seat, viewer, await requestContext());
    deliverOutboxSoon();
    refreshOrganizerPages();
    return { message: 'seating.board.assigned' };
  },
});

export const unassignSeatAction = defineAction({
  schema: z.object({ meetingId: id, registrationId: id }),
  who: 'signedIn',
  run({ meetingId, registrationId }, { viewer }) {
    unassignSeat(meetingId, registrationId, viewer);
    refreshOrganizerPages();
    return { message: 'seating.board.unassigned' };
  },
});

export const autoAssignAction = defineAction({
  schema: autoAssignInput,
  who: 'signedIn',
  async run({ meetingId, frontCategoryIds }, { viewer }) {
    const result = autoAssignSeats(meetingId, frontCategoryIds, viewer, await requestContext());
    deliverOutboxSoon();
    refreshOrganizerPages();
    return { message: result.unplaced > 0 ? 'seating.auto.doneShort' : 'seating.auto.done', messageValues: result };
  },
});

export const clearSeatsAction = defineAction({
  schema: z.object({ meetingId: id }),
  who: 'signedIn',
  run({ meetingId }, { viewer }) {
    clearSeats(meetingId, viewer);
    refreshOrganizerPages();
    return { message: 'seating.auto.cleared' };
  },
});
