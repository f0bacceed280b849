import { and, desc, eq } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { meetingReports, reportPhotos } from '@/db/schema';
import type { Locale } from '@/db/schema/enums';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { reportError } from './errors';
import { insertPhotoLine, photoLine } from './markup';
import type { StoredPhoto } from './photos';

type SaveInput = {
  meetingId: number;
  locale: 'zh-CN' | 'en';
  body: string;
  source: 'draft' | 'edit';
  baseVersion?: number;
};

/** The newest saved version of a meeting's report in one language; undefined before the first. */
function newestVersion(tx: Tx, meetingId: number, locale: Locale) {
  return tx
    .select({ version: meetingReports.version, body: meetingReports.body })
    .from(meetingReports)
    .where(and(eq(meetingReports.meetingId, meetingId), eq(meetingReports.locale, locale)))
    .orderBy(desc(meetingReports.version))
    .limit(1)
    .get();
}

function insertVersion(
  tx: Tx,
  version: { meetingId: number; locale: Locale; version: number; body: string; source: 'draft' | 'edit' },
  actor: Actor,
) {
  return tx
    .insert(meetingReports)
    .values({ ...version, authorId: actor?.id ?? null })
    .returning({ id: meetingReports.id })
    .get();
}

/**
 * Saves a new version of a meeting's report; versions are never overwritten. An edit
 * made from an older version than the newest is refused, so two organizers editing
 * at once do not silently drop each other's work. A fresh draft always saves.
 */
export function saveReportVersion(input: SaveInput, actor: Actor): number {
  return db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, input.meetingId, actor);
    const latest = newestVersion(tx, meeting.id, input.locale)?.version ?? 0;
    if (input.source === 'edit' && input.baseVersion !== latest)
      throw reportError('staleVersion', { values: { version: latest } });
    const version = latest + 1;
    const row = insertVersion(
      tx,
      { meetingId: meeting.id, locale: input.locale, version, body: input.body, source: input.source },
      actor,
    );
    recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: input.source === 'draft' ? 'report.drafted' : 'report.edited',
      entityType: 'meeting',
      entityId: meeting.id,
      changes: { reportVersion: [latest || null, version], reportId: [null, row.id] },
    });
    return version;
  }, IMMEDIATE);
}

type PlacePhotoInput = {
  meetingId: number;
  locale: 'zh-CN' | 'en';
  baseVersion: number;
  after: number;
  caption: string;
  photo: StoredPhoto;
};

/**
 * Keeps an uploaded photo and saves a new version of the report with it placed after the
 * chosen block, in one transaction: the photo and the version that shows it land together.
 * Like an edit, it is refused when made from an older version than the newest.
 */
export function placeReportPhoto(input: PlacePhotoInput, actor: Actor): { version: number; photoId: number } {
  return db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, input.meetingId, actor);
    const latest = newestVersion(tx, meeting.id, input.locale);
    if ((latest?.version ?? 0) !== input.baseVersion)
      throw reportError('staleVersion', { values: { version: latest?.version ?? 0 } });
    const photo = tx
      .insert(reportPhotos)
      .values({
        meetingId: meeting.id,
        path: input.photo.path,
        type: input.photo.type,
        width: input.photo.width,
        height: input.photo.height,
        uploadedById: actor?.id ?? null,
      })
      .returning({ id: reportPhotos.id })
      .get();
    const version = (latest?.version ?? 0) + 1;
    const body = insertPhotoLine(latest?.body ?? '', input.after, photoLine(photo.id, input.caption));
    const row = insertVersion(
      tx,
      { meetingId: meeting.id, locale: input.locale, version, body, source: 'edit' },
      actor,
    );
    recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: 'report.photoAdded',
      entityType: 'meeting',
      entityId: meeting.id,
      changes: {
        reportVersion: [latest?.version ?? null, version],
        reportId: [null, row.id],
        photoId: [null, photo.id],
        caption: [null, input.caption],
      },
    });
    return { version, photoId: photo.id };
  }, IMMEDIATE);
}
