import { describe, expect, it } from 'vitest';
import { getMeeting } from '@/lib/meetings/data';
import { runLiveCommand } from '@/lib/live/mutations';
import { makeUser } from '@/test/factories';
import { agendaItem, makeMeeting } from '@/test/meetings';
import { listAgendaItems, listPublicAgenda } from './data';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, reorderAgenda, updateAgendaItem } from './mutations';
import { agendaItemInput } from './schema';
import { code } from '@/test/errors';

const organizer = makeUser({ role: 'organizer' });
const member = makeUser({ role: 'member' });
const titles = (meetingId: number) => listAgendaItems(meetingId).map((item) => item.title);
const positions = (meetingId: number) => listAgendaItems(meetingId).map((item) => item.position);
const version = (meetingId: number) => getMeeting(meetingId)!.agendaVersion;

describe('agenda item form', () => {
  const parse = (minutes: string) =>
    agendaItemInput.safeParse({ kind: 'video', title: '视频', plannedMinutes: minutes });
  it('takes whole minutes from 1 to 600 and nothing else', () => {
    expect(parse('8').data?.plannedMinutes).toBe(8);
    for (const bad of ['0', '-5', '601', '99999', '2.5', '八', '']) {
      expect(parse(bad).error?.issues[0]).toMatchObject({ path: ['plannedMinutes'], message: 'validation.minutes' });
    }
  });
  it('refuses an unknown kind and an empty title', () => {
    expect(agendaItemInput.safeParse({ kind: 'party', title: '视频', plannedMinutes: '5' }).success).toBe(false);
    expect(agendaItemInput.safeParse({ kind: 'video', title: ' ', plannedMinutes: '5' }).success).toBe(false);
  });
});

describe('agenda', () => {
  it('appends items in order and keeps crew notes off the public agenda', () => {
    const meeting = makeMeeting(organizer, [8, 35]);
    addAgendaItem(meeting.id, agendaItem({ title: '揭牌', crewNotes: '红绸提前备好' }), organizer);
    expect(titles(meeting.id)).toEqual(['项目1', '项目2', '揭牌']);
    expect(positions(meeting.id)).toEqual([1, 2, 3]);
    expect(listPublicAgenda(meeting.id)[2]).not.toHaveProperty('crewNotes');
  });

  it('moves one place at a time and stays a 1..n sequence', () => {
    const meeting = makeMeeting(organizer, [1, 2, 3, 4]);
    const [a, , , d] = meeting.itemIds;
    moveAgendaItem(d!, 'up', organizer);
    moveAgendaItem(d!, 'up', organizer);
    moveAgendaItem(a!, 'up', organizer); // already first: nothing happens
    expect(titles(meeting.id)).toEqual(['项目1', '项目4', '项目2', '项目3']);
    expect(positions(meeting.id)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a reorder made on a stale page, leaving the order as it was', () => {
    const meeting = makeMeeting(organizer, [1, 2, 3]);
    const [a, b, c] = meeting.itemIds as [number, number, number];
    const seen = version(meeting.id);
    reorderAgenda(meeting.id, [c, a, b], seen, organizer); // first organizer wins
    expect(code(() => reorderAgenda(meeting.id, [b, c, a], seen, organizer))).toBe('agendaChanged');
    expect(titles(meeting.id)).toEqual(['项目3', '项目1', '项目2']);
    expect(code(() => reorderAgenda(meeting.id, [a, b], version(meeting.id), organizer))).toBe('agendaChanged');
    expect(code(() => reorderAgenda(meeting.id, [a, a, b], version(meeting.id), organizer))).toBe('agendaChanged');
    expect(positions(meeting.id)).toEqual([1, 2, 3]);
  });

  it('removing an item closes the gap', () => {
    const meeting = makeMeeting(organizer, [1, 2, 3]);
    removeAgendaItem(meeting.itemIds[1]!, organizer);
    expect(titles(meeting.id)).toEqual(['项目1', '项目3']);
    expect(positions(meeting.id)).toEqual([1, 2]);
  });

  it('keeps items already run at the top, and their record', () => {
    const meeting = makeMeeting(organizer, [5, 5, 5]);
    const [a, b, c] = meeting.itemIds as [number, number, number];
    runLiveCommand(meeting.id, 'start', 0, organizer);
    expect(code(() => removeAgendaItem(a, organizer))).toBe('itemStarted');
    expect(code(() => reorderAgenda(meeting.id, [b, a, c], version(meeting.id), organizer))).toBe('itemStarted');
    expect(code(() => moveAgendaItem(b, 'up', organizer))).toBe('itemStarted');
    reorderAgenda(meeting.id, [a, c, b], version(meeting.id), organizer);
    expect(titles(meeting.id)).toEqual(['项目1', '项目3', '项目2']);
  });

  it('is closed to anyone who does not organize the meeting', () => {
    const meeting = makeMeeting(organizer, [5]);
    const item = meeting.itemIds[0]!;
    expect(code(() => addAgendaItem(meeting.id, agendaItem(), member))).toBe('forbidden');
    expect(code(() => updateAgendaItem(item, agendaItem({ title: '篡改' }), member))).toBe('forbidden');
    expect(code(() => moveAgendaItem(item, 'down', member))).toBe('forbidden');
    expect(code(() => removeAgendaItem(item, member))).toBe('forbidden');
    expect(code(() => reorderAgenda(meeting.id, [item], version(meeting.id), member))).toBe('forbidden');
    expect(titles(meeting.id)).toEqual(['项目1']);
  });
});
