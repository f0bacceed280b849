import { expect, test } from './test';
import { accounts, demoMeeting, secondServer, signIn } from './fixtures';

test('the control page advances the venue display, served by a second app process on the same database', async ({
  page,
  browser,
}) => {
  // The projector: another browser, signed out, talking to the other server process.
  const screen = await browser.newContext({ baseURL: secondServer, viewport: { width: 1280, height: 720 } });
  const display = await screen.newPage();
  await display.goto(`/meetings/${demoMeeting.slug}/display`);
  const current = display.getByTestId('display-current');
  const next = display.getByTestId('display-next');
  await expect(display.getByRole('heading', { level: 1 })).toHaveText(demoMeeting.title);
  // The demo meeting took place in 2020: the screen says so, not "about to begin".
  await expect(current).toHaveText('本次会议已于2020年4月30日举行');
  await expect(next).toHaveCount(0);

  await signIn(page, accounts.organizer);
  await page.goto(`/organize/meetings/${demoMeeting.id}/control`);
  const preview = page.getByTestId('display-preview');
  await expect(preview).toContainText('本次会议已于2020年4月30日举行');
  await expect(page.getByRole('note')).toContainText('现在开始即为彩排');
  await page.getByRole('button', { name: '开始会议' }).click();
  await expect(page.getByRole('heading', { name: '会议进行中' })).toBeVisible();
  // Run years after its day: said so, and timed from the real start — not "3463692 minutes behind".
  await expect(page.getByRole('note')).toContainText('本次不在会议日（2020年4月30日）进行');
  await expect(page.getByTestId('live-drift')).toHaveText('准时');
  await expect(page.getByTestId('live-clock')).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  // The preview follows what the venue screen shows.
  await expect(preview).toContainText('观看南京西路街道疫情防控工作视频');
  // One primary action: Next is the page's only filled (primary) button.
  await expect(page.getByRole('main').locator('button.bg-brand-700')).toHaveText(['下一项']);
  // The reveals are secondary buttons (neither primary nor danger), grouped under the ceremony's own row.
  const reveals = page.getByRole('main').getByRole('button', { name: /^在大屏揭晓/ });
  const revealCount = await reveals.count();
  expect(revealCount).toBeGreaterThan(0);
  for (const reveal of await reveals.all()) {
    await expect(reveal).toHaveClass(/\bborder-line\b/);
    await expect(reveal).not.toHaveClass(/\bbg-brand-700\b|\btext-danger-700\b/);
  }
  const ceremonyRow = page
    .getByRole('table', { name: '议程进行情况' })
    .getByRole('row')
    .filter({ hasText: '颁发2019年度“金钥匙奖”和“福民奖”' });
  await expect(ceremonyRow.getByRole('button', { name: /^在大屏揭晓/ })).toHaveCount(revealCount);
  await expect(current).toHaveText('观看南京西路街道疫情防控工作视频');
  await expect(next).toContainText('颁发2019年度“金钥匙奖”和“福民奖”');
  await expect(display.getByText('已进行')).toBeVisible();

  await page.getByRole('button', { name: '下一项' }).click();
  await expect(current).toHaveText('颁发2019年度“金钥匙奖”和“福民奖”');
  await expect(display.getByText('区委组织部、区委宣传部领导，上汽集团党委领导')).toBeVisible();
  // Crew notes stay off the screen.
  await expect(display.getByText('礼仪人员')).toHaveCount(0);
  // The ceremony on stage: its reveals come up beside Next, still grouped, still secondary.
  await expect(
    page.getByRole('group', { name: '获奖者（按上台顺序）' }).getByRole('button', { name: /^在大屏揭晓/ }),
  ).toHaveCount(revealCount);
  await expect(page.getByRole('main').locator('button.bg-brand-700')).toHaveText(['下一项']);

  // The control page records real times and knows where the run stands.
  const runOfShow = page.getByRole('table', { name: '议程进行情况' });
  await expect(runOfShow.getByRole('row').nth(1)).toContainText('已完成');
  await expect(runOfShow.getByRole('row').nth(2)).toContainText('进行中');

  await page.getByRole('button', { name: '回到上一项' }).click();
  await expect(current).toHaveText('观看南京西路街道疫情防控工作视频');

  // Clearing the record after the rehearsal puts the screen back to waiting.
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '清除现场记录' }).click();
  await expect(page.getByRole('button', { name: '开始会议' })).toBeVisible();
  await expect(current).toHaveText('本次会议已于2020年4月30日举行');
  await screen.close();
});

test('a stale control page cannot skip an item', async ({ page, browser }) => {
  await signIn(page, accounts.organizer);
  await page.goto(`/organize/meetings/${demoMeeting.id}/control`);
  await page.getByRole('button', { name: '开始会议' }).click();
  await expect(page.getByRole('button', { name: '下一项' })).toBeVisible();

  // A second laptop showing the same state.
  const other = await browser.newPage();
  await signIn(other, accounts.organizer);
  await other.goto(`/organize/meetings/${demoMeeting.id}/control`);

  await page.getByRole('button', { name: '下一项' }).click();
  await expect(page.getByRole('table', { name: '议程进行情况' }).getByRole('row').nth(2)).toContainText('进行中');
  await other.getByRole('button', { name: '下一项' }).click();
  await expect(other.getByRole('main').getByRole('alert')).toContainText('现场进度已经变化');
  // Still on the second item, not the third.
  await expect(other.getByRole('table', { name: '议程进行情况' }).getByRole('row').nth(2)).toContainText('进行中');

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '清除现场记录' }).click();
  await expect(page.getByRole('button', { name: '开始会议' })).toBeVisible();
  await other.close();
});
