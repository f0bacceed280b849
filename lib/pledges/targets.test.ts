import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  memberships,
  organizations,
  pledgeCampaigns,
  pledgeIssues,
  pledgeVersions,
  progressReports,
} from '@/db/schema';
import { AppError } from '@/lib/errors';
import { makeUser } from '@/test/factories';
import { createCampaign, issueCampaign, reportProgress, signPledge } from './mutations';
import { campaignInput, parseTargetLines, progressInput } from './schema';
import { code } from '@/test/errors';

// Issue 18: an impossible date in a target line was accepted; an unknown organization
// was reported as "第 不存在的单位 行"; a blank percentage was filed as 0 %.

const organizer = makeUser({ role: 'organizer' });
const context = { now: new Date('2021-01-10T02:00:00Z'), ip: null, userAgent: null, origin: 'https://convene.example' };
const campaign = (targets: string, signingDue = '2021-01-31') => ({
  title: '2021年度志愿服务责任书',
  year: 2021,
  body: '# 责任书\n\n按期完成。',
  signingDue,
  targets,
});
const campaignCount = () => db.select().from(pledgeCampaigns).all().length;

function refusal(fn: () => unknown): { reason: string; field?: string; values?: Record<string, string | number> } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { reason: error.reason, field: error.field, values: error.values };
    throw error;
  }
  throw new Error('no refusal');
}

describe('typed dates', () => {
  it('one check for every date: 2021-02-30 is refused as a due date and in a target line', () => {
    expect(
      campaignInput.safeParse(campaign('开展志愿服务 | 4 次 | 2021-12-31', '2021-02-30')).error?.issues[0],
    ).toMatchObject({ path: ['signingDue'], message: 'validation.date' });
    expect(parseTargetLines('开展志愿服务 | 4 次 | 2021-02-30').problems).toEqual([
      { line: 1, problem: 'date', value: '2021-02-30' },
    ]);
    expect(parseTargetLines('开展志愿服务 | 4 次 | 2024-02-29').problems).toEqual([]);
  });

  it('refuses a campaign whose target line has an impossible date, naming the line, and saves nothing', () => {
    const before = campaignCount();
    const result = refusal(() =>
      createCampaign(campaign('垃圾分类达标 | 100% | 2021-10-31\n\n开展志愿服务 | 4 次 | 2021-02-30'), organizer),
    );
    expect(result).toEqual({
      reason: 'targetLineDate',
      field: 'targets',
      values: { line: 3, value: '2021-02-30', more: 0 },
    });
    expect(campaignCount()).toBe(before);
  });
});

describe('target line messages', () => {
  it('an unknown organization is named as unknown on its line number', () => {
    const result = refusal(() =>
      createCampaign(
        campaign(
          '垃圾分类达标 | 100% | 2021-10-31\n开展志愿服务 | 4 次 | 2021-12-31\n结对帮扶 | 2 户 | 2021-12-31 | 不存在的单位',
        ),
        organizer,
      ),
    );
    expect(result).toEqual({
      reason: 'targetLineOrganization',
      field: 'targets',
      values: { line: 3, value: '不存在的单位', more: 0 },
    });
  });

  it('reports the first line at fault, and how many more need fixing', () => {
    const result = refusal(() =>
      createCampaign(
        campaign('只有内容\n结对帮扶 | 2 户 | 2021-12-31 | 不存在的单位\n开展志愿服务 | 4 次 | 2021-13-01'),
        organizer,
      ),
    );
    expect(result).toEqual({ reason: 'targetLineFormat', field: 'targets', values: { line: 1, value: '', more: 2 } });
  });
});

describe('progress percentage', () => {
  it('a blank percentage stays blank instead of becoming 0', () => {
    expect(progressInput.parse({ issueId: '1', targetId: '2', status: 'in_progress', percent: '' }).percent).toBeNull();
  });

  it('"in progress" needs a percentage; "done" and "not started" do not', () => {
    const campaignId = createCampaign(campaign('开展志愿服务 | 4 次 | 2021-12-31'), organizer);
    const organization = db
      .insert(organizations)
      .values({ name: '进度测试居民区', kind: 'residential' })
      .returning()
      .get();
    const rep = makeUser({ name: '李四' });
    db.insert(memberships).values({ userId: rep.id, organizationId: organization.id, isRepresentative: true }).run();
    issueCampaign(campaignId, { organizationIds: [organization.id] }, organizer, context);
    const issue = db.select().from(pledgeIssues).where(eq(pledgeIssues.organizationId, organization.id)).get()!;
    const version = db.select().from(pledgeVersions).where(eq(pledgeVersions.campaignId, campaignId)).get()!;
    signPledge({ issueId: issue.id, versionId: version.id, typedName: '李四', confirm: true }, rep, context);
    const targetId = version.targets[0]!.id;
    const reports = () =>
      db.select().from(progressReports).where(eq(progressReports.organizationId, organization.id)).all();

    expect(
      refusal(() =>
        reportProgress(
          { issueId: issue.id, targetId, status: 'in_progress', percent: null, note: '已开展' },
          null,
          rep,
        ),
      ),
    ).toMatchObject({ reason: 'percentRequired', field: 'percent' });
    expect(reports()).toHaveLength(0);
    reportProgress({ issueId: issue.id, targetId, status: 'done', percent: null, note: null }, null, rep);
    expect(reports().map((r) => r.percent)).toEqual([100]);
    expect(
      code(() =>
        reportProgress({ issueId: issue.id, targetId, status: 'in_progress', percent: 0, note: null }, null, rep),
      ),
    ).toBe('no error');
  });
});
