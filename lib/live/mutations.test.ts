import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { agendaItems } from '@/db/schema';
import { listAgendaItems } from '@/lib/agenda/data';
import { changeMeetingStatus } from '@/lib/meetings/mutations';
import { getMeeting } from '@/lib/meetings/data';
import { makeUser } from '@/test/factories';
import { makeMeeting } from '@/test/meetings';
import { readLiveState } from './data';
import { runLiveCommand, type LiveCommand } from './mutations';
import { code } from '@/test/errors';

const organizer = makeUser({ role: 'organizer' });
const member = makeUser({ role: 'member' });
const at = (hhmm: string) => new Date(`2020-04-30T${hhmm}:00+08:00`);

function control(meetingId: number) {
  return (command: LiveCommand, hhmm: string) =>
    runLiveCommand(meetingId, command, getMeeting(meetingId)!.liveVersion, organizer, at(hhmm));
}

describe('running the meeting', () => {
  it('records the real start and end of each item and follows it on the display', () => {
    const meeting = makeMeeting(organizer, [8, 35, 20]);
    const run = control(meeting.id);
    expect(readLiveState(meeting.id, at('08:55'))).toMatchObject({
      status: 'waiting',
      current: null,
      next: { title: '项目1' },
    });

    run('start', '09:01');
    run('next', '09:10');
    const state = readLiveState(meeting.id, at('09:50'))!;
    expect(state).toMatchObject({
      status: 'running',
      current: { title: '项目2', startedAt: at('09:10').getTime() },
      next: { title: '项目3' },
    });
    // Award ceremony planned to 09:45 is still on at 09:50: the forecast moves with it.
    expect(state.forecastEnd).toBe(at('10:10').getTime());
    expect(state).not.toHaveProperty('current.crewNotes');

    const items = listAgendaItems(meeting.id);
    expect(items[0]).toMatchObject({ startedAt: at('09:01'), endedAt: at('09:10') });
    expect(items[1]).toMatchObject({ startedAt: at('09:10'), endedAt: null });

    run('next', '09:50');
    run('next', '10:05');
    expect(readLiveState(meeting.id, at('10:06'))).toMatchObject({ status: 'ended', current: null, next: null });
    expect(getMeeting(meeting.id)?.liveEndedAt).toEqual(at('10:05'));
  });

  it('goes back a step as if next had not been pressed', () => {
    const meeting = makeMeeting(organizer, [5, 5]);
    const run = control(meeting.id);
    run('start', '09:00');
    run('next', '09:04');
    run('previous', '09:05');
    expect(listAgendaItems(meeting.id).map((item) => [item.startedAt, item.endedAt])).toEqual([
      [at('09:00'), null],
      [null, null],
    ]);
    run('next', '09:06');
    run('next', '09:10'); // ended
    run('previous', '09:11'); // the last item is back on stage
    expect(readLiveState(meeting.id, at('09:11'))).toMatchObject({ status: 'running', current: { title: '项目2' } });
    run('reset', '09:12');
    expect(listAgendaItems(meeting.id).every((item) => !item.startedAt && !item.endedAt)).toBe(true);
    expect(readLiveState(meeting.id, at('09:12'))?.status).toBe('waiting');
  });

  it('tells the display a meeting whose time is over and that is not being run is past, not about to begin', () => {
    const meeting = makeMeeting(organizer, [5, 5]);
    expect(readLiveState(meeting.id, at('11:29'))?.status).toBe('waiting');
    expect(readLiveState(meeting.id, at('11:31'))).toMatchObject({
      status: 'past',
      startsAt: at('09:00').getTime(),
      timeZone: 'Asia/Shanghai',
    });
    // A rehearsal years later runs it again.
    runLiveCommand(
      meeting.id,
      'start',
      getMeeting(meeting.id)!.liveVersion,
      organizer,
      new Date('2026-11-30T02:00:00Z'),
    );
    expect(readLiveState(meeting.id, new Date('2026-11-30T02:01:00Z'))?.status).toBe('running');
  });

  it('refuses a command sent from a page that is out of date, so a double click skips nothing', () => {
    const meeting = makeMeeting(organizer, [5, 5, 5]);
    runLiveCommand(meeting.id, 'start', 0, organizer, at('09:00'));
    const seen = getMeeting(meeting.id)!.liveVersion;
    runLiveCommand(meeting.id, 'next', seen, organizer, at('09:05'));
    expect(code(() => runLiveCommand(meeting.id, 'next', seen, organizer, at('09:05')))).toBe('liveMoved');
    expect(readLiveState(meeting.id)?.current?.title).toBe('项目2');
  });

  it('refuses commands that make no sense or come from outside', () => {
    const meeting = makeMeeting(organizer, [5]);
    expect(code(() => runLiveCommand(meeting.id, 'next', 0, organizer))).toBe('liveNotStarted');
    expect(code(() => runLiveCommand(meeting.id, 'previous', 0, organizer))).toBe('liveMoved');
    expect(code(() => runLiveCommand(meeting.id, 'start', 0, member))).toBe('forbidden');
    const empty = makeMeeting(organizer, []);
    expect(code(() => runLiveCommand(empty.id, 'start', 0, organizer))).toBe('agendaEmpty');
    changeMeetingStatus(meeting.id, 'cancel', organizer);
    expect(code(() => runLiveCommand(meeting.id, 'start', 0, organizer))).toBe('liveClosed');
  });
});

describe('starting a new run', () => {
  it('clears the times an earlier run left (the demo records its 2020 morning), so later items do not look finished', () => {
    const meeting = makeMeeting(organizer, [8, 35, 20]);
    // A recorded run, its live state closed off: every item has real times, nothing is on stage.
    db.update(agendaItems)
      .set({ startedAt: at('09:02'), endedAt: at('09:40') })
      .where(eq(agendaItems.meetingId, meeting.id))
      .run();
    control(meeting.id)('start', '14:00');
    expect(listAgendaItems(meeting.id).map((item) => [item.startedAt, item.endedAt])).toEqual([
      [at('14:00'), null],
      [null, null],
      [null, null],
    ]);
  });
});
