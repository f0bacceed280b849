import type { Locator } from '@playwright/test';
import { expect, test } from './test';
import { callAction } from './actions';
import { accounts, awardWithCategory, demoMeeting, publishedMeeting, signIn, unique } from './fixtures';

// Issue 18: where people who had never seen Convene stumbled. Each test fails on the code before the fix.

/** Text pasted at the cursor, as a paste or an input method delivers it (the browser applies maxLength to this). */
async function paste(field: Locator, text: string) {
  await field.fill('');
  await field.focus();
  await field.page().keyboard.insertText(text);
}

test('the cached public pages carry the sign-in links before any script runs, and swap to the signed-in header after', async ({
  page,
  request,
  browser,
}) => {
  // The HTML as it leaves the server (and the cache): real links to sign in and sign up.
  for (const [path, signInHref, signUpHref] of [
    ['/', '/sign-in', '/sign-up'],
    [`/meetings/${demoMeeting.slug}`, '/sign-in', '/sign-up'],
    [`/en/meetings/${demoMeeting.slug}`, '/en/sign-in', '/en/sign-up'],
  ] as const) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(`href="${signInHref}"`);
    expect(html, path).toContain(`href="${signUpHref}"`);
  }
  // Still served from the cache: reading the session during the render would make it per-request.
  await request.get(`/meetings/${demoMeeting.slug}`);
  expect((await request.get(`/meetings/${demoMeeting.slug}`)).headers()['x-nextjs-cache']).toBe('HIT');

  // With scripts off, a visitor sees how to sign in (a phone folds it into the menu).
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await noScript.newPage();
  await visitor.goto(`/meetings/${demoMeeting.slug}`);
  await expect(visitor.getByRole('link', { name: '登录' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: '注册' })).toBeVisible();
  await noScript.close();

  // Signed in, the header swaps to the account once /api/viewer answers.
  await signIn(page, accounts.organizer);
  await page.goto(`/meetings/${demoMeeting.slug}`);
  await expect(page.getByRole('banner').getByRole('link', { name: /顾文杰/ })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: '登录' })).toHaveCount(0);
});

test('pasted text over a limit is kept whole, counted, and refused by the server with the field’s message', async ({
  page,
  browser,
}) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);
  const guest = await browser.newPage();
  await guest.goto(`/meetings/${meeting.slug}/register`);
  const name = guest.getByLabel('姓名');
  await paste(name, '欧阳'.repeat(30)); // 60 characters; the field allows 50
  await expect(name).toHaveValue('欧阳'.repeat(30));
  await expect(guest.getByText('60 / 50 字，超出 10 字，请删减。')).toBeVisible();
  await guest.getByLabel('电子邮箱').fill(`long-${unique()}@example.cn`);
  await guest.getByLabel('报名类别').selectOption({ label: '公众' });
  await guest.getByRole('button', { name: '提交报名' }).click();
  await expect(guest.getByText('最多 50 个字符。')).toBeVisible();
  await expect(name).toHaveValue('欧阳'.repeat(30));
  await guest.close();
});

test('a pledge campaign: long title refused, an impossible target date and an unknown organization named by line', async ({
  page,
}) => {
  await signIn(page, accounts.organizer);
  await page.goto('/organize/pledges/new');
  const title = page.getByLabel('标题');
  await paste(title, '志'.repeat(210));
  await expect(title).toHaveValue('志'.repeat(210));
  await page.getByLabel('年度').fill('2021');
  await page.getByLabel('签署截止日期').fill('2021-01-31');
  await page.getByLabel('正文').fill('## 总则\n\n开展志愿服务。');
  const targets = page.getByLabel('目标');
  await targets.fill('开展志愿服务 | 4 次 | 2021-02-30');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByText('最多 200 个字符。')).toBeVisible();
  await expect(title).toHaveValue('志'.repeat(210));

  await title.fill(`志愿服务责任书${unique()}`);
  await page.getByRole('button', { name: '创建' }).click();
  await expect(
    page.getByText('第 1 行：截止日期“2021-02-30”不存在，请按 YYYY-MM-DD 填写存在的日期，例如 2021-02-28。'),
  ).toBeVisible();
  await expect(targets).toHaveValue('开展志愿服务 | 4 次 | 2021-02-30');

  await targets.fill(
    '开展志愿服务 | 4 次 | 2021-12-31\n楼组文明创建 | 达标率100% | 2021-10-31\n结对帮扶 | 2 户 | 2021-12-31 | 不存在的单位',
  );
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByText('第 3 行：找不到单位“不存在的单位”，请填写单位列表中的全称。')).toBeVisible();
});

test('starting a round before the award’s voting window: the organizer is told, moves it with a confirmation, and sees what members see', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, accounts.organizer);
  const { awardId, manage } = await awardWithCategory(page.request, '敬老奖', {
    name: `敬老奖${unique()}`,
    cycleYear: '2090',
    votingOpensAt: '2090-03-20T09:00',
    votingClosesAt: '2099-01-01T09:00',
  });
  await page.goto(manage);
  const categoryId = (await page.getByLabel('类别', { exact: true }).locator('option').nth(1).getAttribute('value'))!;
  const member = (await page
    .getByLabel('人员')
    .locator('option', { hasText: accounts.representative })
    .getAttribute('value'))!;
  await callAction(page.request, manage, 'appointAction', { awardId, userId: member, role: 'member' });
  await callAction(page.request, `/awards/${awardId}/nominate`, 'submitNominationAction', {
    categoryId,
    kind: 'individual',
    nomineeNames: '韦秋华',
    citation: '照顾独居老人十年。',
  });
  await page.reload();
  const nominationId = (await page.locator('input[name="nominationId"]').first().inputValue())!;
  await callAction(page.request, manage, 'screenNominationAction', { nominationId, status: 'eligible' });
  await callAction(page.request, manage, 'createRoundAction', {
    awardId,
    categoryId,
    name: '第一轮',
    method: 'approval',
    maxChoices: '1',
    secret: 'on',
    quorumNumerator: '1',
    quorumDenominator: '2',
    thresholdNumerator: '1',
    thresholdDenominator: '2',
    tieRule: 'runoff',
  });
  await page.reload();
  const roundId = (await page.locator('input[name="roundId"]').first().getAttribute('value'))!;

  // A plain start is refused with the window named (a stale page, or a hand-made request).
  const plain = await callAction(page.request, manage, 'changeRoundStatusAction', { roundId, transition: 'open' });
  expect(plain.body).toContain(
    '本奖项的投票时间为 2090年3月20日 09:00 至 2099年1月1日 09:00（北京时间），现在还没开始',
  );

  // The page says what members see and offers the one step that works.
  const memberView = page.getByTestId('member-view');
  await expect(memberView).toContainText('委员现在看到：本轮目前未开放投票。本轮尚未开始投票。');
  await expect(memberView).toContainText(
    '本奖项的投票时间为 2090年3月20日 09:00（北京时间） 至 2099年1月1日 09:00（北京时间），还没开始。',
  );
  await expect(page.getByRole('button', { name: '开始投票', exact: true })).toHaveCount(0);
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toBe(
      '投票开始时间将从 2090年3月20日 09:00（北京时间） 提前到现在，委员立即可以投票。确定吗？',
    );
    return dialog.accept();
  });
  await page.getByRole('button', { name: '现在开始投票' }).click();
  await expect(page.getByText('投票已开始，投票开始时间已改为现在。')).toBeVisible();
  await page.reload();
  await expect(memberView).toContainText('委员现在看到：可以投票（截止 2099年1月1日 09:00（北京时间））。');
  await page.goto(`${manage}/rounds/${roundId}`);
  await expect(page.getByTestId('member-view')).toContainText('可以投票（截止 2099年1月1日 09:00（北京时间））。');

  // The committee member's ballot agrees.
  const voter = await browser.newPage();
  await signIn(voter, accounts.representative);
  await voter.goto(`/awards/${awardId}/rounds/${roundId}`);
  await expect(voter.getByText('本轮目前未开放投票。')).toHaveCount(0);
  await voter.getByRole('checkbox', { name: /^韦秋华/ }).check();
  await voter.getByRole('button', { name: '投票', exact: true }).click();
  await expect(voter.getByRole('status').filter({ hasText: '您的选票已记录。回执码' })).toBeVisible();
  await voter.close();
});
