import { eq } from 'drizzle-orm';
import { db } from '@/db';
import {
  agendaItems,
  awardCategories,
  awards,
  ceremonyReveals,
  meetings,
  nominations,
  type AgendaItemKind,
} from '@/db/schema';
import { agendaInOrder } from '@/lib/agenda/data';
import { forecast } from '@/lib/agenda/schedule';

export type LiveItem = {
  id: number;
  kind: AgendaItemKind;
  title: string;
  // English names ride along (decision 0020); the screen picks by its page's language.
  titleEn: string | null;
  presenters: string | null;
  plannedMinutes: number;
  startedAt: number | null;
};

/** What the venue screen shows: no crew notes, times as epoch milliseconds for the browser. */
export type LiveState = {
  version: number;
  title: string;
  titleEn: string | null;
  theme: string | null;
  themeEn: string | null;
  /** `past`: the meeting's time is over and it is not being run (a rehearsal would make it `running`). */
  status: 'waiting' | 'running' | 'ended' | 'past';
  current: LiveItem | null;
  next: LiveItem | null;
  forecastEnd: number;
  serverNow: number;
  startsAt: number;
  timeZone: string;
  /** The award winner the organizer has put on the screen, if any. */
  reveal: {
    names: string;
    organization: string | null;
    category: string;
    categoryEn: string | null;
    award: string;
    awardEn: string | null;
    citation: string;
  } | null;
};

/**
 * Read straight from the database on every call, never from memory: any number
 * of app processes on the same file agree on what is on stage.
 */
export function readLiveState(meetingId: number, now = new Date()): LiveState | undefined {
  const meeting = db
    .select({
      id: meetings.id,
      title: meetings.title,
      titleEn: meetings.titleEn,
      theme: meetings.theme,
      themeEn: meetings.themeEn,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      timeZone: meetings.timeZone,
      currentItemId: meetings.currentItemId,
      liveEndedAt: meetings.liveEndedAt,
      liveVersion: meetings.liveVersion,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId))
    .get();
  if (!meeting) return undefined;
  const items = agendaInOrder(meetingId, {
    kind: agendaItems.kind,
    title: agendaItems.title,
    titleEn: agendaItems.titleEn,
    presenters: agendaItems.presenters,
    plannedMinutes: agendaItems.plannedMinutes,
    startedAt: agendaItems.startedAt,
    endedAt: agendaItems.endedAt,
  });
  const index = items.findIndex((item) => item.id === meeting.currentItemId);
  const ended = !!meeting.liveEndedAt;
  const toLive = (item: (typeof items)[number] | undefined): LiveItem | null =>
    item
      ? {
          id: item.id,
          kind: item.kind,
          title: item.title,
          titleEn: item.titleEn,
          presenters: item.presenters,
          plannedMinutes: item.plannedMinutes,
          startedAt: item.startedAt?.getTime() ?? null,
        }
      : null;
  const result = forecast(
    meeting.startsAt,
    items,
    { currentItemId: meeting.currentItemId, endedAt: meeting.liveEndedAt },
    now,
  );
  return {
    version: meeting.liveVersion,
    title: meeting.title,
    titleEn: meeting.titleEn,
    theme: meeting.theme,
    themeEn: meeting.themeEn,
    status: ended ? 'ended' : index >= 0 ? 'running' : now > meeting.endsAt ? 'past' : 'waiting',
    current: index >= 0 ? toLive(items[index]) : null,
    next: ended ? null : toLive(items[index + 1]),
    forecastEnd: result.forecastEnd.getTime(),
    serverNow: now.getTime(),
    startsAt: meeting.startsAt.getTime(),
    timeZone: meeting.timeZone,
    reveal: readReveal(meetingId),
  };
}

/** The winner on the screen, joined from the awards tables; only published winners can be put there. */
function readReveal(meetingId: number): LiveState['reveal'] {
  const row = db
    .select({
      names: nominations.nomineeNames,
      organization: nominations.organization,
      citation: nominations.citation,
      category: awardCategories.name,
      categoryEn: awardCategories.nameEn,
      award: awards.name,
      awardEn: awards.nameEn,
      year: awards.cycleYear,
    })
    .from(ceremonyReveals)
    .innerJoin(nominations, eq(nominations.id, ceremonyReveals.nominationId))
    .innerJoin(awardCategories, eq(awardCategories.id, nominations.categoryId))
    .innerJoin(awards, eq(awards.id, awardCategories.awardId))
    .where(eq(ceremonyReveals.meetingId, meetingId))
    .get();
  return row
    ? {
        names: row.names,
        organization: row.organization,
        citation: row.citation,
        category: row.category,
        categoryEn: row.categoryEn,
        award: `${row.year} ${row.award}`,
        awardEn: row.awardEn ? `${row.year} ${row.awardEn}` : null,
      }
    : null;
}
