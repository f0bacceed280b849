import { describe, expect, it } from 'vitest';
import { makeMeeting } from '@/test/meetings';
import { makeUser } from '@/test/factories';
import { getReportVersion, listReportVersions } from './data';
import { saveReportVersion } from './mutations';

describe('saveReportVersion', () => {
  it("keeps every version, refuses an edit made from a stale one, and refuses anyone but the meeting's organizers", () => {
    const organizer = makeUser({ role: 'organizer' });
    const other = makeUser({ role: 'organizer' });
    const meeting = makeMeeting(organizer, [10]);
    expect(
      saveReportVersion({ meetingId: meeting.id, locale: 'zh-CN', body: '# 稿一', source: 'draft' }, organizer),
    ).toBe(1);
    expect(
      saveReportVersion(
        { meetingId: meeting.id, locale: 'zh-CN', body: '# 稿二', source: 'edit', baseVersion: 1 },
        organizer,
      ),
    ).toBe(2);
    expect(() =>
      saveReportVersion(
        { meetingId: meeting.id, locale: 'zh-CN', body: '# 旧稿上改', source: 'edit', baseVersion: 1 },
        organizer,
      ),
    ).toThrow(expect.objectContaining({ code: 'reports.errors.staleVersion' }));
    expect(() =>
      saveReportVersion({ meetingId: meeting.id, locale: 'zh-CN', body: '# 外人', source: 'draft' }, other),
    ).toThrow(expect.objectContaining({ code: 'forbidden' }));
    // English versions count on their own.
    expect(
      saveReportVersion({ meetingId: meeting.id, locale: 'en', body: '# Draft', source: 'draft' }, organizer),
    ).toBe(1);
    expect(listReportVersions(meeting.id, 'zh-CN').map((v) => v.version)).toEqual([2, 1]);
    expect(getReportVersion(meeting.id, 'zh-CN')?.body).toBe('# 稿二');
    expect(getReportVersion(meeting.id, 'zh-CN', 1)?.body).toBe('# 稿一');
  });
});
