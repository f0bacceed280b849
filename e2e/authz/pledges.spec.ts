import { expect, test } from '../test';
import { callAction } from '../actions';
import { accounts, signIn } from '../fixtures';

// Demo data: the 2020 pledge is issued to every member organization; issue 1 is 新成
// (rep@convene.local represents it, unsigned), issue 2 is 古柏 (signed, countersigned).
const own = '1';
const other = '2';

test('a representative of another organization can neither see nor act on its pledge', async ({ page }) => {
  await signIn(page, accounts.representative);
  await page.goto(`/pledges/${other}`);
  await expect(page).toHaveURL(/\/forbidden$/);
  for (const path of [
    '/organize/pledges',
    '/organize/pledges/1',
    '/organize/pledges/1/edit',
    '/organize/pledges/1/summary',
  ]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/forbidden$/);
  }
  expect((await page.request.get('/organize/pledges/1/export')).status()).toBe(403);

  const notRepresentative = '您不是该单位的代表，不能代表它签署或报告。';
  const forbidden = '您没有权限执行这个操作。';
  // Each action is posted to a page that uses it (the build only registers those).
  const attempts: [string, string, Record<string, string>, string][] = [
    [
      `/pledges/${own}`,
      'signAction',
      { issueId: other, versionId: '1', typedName: '许佳宁', confirm: 'on' },
      notRepresentative,
    ],
    [`/pledges/${own}`, 'declineAction', { issueId: other, reason: '冒名拒签' }, notRepresentative],
    [
      `/pledges/${own}`,
      'progressAction',
      { issueId: other, targetId: '1', status: 'done', percent: '100' },
      notRepresentative,
    ],
    [`/pledges/${own}`, 'countersignAction', { issueId: own }, forbidden],
    ['/organize/pledges/1', 'issueCampaignAction', { campaignId: '1', organizationIds: '1' }, forbidden],
    ['/organize/pledges/1', 'remindAction', { campaignId: '1' }, forbidden],
    [
      '/organize/pledges/1/edit',
      'updateCampaignAction',
      {
        campaignId: '1',
        title: '篡改',
        year: '2020',
        body: '篡改',
        signingDue: '2020-05-15',
        targets: 'a | b | 2020-12-31',
      },
      forbidden,
    ],
  ];
  for (const [path, action, fields, message] of attempts) {
    const answer = await callAction(page.request, path, action, fields);
    expect(answer.status, action).toBeLessThan(500);
    expect(answer.body, action).toContain(message);
  }
  // A forged issue id is refused too, not a crash.
  const forged = await callAction(page.request, `/pledges/${own}`, 'signAction', {
    issueId: '99999',
    versionId: '1',
    typedName: '许佳宁',
    confirm: 'on',
  });
  expect(forged.status).toBeLessThan(500);
  expect(forged.body).toContain('"ok":false');

  // Nothing changed: 古柏 is still signed by its own representative only, and the campaign text is intact.
  await signIn(page, accounts.organizer);
  await page.goto('/organize/pledges/1');
  await expect(page.getByRole('heading', { level: 1, name: '2020年度精神文明创建工作目标责任书' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: '古柏居民区党总支' });
  await expect(row.getByText('已会签')).toBeVisible();
  await expect(row.getByText(/许佳宁/)).toHaveCount(0);
});

test('a member who represents nothing sees no pledges and cannot open one', async ({ page }) => {
  await signIn(page, accounts.member);
  await page.goto('/pledges');
  await expect(page.getByText('您代表的单位还没有收到责任书。')).toBeVisible();
  await page.goto(`/pledges/${own}`);
  await expect(page).toHaveURL(/\/forbidden$/);
});

test('the evidence route asks for sign-in before saying whether a report exists (issue 12, finding 11)', async ({
  request,
}) => {
  for (const reportId of ['1', '999999', 'not-a-number']) {
    expect((await request.get(`/api/pledges/evidence/${reportId}`)).status(), reportId).toBe(401);
  }
});
