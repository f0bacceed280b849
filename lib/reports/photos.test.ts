import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { auditEvents, reportPhotos } from '@/db/schema';
import { dataDirectory } from '@/lib/env';
import { makeUser } from '@/test/factories';
import { makeMeeting } from '@/test/meetings';
import { getReportVersion } from './data';
import { parseMarkup } from './markup';
import { placeReportPhoto, saveReportVersion } from './mutations';

import { readReportPhoto, storeReportPhoto } from './photos';

const MB = 1024 * 1024;
// A real 1×1 PNG: the dimensions are read from it, as the Word export needs them.
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const file = (bytes: Uint8Array, name = 'p.png') => new File([new Uint8Array(bytes)], name);
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code: string; field?: string }) => ({ code: error.code, field: error.field }),
  );

describe('storeReportPhoto', () => {
  it('refuses a 20 MB photo and a file just over 5 MB beside the photo field, before writing anything', async () => {
    const folder = path.join(dataDirectory(), 'uploads', 'reports');
    const before = fs.existsSync(folder) ? fs.readdirSync(folder).length : 0;
    const big = Buffer.concat([onePixelPng, Buffer.alloc(20 * MB)]);
    expect(await refusal(storeReportPhoto(file(big)))).toEqual({ code: 'reports.errors.photoSize', field: 'photo' });
    expect(await refusal(storeReportPhoto(file(Buffer.concat([onePixelPng, Buffer.alloc(5 * MB)]))))).toEqual({
      code: 'reports.errors.photoSize',
      field: 'photo',
    });
    expect(fs.existsSync(folder) ? fs.readdirSync(folder).length : 0).toBe(before);
  });

  it('takes JPEG or PNG by their bytes only, and refuses WebP, a renamed text file and no file', async () => {
    const webp = Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1');
    expect(await refusal(storeReportPhoto(file(webp, 'a.webp')))).toEqual({
      code: 'reports.errors.photoType',
      field: 'photo',
    });
    expect(await refusal(storeReportPhoto(file(Buffer.from('<svg onload=alert(1)>'), 'a.png')))).toEqual({
      code: 'reports.errors.photoType',
      field: 'photo',
    });
    expect(await refusal(storeReportPhoto(null))).toEqual({ code: 'reports.errors.photoRequired', field: 'photo' });
    const stored = await storeReportPhoto(file(onePixelPng));
    expect(stored).toMatchObject({ type: 'png', width: 1, height: 1 });
    expect((await readReportPhoto(stored.path))?.mime).toBe('image/png');
    // A path from elsewhere in the data directory is not served.
    expect(await readReportPhoto('../convene.db')).toBeNull();
  });
});

describe('placeReportPhoto', () => {
  it("saves a new version with the photo after the chosen block, audited, for the meeting's organizers only", async () => {
    const organizer = makeUser({ role: 'organizer' });
    const meeting = makeMeeting(organizer, [10]);
    saveReportVersion(
      { meetingId: meeting.id, locale: 'zh-CN', body: '# 标题\n\n第一段。\n\n第二段。', source: 'draft' },
      organizer,
    );
    const photo = await storeReportPhoto(file(onePixelPng));
    expect(() =>
      placeReportPhoto(
        { meetingId: meeting.id, locale: 'zh-CN', baseVersion: 1, after: 2, caption: '会场', photo },
        makeUser({ role: 'organizer' }),
      ),
    ).toThrow(expect.objectContaining({ code: 'forbidden' }));
    const { version, photoId } = placeReportPhoto(
      { meetingId: meeting.id, locale: 'zh-CN', baseVersion: 1, after: 2, caption: '会场[全景]', photo },
      organizer,
    );
    expect(version).toBe(2);
    const blocks = parseMarkup(getReportVersion(meeting.id, 'zh-CN')!.body);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'photo', 'paragraph']);
    expect(blocks[2]).toMatchObject({ photoId, caption: '会场[全景]' });
    expect(db.select().from(reportPhotos).where(eq(reportPhotos.id, photoId)).get()).toMatchObject({
      meetingId: meeting.id,
      width: 1,
    });
    expect(db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get()).toMatchObject({
      action: 'report.photoAdded',
      entityId: meeting.id,
    });
    // From a version that is no longer the newest: refused, nothing kept.
    expect(() =>
      placeReportPhoto(
        { meetingId: meeting.id, locale: 'zh-CN', baseVersion: 1, after: 0, caption: '旧', photo },
        organizer,
      ),
    ).toThrow(expect.objectContaining({ code: 'reports.errors.staleVersion' }));
    expect(db.select().from(reportPhotos).where(eq(reportPhotos.meetingId, meeting.id)).all()).toHaveLength(1);
  });
});
