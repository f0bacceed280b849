import { expect, test } from '../test';
import { callAction } from '../actions';
import { accounts, signIn, unique } from '../fixtures';

// Issue 12, finding 10. Demo data: award 1 (金钥匙奖 2019) and pledge campaign 1 are managed
// by the demo organizer (顾文杰) only. A second site organizer manages neither.
const award = '1';
const campaign = '1';
const forbidden = '您没有权限执行这个操作。';

test('an organizer who does not manage an award or campaign is refused everywhere; a manager adds them and it is audited', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const email = `other.organizer.${unique()}@example.cn`;
  await signIn(page, accounts.admin);
  const created = await callAction(page.request, '/admin/people/new', 'createPersonAction', {
    name: '别的组织者',
    email,
    role: 'organizer',
    initialPassword: 'other-organizer-pw',
  });
  const strangerId = /\/admin\/people\/(\d+)/.exec(created.redirect ?? created.body)?.[1];
  expect(strangerId, created.body.slice(0, 300)).toBeTruthy();

  const stranger = await browser.newPage();
  await signIn(stranger, email, 'other-organizer-pw');
  for (const path of [
    `/organize/awards/${award}`,
    `/organize/pledges/${campaign}`,
    `/organize/pledges/${campaign}/edit`,
    `/organize/pledges/${campaign}/summary`,
  ]) {
    await stranger.goto(path);
    await expect(stranger, path).toHaveURL(/\/forbidden$/);
  }
  expect((await stranger.request.get(`/organize/pledges/${campaign}/export`)).status()).toBe(403);
  // Their own lists do not offer what they do not manage.
  await stranger.goto('/organize/awards');
  await expect(stranger.getByRole('link', { name: '金钥匙奖' })).toHaveCount(0);
  await stranger.goto('/organize/pledges');
  await expect(stranger.getByRole('link', { name: '2020年度精神文明创建工作目标责任书' })).toHaveCount(0);

  const manage = `/organize/awards/${award}`;
  const pledge = `/organize/pledges/${campaign}`;
  const attempts: [string, string, Record<string, string>][] = [
    [manage, 'appointAction', { awardId: award, userId: strangerId!, role: 'member' }],
    [
      manage,
      'updateAwardAction',
      {
        awardId: award,
        name: '金钥匙奖',
        cycleYear: '2019',
        nominationsOpenAt: '2019-11-01T09:00',
        nominationsCloseAt: '2020-01-31T17:00',
        votingOpensAt: '2020-03-20T09:00',
        votingClosesAt: '2040-01-01T09:00',
        publicNominations: 'on',
      },
    ],
    [manage, 'dismissAction', { awardId: award, userId: '3' }],
    [manage, 'addCategoryAction', { awardId: award, name: '插入的类别', winners: '1' }],
    [manage, 'addAwardManagerAction', { awardId: award, userId: strangerId! }],
    [pledge, 'addCampaignManagerAction', { campaignId: campaign, userId: strangerId! }],
    [pledge, 'issueCampaignAction', { campaignId: campaign, kind: 'residential' }],
    [pledge, 'remindAction', { campaignId: campaign }],
    [
      `${pledge}/edit`,
      'updateCampaignAction',
      {
        campaignId: campaign,
        title: '篡改',
        year: '2020',
        body: '篡改',
        signingDue: '2020-05-15',
        targets: 'a | b | 2020-12-31',
      },
    ],
    ['/pledges/2', 'countersignAction', { issueId: '1' }],
  ];
  for (const [path, action, fields] of attempts) {
    const answer = await callAction(stranger.request, path, action, fields);
    expect(answer.status, action).toBeLessThan(500);
    expect(answer.body, action).toContain(forbidden);
  }

  // Nothing changed, and the demo organizer, a manager, adds the stranger on the page.
  await signIn(page, accounts.organizer);
  await page.goto(manage);
  await expect(page.getByLabel('投票截止')).toHaveValue('2020-04-10T17:00');
  await expect(page.getByText('插入的类别')).toHaveCount(0);
  const managers = page.getByRole('region', { name: '管理人' });
  await expect(managers.getByText('顾文杰')).toBeVisible();
  await managers.getByLabel('添加管理人').selectOption({ label: `别的组织者 (${email})` });
  await managers.getByRole('button', { name: '添加', exact: true }).click();
  await expect(managers.getByText('已添加管理人。')).toBeVisible();
  await stranger.goto(manage);
  await expect(stranger.getByRole('heading', { level: 1, name: '金钥匙奖' })).toBeVisible();
  // Still not a manager of the campaign.
  await stranger.goto(pledge);
  await expect(stranger).toHaveURL(/\/forbidden$/);

  await page.goto(pledge);
  await expect(page.getByRole('region', { name: '管理人' }).getByText('顾文杰')).toBeVisible();
  await stranger.close();

  await signIn(page, accounts.admin);
  await page.goto('/admin/audit');
  await expect(
    page.getByRole('row', { name: new RegExp(`顾文杰 添加奖项管理人 award #${award} 人员编号 ${strangerId}`) }),
  ).toBeVisible();
});
