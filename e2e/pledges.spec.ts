import { expect, test } from './test';
import { callAction } from './actions';
import { accounts, signIn, unique } from './fixtures';

test('organizer issues a pledge → representative signs on a phone → organizer countersigns → verification confirms → progress shows', async ({
  page,
  browser,
}) => {
  // The whole year in one journey (issue, sign, countersign, verify, report, summarize): more than the default 30 s on a busy machine.
  test.setTimeout(60_000);
  const title = `社区治理目标责任书${unique()}`;

  // The organizer writes the campaign and issues it to the demo representative's organization.
  await signIn(page, accounts.organizer);
  await page.goto('/organize/pledges/new');
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('年度').fill('2031');
  await page.getByLabel('签署截止日期').fill('2031-12-31');
  await page.getByLabel('正文').fill('## 总则\n\n为做好社区治理工作，特签订本责任书。\n\n- 落实责任\n- 按期报告');
  await page.getByLabel('目标').fill('开展邻里议事会 | 每季度1次 | 2031-12-31\n楼组文明创建 | 达标率100% | 2031-10-31');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('checkbox', { name: '新成居民区党总支' }).check();
  await page.getByRole('button', { name: '下发并通知代表' }).click();
  await expect(page.getByText('已下发给 1 个单位。')).toBeVisible();

  // The representative, on a phone, finds it on their pledges page, reads and signs it.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const rep = await phone.newPage();
  await signIn(rep, accounts.representative);
  await rep.goto('/pledges');
  await rep.getByRole('link', { name: title }).click();
  await expect(rep.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(rep.getByText('开展邻里议事会')).toBeVisible();
  await rep.getByLabel('请输入您的全名').fill('张冒名');
  await rep.getByLabel(/^我已阅读本责任书/).check();
  await rep.getByRole('button', { name: '签署', exact: true }).click();
  await expect(rep.getByText('输入的姓名与您账户中的姓名不一致，请输入您的全名。')).toBeVisible();
  await expect(rep.getByLabel('请输入您的全名')).toHaveValue('张冒名');
  const issueId = /\/pledges\/(\d+)$/.exec(rep.url())![1]!;
  const versionId = await rep.locator('input[name="versionId"]').inputValue();
  await rep.getByLabel('请输入您的全名').fill('许佳宁');
  await rep.getByLabel(/^我已阅读本责任书/).check();
  await rep.getByRole('button', { name: '签署', exact: true }).click();
  await expect(rep.getByText('已签署', { exact: true })).toBeVisible();
  await expect(rep.getByRole('button', { name: '签署', exact: true })).toHaveCount(0);
  // A second submission (another tab, a replayed request) is refused; one signature stays.
  const again = await callAction(rep.request, `/pledges/${issueId}`, 'signAction', {
    issueId,
    versionId,
    typedName: '许佳宁',
    confirm: 'on',
  });
  expect(again.body).toContain('该单位已签署这份责任书，不能再次签署。');
  await rep.reload();
  const code = (await rep.locator('span.font-mono').first().textContent())!.trim();
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);

  // The organizer countersigns from the dashboard.
  await page.reload();
  await page.getByRole('link', { name: '新成居民区党总支' }).click();
  await page.getByRole('button', { name: '以街道名义会签' }).click();
  // The page refreshes into the countersigned document: both signatures in the block.
  await expect(page.getByText('已会签', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '以街道名义会签' })).toHaveCount(0);
  await expect(page.getByText('顾文杰', { exact: true })).toBeVisible();
  await expect(page.getByText('许佳宁', { exact: true })).toBeVisible();

  // Anyone can verify, signed in or not; pasting the signed text matches, a changed text does not.
  const visitor = await browser.newPage();
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByText(/^文件完好/)).toBeVisible();
  await expect(visitor.getByText(/许佳宁 · 单位代表签署/)).toBeVisible();
  await expect(visitor.getByText(/顾文杰 · 街道会签/)).toBeVisible();
  await visitor.getByText('查看签署文本').click();
  const signedText = (await visitor.locator('pre').textContent())!;
  await visitor.getByLabel('粘贴要核对的文本').fill(signedText);
  await visitor.getByRole('button', { name: '核对' }).click();
  await expect(visitor.getByText('一致：这段文本正是签署的文本。')).toBeVisible();
  await visitor.getByLabel('粘贴要核对的文本').fill(signedText.replace('每季度1次', '每年1次'));
  await visitor.getByRole('button', { name: '核对' }).click();
  await expect(visitor.getByText('不一致：这段文本与签署的文本不同。')).toBeVisible();
  await visitor.close();

  // The representative reports progress on the first target; the dashboard shows it.
  const progress = rep.getByRole('region', { name: '目标进展' }).getByRole('listitem').first();
  // Evidence of the wrong type is refused beside the field; nothing is filed.
  await progress
    .getByLabel('佐证材料（可选）')
    .setInputFiles({ name: 'notes.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
  await progress.getByRole('button', { name: '报告进展' }).click();
  await expect(progress.getByText('佐证材料只能是 PDF、JPG、PNG 或 WEBP 文件。')).toBeVisible();
  await expect(progress.getByText('尚未报告。')).toBeVisible();
  await progress.getByLabel('佐证材料（可选）').setInputFiles({
    name: '议事会.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
  });
  await progress.getByLabel('进展状态').selectOption({ label: '已完成' });
  await progress.getByLabel('说明').fill('已召开第一次邻里议事会');
  await progress.getByRole('button', { name: '报告进展' }).click();
  await expect(progress.getByText('进展已报告。')).toBeVisible();
  const evidence = progress.getByRole('link', { name: '佐证材料：议事会.png' });
  await expect(evidence).toBeVisible();
  // The file itself: the representative gets it back; a visitor and a member of no organization do not.
  const evidenceUrl = (await evidence.getAttribute('href'))!;
  const mine = await rep.request.get(evidenceUrl);
  expect(mine.status()).toBe(200);
  expect((await mine.body()).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const stranger = await browser.newPage();
  expect((await stranger.request.get(evidenceUrl)).status()).toBe(401);
  await signIn(stranger, accounts.member);
  expect((await stranger.request.get(evidenceUrl)).status()).toBe(403);
  await stranger.close();
  await phone.close();

  await page.goBack();
  await page.reload();
  const row = page.getByRole('row').filter({ hasText: '新成居民区党总支' });
  await expect(row.getByText('已会签')).toBeVisible();
  await expect(row.getByText('50%（完成 1/2）')).toBeVisible();
  await expect(row.getByText('第 1 版')).toBeVisible();

  // The year's summary, per target, ready to print for the next meeting.
  await page.getByRole('link', { name: '进展汇总' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const first = page.getByRole('region', { name: /^1\. 开展邻里议事会/ });
  await expect(first.getByRole('row').filter({ hasText: '新成居民区党总支' })).toContainText('已完成');
  await expect(first.getByText('已召开第一次邻里议事会')).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /^2\. 楼组文明创建/ })
      .getByRole('row')
      .filter({ hasText: '新成居民区党总支' }),
  ).toContainText('未报告');
});

test('declining without a reason is refused beside the field, and nothing changes', async ({ page }) => {
  await signIn(page, accounts.representative);
  // The demo 2020 pledge is issued to 新成 (issue 1), viewed and not signed yet.
  await page.goto('/pledges/1');
  await page.getByRole('button', { name: '拒签' }).click();
  await expect(page.getByText('此项必填。')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: '签署', exact: true })).toBeVisible();
});
