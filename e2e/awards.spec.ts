import { expect, test, type Page } from './test';
import { callAction } from './actions';
import { accounts, publishedMeeting, secondServer, signIn, unique } from './fixtures';

const open = {
  nominationsOpenAt: '2020-01-01T09:00',
  nominationsCloseAt: '2099-01-01T09:00',
  votingOpensAt: '2020-01-01T09:00',
  votingClosesAt: '2099-01-01T09:00',
};

async function createAwardThroughForm(page: Page, name: string) {
  await page.goto('/organize/awards/new');
  await page.getByLabel('奖项名称').fill(name);
  await page.getByLabel('年度').fill('2019');
  await page.getByLabel('提名开始').fill(open.nominationsOpenAt);
  await page.getByLabel('提名截止').fill(open.nominationsCloseAt);
  await page.getByLabel('投票开始').fill(open.votingOpensAt);
  await page.getByLabel('投票截止').fill(open.votingClosesAt);
  await page.getByLabel('允许公众（无账号）提名').check();
  await page.getByRole('button', { name: '创建奖项' }).click();
  await expect(page).toHaveURL(/\/organize\/awards\/\d+$/);
  return Number(/\/organize\/awards\/(\d+)$/.exec(page.url())![1]);
}

test('nominate → screen → vote as three committee members → close → publish → public page → reveal on the venue display', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const name = `金钥匙奖${unique()}`;
  await signIn(page, accounts.organizer);
  const awardId = await createAwardThroughForm(page, name);

  // A category and a committee of three, chosen from people.
  await page.getByLabel('类别名称').fill('最美战“疫”者');
  await page.getByRole('button', { name: '添加类别' }).click();
  await expect(page.getByText('已添加类别。')).toBeVisible();
  const committee = page.getByRole('region', { name: /评审委员会/ }).getByRole('listitem');
  for (const [index, [email, role]] of (
    [
      [accounts.member, '主任'],
      [accounts.representative, '委员'],
      [accounts.admin, '委员'],
    ] as const
  ).entries()) {
    const person = await page
      .getByLabel('人员')
      .locator('option', { hasText: `(${email})` })
      .getAttribute('value');
    await page.getByLabel('人员').selectOption(person!);
    await page.getByLabel('职务').selectOption({ label: role });
    await page.getByRole('button', { name: '任命' }).click();
    await expect(page.getByText('已任命为评审委员会成员。')).toBeVisible();
    // The message stays from the last appointment: wait for this one to land before the form resets.
    await expect(committee).toHaveCount(index + 1);
  }

  // A member of the public nominates (the award allows it); a receipt page follows.
  const guest = await browser.newPage();
  await guest.goto(`/awards/${awardId}/nominate`);
  await guest.getByLabel('类别').selectOption({ label: '最美战“疫”者' });
  await guest.getByLabel('被提名者为').selectOption({ label: '个人' });
  await guest.getByLabel('被提名者姓名').fill('沈若兰');
  await guest.getByLabel('所在单位或居民区').fill('新成居民区');
  await guest.getByLabel('推荐事迹').fill('人口排查期间挨家挨户敲门登记，手指都敲肿了。');
  await guest.getByLabel('您的姓名').fill('王晓明');
  await guest.getByLabel('您的电子邮箱（接收回执）').fill(`guest-${unique()}@example.cn`);
  await guest.getByRole('button', { name: '提交提名' }).click();
  await expect(guest.getByText('谢谢！您的提名已收到。', { exact: false })).toBeVisible();
  await guest.close();
  // A second nomination, the same way but as a call.
  const categoryValue = await page.getByLabel('类别', { exact: true }).locator('option').nth(1).getAttribute('value');
  const second = await callAction(page.request, `/awards/${awardId}/nominate`, 'submitNominationAction', {
    categoryId: categoryValue!,
    kind: 'group',
    nomineeNames: '升平居民区巡逻党支部',
    citation: '每天两次巡查每一条弄堂。',
  });
  expect(second.body).toContain('"ok":true');

  // Screening: both eligible.
  await page.reload();
  for (const nominee of ['沈若兰', '升平居民区巡逻党支部']) {
    const form = page.getByRole('form', { name: `审核：${nominee}` });
    await form.getByLabel('审核结论').selectOption({ label: '符合条件' });
    await form.getByRole('button', { name: '保存结论' }).click();
    await expect(form.getByText('已保存')).toBeVisible();
  }
  // The second was nominated by the signed-in organizer: it is in their own list, with its screening.
  const own = await page.context().newPage();
  await own.goto('/awards');
  await expect(
    own
      .getByRole('region', { name: '我的提名' })
      .getByRole('listitem')
      .filter({ hasText: '升平居民区巡逻党支部' })
      .filter({ hasText: name }),
  ).toContainText('符合条件');
  await own.close();

  // A secret approval round, opened.
  await page.getByLabel('轮次名称').fill('第一轮');
  await page.getByLabel('类别', { exact: true }).selectOption({ label: '最美战“疫”者' });
  await page.getByRole('button', { name: '创建轮次' }).click();
  await expect(page.getByText('已创建轮次。')).toBeVisible();
  await page.getByRole('button', { name: '开始投票' }).click();
  await expect(page.getByText('投票已开始。')).toBeVisible();
  const roundId = await page.locator('input[name="roundId"]').first().getAttribute('value');

  // Three committee members vote; two for 沈若兰.
  for (const [email, choice] of [
    [accounts.member, '沈若兰'],
    [accounts.representative, '沈若兰'],
    [accounts.admin, '升平居民区巡逻党支部'],
  ] as const) {
    const voter = await browser.newPage();
    await signIn(voter, email);
    await voter.goto(`/awards/${awardId}/rounds/${roundId}`);
    // The voter sees when voting closes, and declaring a conflict is a real button (issue 17).
    await expect(voter.getByText(/^投票截止：\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d（北京时间）$/)).toBeVisible();
    await expect(voter.getByRole('button', { name: /^声明利益冲突/ }).first()).toHaveCSS('border-top-style', 'solid');
    await voter.getByRole('checkbox', { name: new RegExp(`^${choice}`) }).check();
    await voter.getByRole('button', { name: '投票', exact: true }).click();
    await expect(voter.getByRole('status').filter({ hasText: '您的选票已记录。回执码' })).toBeVisible();
    await voter.close();
  }

  // Close (organizer); results with the arithmetic; only the chair publishes.
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '结束本轮' }).click();
  await expect(page.getByText('本轮已结束，结果已生成。')).toBeVisible();
  await page.goto(`/organize/awards/${awardId}/rounds/${roundId}`);
  await expect(page.getByText('计票：有投票权成员 3 人，收回选票 3 张。')).toBeVisible();
  await expect(page.getByRole('row', { name: /沈若兰/ })).toContainText('当选');

  const chair = await browser.newPage();
  await signIn(chair, accounts.member);
  await chair.goto(`/organize/awards/${awardId}`);
  chair.once('dialog', (dialog) => dialog.accept());
  await chair.getByRole('button', { name: '公布结果' }).click();
  await expect(chair.getByRole('region', { name: '投票轮次' }).getByText('已公布', { exact: true })).toBeVisible();
  await chair.close();

  // The public award page, signed out.
  const visitor = await browser.newPage();
  await visitor.goto(`/awards/${awardId}`);
  const winners = visitor.getByRole('region', { name: '获奖名单' });
  await expect(winners.getByRole('heading', { name: '沈若兰' })).toBeVisible();
  await expect(winners.getByText('手指都敲肿了')).toBeVisible();
  await expect(winners.getByText('升平居民区巡逻党支部')).toHaveCount(0);
  await winners.getByRole('link', { name: '荣誉证书' }).click();
  await expect(visitor.getByRole('heading', { name: '荣誉证书' })).toBeVisible();
  await expect(visitor.getByText(`荣获2019年度“${name}”（最美战“疫”者）。`)).toBeVisible();
  await visitor.close();

  // The ceremony: a meeting whose award-ceremony item presents this award and the demo's Fumin
  // Award, chosen on the agenda form (a forged award id is refused first); reveal on the display.
  const meeting = await publishedMeeting(page);
  const ceremony = { meetingId: String(meeting.id), kind: 'award_ceremony', title: '颁奖仪式', plannedMinutes: '20' };
  const forged = await callAction(page.request, `/organize/meetings/${meeting.id}/agenda`, 'addAgendaItemAction', {
    ...ceremony,
    awardIds: [String(awardId), '999999'],
  });
  expect(forged.body).toContain('"fieldErrors":{"awardIds"');
  await page.goto(`/organize/meetings/${meeting.id}/agenda`);
  const form = page.getByRole('region', { name: '添加议程项' });
  await form.getByLabel('类型').selectOption({ label: '颁奖' });
  await form.getByLabel('标题').fill(ceremony.title);
  await form.getByLabel('时长（分钟）').fill(ceremony.plannedMinutes);
  const presented = form.getByRole('group', { name: '颁发奖项（可多选）' });
  await presented.getByRole('checkbox', { name: `2019 ${name}`, exact: true }).check();
  await presented.getByRole('checkbox', { name: '2019 福民奖', exact: true }).check();
  await form.getByRole('button', { name: '添加' }).click();
  await expect(page.getByRole('button', { name: `调整顺序：${ceremony.title}` })).toBeVisible();
  await page.goto(`/meetings/${meeting.slug}`);
  await expect(page.getByText('获奖者（按上台顺序）')).toBeVisible();
  // Awards are presented in the order they were set up: the demo's Fumin Award (two winners) first.
  await expect(page.getByText('福民奖', { exact: true })).toHaveCount(2);
  await expect(page.getByText(/^1\. .+ · 福民奖$/)).toBeVisible();
  await expect(page.getByText('3. 沈若兰（新成居民区） · 最美战“疫”者')).toBeVisible();

  const screen = await browser.newContext({ baseURL: secondServer, viewport: { width: 1280, height: 720 } });
  const display = await screen.newPage();
  await display.goto(`/meetings/${meeting.slug}/display`);
  await expect(display.getByTestId('display-current')).toBeVisible();
  await page.goto(`/organize/meetings/${meeting.id}/control`);
  await page.getByRole('button', { name: '在大屏揭晓: 沈若兰' }).click();
  await expect(page.getByText('正在大屏显示')).toBeVisible();
  const reveal = display.getByTestId('display-reveal');
  await expect(reveal).toContainText('沈若兰');
  await expect(reveal).toContainText('最美战“疫”者');
  await expect(reveal).toContainText('手指都敲肿了');
  await page.getByRole('button', { name: '收起获奖者' }).click();
  await expect(reveal).toHaveCount(0);
  await screen.close();
});
