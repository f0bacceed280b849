import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { organizations, registrationCategories, registrations } from '@/db/schema';
import type { Meeting } from '@/db/schema';
import { seatsOfMeeting } from '@/lib/seating/data';
import { seatText } from '@/lib/seating/format';

/**
 * What a door station keeps of each confirmed ticket (decision 0024). One column per
 * field: a new field (the seat, say) is one more line here, and the snapshot's type,
 * the JSON and the station's copy follow from it.
 */
const ticketColumns = {
  registrationId: registrations.id,
  code: registrations.ticketCode,
  name: registrations.name,
  category: registrationCategories.name,
  categoryEn: registrationCategories.nameEn,
  organization: organizations.name,
  organizationTyped: registrations.organizationName,
  checkedInAt: registrations.checkedInAt,
  station: registrations.checkedInStation,
};

function ticketRows(meetingId: number) {
  return db
    .select(ticketColumns)
    .from(registrations)
    .innerJoin(registrationCategories, eq(registrationCategories.id, registrations.categoryId))
    .leftJoin(organizations, eq(organizations.id, registrations.organizationId))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'confirmed')))
    .orderBy(asc(registrations.id))
    .all();
}

type TicketRow = ReturnType<typeof ticketRows>[number];
type OptionalText = Exclude<keyof TicketRow, 'registrationId' | 'code' | 'name' | 'checkedInAt' | 'organizationTyped'>;

/**
 * A ticket as the station stores it: empty fields are left out, times are milliseconds.
 * The seat comes in words in both languages (seatText), so the offline desk needs no
 * hall plan to say "前区 第3排12座".
 */
export type SnapshotTicket = { code: string; name: string; checkedInAt?: number; seat?: string; seatEn?: string } & {
  [K in OptionalText]?: string;
};

export type Snapshot = {
  version: 1;
  meetingId: number;
  timeZone: string;
  startsAt: number;
  tickets: SnapshotTicket[];
};

function compact(row: TicketRow, seats: ReturnType<typeof seatsOfMeeting>): SnapshotTicket {
  const { registrationId, code, name, checkedInAt, organization, organizationTyped, ...rest } = row;
  const ticket: SnapshotTicket = { code: code ?? '', name };
  const org = organization ?? organizationTyped;
  if (org) ticket.organization = org;
  const seat = seats.get(registrationId);
  if (seat) {
    ticket.seat = seatText(seat, 'zh-CN');
    ticket.seatEn = seatText(seat, 'en');
  }
  for (const [key, value] of Object.entries(rest))
    if (value != null && value !== '') (ticket as Record<string, unknown>)[key] = value;
  if (checkedInAt) ticket.checkedInAt = checkedInAt.getTime();
  return ticket;
}

/** The meeting's confirmed tickets and who is in, for a station's offline copy. Callers check the organizer first. */
export function checkInSnapshot(meeting: Meeting): Snapshot {
  const rows = ticketRows(meeting.id);
  const seats = seatsOfMeeting(meeting.id);
  return {
    version: 1,
    meetingId: meeting.id,
    timeZone: meeting.timeZone,
    startsAt: meeting.startsAt.getTime(),
    tickets: rows.map((row) => compact(row, seats)),
  };
}

/** A strong validator of the snapshot's bytes: an unchanged copy costs the station a 304 and no body. */
export function snapshotEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}
