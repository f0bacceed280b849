import { expect, test } from './test';
import { callAction } from './actions';
import { accounts, demoMeeting, formAlert, publishedMeeting, signIn, unique } from './fixtures';

// Issue 15 item 3 (decision 0027). The demo's 2021 draft is checked in after-meeting-report.spec.ts, the journey's end.

test('the organizer prepares next year from a past meeting; a stale second prepare says the draft exists and links to it', async ({
  page,
  context,
}) => {
  await signIn(page, accounts.organizer);
  const last = await publishedMeeting(page, { day: '2025-06-01', title: `社区议事会2025${unique()}` });
  await callAction(page.request, `/organize/meetings/${last.id}/agenda`, 'addAgendaItemAction', {
    meetingId: String(last.id),
    kind: 'speech',
    title: '2025年工作回顾',
    plannedMinutes: '20',
    presenters: '王主任',
  });

  await page.goto(`/organize/meetings/${last.id}`);
  // A second tab opened before the draft exists: its prepare comes second.
  const stale = await context.newPage();
  await stale.goto(`/organize/meetings/${last.id}`);

  const card = page.getByRole('main');
  await expect(card.getByLabel('下一届的名称')).toHaveValue(/^社区议事会2026/);
  await expect(card.getByLabel('下一届的网址')).toHaveValue(`${last.slug}-2026`);
  await expect(card.getByLabel('保留议程中的发言人（不勾选则清空，待重新确定）')).not.toBeChecked();

  // An address another meeting holds is refused at the field, with what was typed kept.
  await card.getByLabel('下一届的网址').fill(demoMeeting.slug);
  await card.getByRole('button', { name: '准备下一届会议' }).click();
  await expect(page.getByText('这个网址名称已被其他会议使用。')).toBeVisible();
  await expect(card.getByLabel('下一届的网址')).toHaveValue(demoMeeting.slug);

  const slug = `${last.slug}-next`;
  await card.getByLabel('下一届的网址').fill(slug);
  await card.getByRole('button', { name: '准备下一届会议' }).click();
  await expect(page).not.toHaveURL(new RegExp(`/organize/meetings/${last.id}$`));
  const nextId = Number(/\/organize\/meetings\/(\d+)$/.exec(page.url())?.[1]);
  expect(nextId).toBeGreaterThan(last.id);
  const editions = page.getByRole('navigation', { name: '历届会议' });
  await expect(editions.getByRole('link')).toHaveText(/^社区议事会2025/);
  await expect(editions).toContainText('上一届：');
  await expect(page.getByText('草稿', { exact: true }).first()).toBeVisible();
  // Same time a year later, the settings form says.
  await expect(page.getByLabel('开始时间')).toHaveValue('2026-06-01T09:00');

  // The agenda came along, the presenter cleared (not asked to keep), the year in the title moved on.
  await page.getByRole('link', { name: '议程', exact: true }).click();
  await expect(page.getByRole('paragraph').filter({ hasText: '2026年工作回顾' })).toBeVisible();
  await expect(page.getByRole('paragraph').filter({ hasText: '开幕致辞' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('王主任');

  // The stale tab: refused, and the refreshed card links to the draft that exists.
  await stale.getByRole('button', { name: '准备下一届会议' }).click();
  await expect(formAlert(stale)).toContainText('已经为这次会议准备过下一届');
  await expect(
    stale
      .getByRole('main')
      .getByRole('link', { name: /^社区议事会2026/ })
      .first(),
  ).toHaveAttribute('href', `/organize/meetings/${nextId}`);
  await expect(stale.getByRole('navigation', { name: '历届会议' })).toContainText('下一届：');
  await stale.close();
});

test('in English the card and the links read in English', async ({ page }) => {
  await signIn(page, accounts.organizer);
  await page.goto(`/en/organize/meetings/${demoMeeting.id}`);
  const editions = page.getByRole('navigation', { name: 'Editions' });
  await expect(editions).toContainText('Next edition:');
  await expect(page.getByText("A draft of next year's meeting already exists:")).toBeVisible();
  // The draft by its English name, in the links and on the card.
  await expect(
    page.getByRole('link', {
      name: '2021 Nanjing West Road Subdistrict Conference on Party Building and Civic Progress',
    }),
  ).toHaveCount(2);
});

test('a member is refused the prepare action', async ({ page }) => {
  await signIn(page, accounts.member);
  const answer = await callAction(page.request, `/organize/meetings/${demoMeeting.id}`, 'prepareNextEditionAction', {
    meetingId: String(demoMeeting.id),
    title: '冒名的下一届',
  });
  expect(answer.body).toContain('没有权限');
});
