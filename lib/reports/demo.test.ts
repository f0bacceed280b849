import { eq, isNotNull, and } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { meetings, registrations } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { referenceArticleFacts } from '@/test/reference-article';
import { roundedHeadcountZh } from './rounding';
import { assembleReport } from './assemble';
import { attendanceRecord } from './attendance';
import { loadAttendance, loadReportFacts } from './data';
import { parseMarkup, plainText } from './markup';

describe('the report of the demo conference, from the database alone', () => {
  it('holds the facts of the reference article', () => {
    seedDemo(db);
    const meeting = db.select().from(meetings).where(eq(meetings.slug, '2020-civic-conference')).get()!;
    const checkedIn = db
      .select()
      .from(registrations)
      .where(and(eq(registrations.meetingId, meeting.id), isNotNull(registrations.checkedInAt)))
      .all().length;
    expect(checkedIn).toBeGreaterThan(0);
    const draft = assembleReport(loadReportFacts(meeting.id)!, 'zh-CN', new Date());
    if (!draft.ok) throw new Error(`no draft: ${draft.missing.join()}`);
    const text = plainText(parseMarkup(draft.body));
    for (const fact of [...referenceArticleFacts, '新时代文明实践分中心', '2020年度精神文明创建工作目标责任书']) {
      expect(text).toContain(fact);
    }
    expect(text).toContain(`${roundedHeadcountZh(checkedIn)}参加会议`);
    expect(text).toContain(`实到${checkedIn}人`);
    // The special category with its two published winners, citations as submitted.
    expect(text).toContain('“金钥匙奖”特别奖项：最美战“疫”者');
    expect(text).toContain('中凯居民区第二党支部（中凯居民区党总支）：首创“一二三”值守法');
    expect(text).toContain('升平居民区巡逻党支部');
    expect(text).toMatch(/会上向\d+家单位发放了《2020年度精神文明创建工作目标责任书》/);
    // The dignitaries of the article, marked as guests of honour in the registration list, by their titles.
    expect(text).toMatch(
      /静安区委组织部副部长、区社会工作党委书记\p{Script=Han}+，区委宣传部副部长、文明办主任\p{Script=Han}+，.*街道办事处主任\p{Script=Han}+等领导和嘉宾/u,
    );
  });

  it('gives the attendance record from the same check-ins, with no-shows once the conference has run', () => {
    seedDemo(db);
    const meeting = db.select().from(meetings).where(eq(meetings.slug, '2020-civic-conference')).get()!;
    const data = loadAttendance(meeting.id);
    const record = attendanceRecord(data.categories, data.rows, data.invited, data.ranAt, '个人');
    const checkedIn = data.rows.filter((r) => r.checkedInAt).length;
    expect(record.total.checkedIn).toBe(checkedIn);
    expect(record.total.noShow).toBe(data.rows.filter((r) => r.status === 'confirmed').length - checkedIn);
    expect(record.byOrganization.reduce((sum, line) => sum + line.checkedIn, 0)).toBe(checkedIn);
    expect(record.byCategory.map((l) => l.name)).toContain('领导和嘉宾');
  });
});
