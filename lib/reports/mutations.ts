import { and, eq, max } from 'drizzle-orm';
import { db } from '@/db';
import { meetingReports } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { reportError } from './errors';

type SaveInput = { meetingId: number; locale: 'zh-CN' | 'en'; body: string; source: 'draft' | 'edit'; baseVersion?: number };

/**
 * Saves a new version of a meeting's report; versions are never overwritten. An edit
 * made from an older version than the newest is refused, so two organizers editing
 * at once do not silently drop each other's work. A fresh draft always saves.
 */
export function saveReportVersion(input: SaveInput, actor: Actor): number {
  return db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, input.meetingId, actor);
    const latest =
      tx
        .select({ version: max(meetingReports.version) })
        .from(meetingReports)
        .where(and(eq(meetingReports.meetingId, meeting.id), eq(meetingReports.locale, input.locale)))
        .get()?.version ?? 0;
    if (input.source === 'edit' && input.baseVersion !== latest) throw reportError('staleVersion', { values: { version: latest } });
    const version = latest + 1;
    const row = tx
      .insert(meetingReports)
      .values({ meetingId: meeting.id, locale: input.locale, version, body: input.body, source: input.source, authorId: actor?.id ?? null })
      .returning({ id: meetingReports.id })
      .get();
    recordAudit(tx, { actorId: actor?.id ?? null, action: input.source === 'draft' ? 'report.drafted' : 'report.edited', entityType: 'meeting', entityId: meeting.id, changes: { reportVersion: [latest || null, version], reportId: [null, row.id] } });
    return version;
  }, IMMEDIATE);
}
