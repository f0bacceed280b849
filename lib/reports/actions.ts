'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { listOrganizerIds } from '@/lib/meetings/data';
import { canManageMeeting } from '@/lib/meetings/permissions';
import { assembleReport } from './assemble';
import { loadReportFacts } from './data';
import { reportError } from './errors';
import { placeReportPhoto, saveReportVersion } from './mutations';
import { removeReportPhoto, storeReportPhoto } from './photos';
import { generateReportInput, placePhotoInput, saveReportInput } from './schema';

const refresh = (meetingId: number) => revalidatePath(`/[locale]/(site)/organize/meetings/${meetingId}/report`, 'page');

/** Drafts the report from the record and saves it as a new version; says what is missing for a meeting that has not run. */
export const generateReportAction = defineAction({
  schema: generateReportInput,
  who: 'signedIn',
  // Checked before anything about the meeting is read, so outsiders learn nothing about it.
  allow: (viewer, input) => canManageMeeting(viewer, listOrganizerIds(input.meetingId)),
  async run({ meetingId, reportLocale }, { viewer }) {
    const facts = loadReportFacts(meetingId);
    if (!facts) throw new AppError('notFound');
    const draft = assembleReport(facts, reportLocale, new Date());
    if (!draft.ok) {
      const t = await getTranslations('reports.missing');
      throw reportError('notRun', { values: { missing: draft.missing.map((key) => t(key)).join(' ') } });
    }
    const version = saveReportVersion({ meetingId, locale: reportLocale, body: draft.body, source: 'draft' }, viewer);
    refresh(meetingId);
    return { message: 'reports.drafted', messageValues: { version } };
  },
});

/** Saves the organizer's edit as a new version. */
export const saveReportAction = defineAction({
  schema: saveReportInput,
  who: 'signedIn',
  run({ meetingId, reportLocale, body, baseVersion }, { viewer }) {
    const version = saveReportVersion({ meetingId, locale: reportLocale, body, source: 'edit', baseVersion }, viewer);
    refresh(meetingId);
    return { message: 'reports.saved', messageValues: { version } };
  },
});

/** Uploads a photo with its caption and saves a new version with it placed after the chosen block. */
export const placeReportPhotoAction = defineAction({
  schema: placePhotoInput,
  who: 'signedIn',
  // Checked before the file is read or stored, so an outsider's upload never touches the disk.
  allow: (viewer, input) => canManageMeeting(viewer, listOrganizerIds(input.meetingId)),
  async run({ meetingId, reportLocale, baseVersion, after, caption }, { viewer, formData }) {
    const photo = await storeReportPhoto(formData.get('photo'));
    try {
      const { version } = placeReportPhoto(
        { meetingId, locale: reportLocale, baseVersion, after, caption, photo },
        viewer,
      );
      refresh(meetingId);
      return { message: 'reports.photos.uploaded', messageValues: { version } };
    } catch (error) {
      // Nothing saved: the file goes too.
      await removeReportPhoto(photo.path);
      throw error;
    }
  },
});
