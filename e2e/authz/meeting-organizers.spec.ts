import { expect, test } from '../test';
import { callAction } from '../actions';
import { accounts, demoMeeting, signIn } from '../fixtures';

const crewNote = '灯光调暗';

test('a member cannot open the organizer pages of a meeting', async ({ page }) => {
  await signIn(page, accounts.member);
  for (const path of [
    '/organize',
    '/organize/meetings/new',
    `/organize/meetings/${demoMeeting.id}`,
    `/organize/meetings/${demoMeeting.id}/agenda`,
    `/organize/meetings/${demoMeeting.id}/control`,
    `/organize/meetings/${demoMeeting.id}/run-sheet`,
  ]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/forbidden$/);
  }
});

test('a member cannot change the agenda or run the meeting by calling the actions directly', async ({ page }) => {
  await signIn(page, accounts.member);
  const agendaPage = `/organize/meetings/${demoMeeting.id}/agenda`;
  const attempts = [
    callAction(page.request, agendaPage, 'addAgendaItemAction', {
      meetingId: '1',
      kind: 'other',
      title: '插入的项目',
      plannedMinutes: '5',
    }),
    callAction(page.request, agendaPage, 'updateAgendaItemAction', {
      itemId: '1',
      kind: 'other',
      title: '篡改的标题',
      plannedMinutes: '5',
    }),
    callAction(page.request, agendaPage, 'removeAgendaItemAction', { itemId: '1' }),
    callAction(page.request, agendaPage, 'moveAgendaItemAction', { itemId: '1', direction: 'down' }),
    callAction(page.request, agendaPage, 'reorderAgendaAction', {
      meetingId: '1',
      agendaVersion: '0',
      order: '5,4,3,2,1',
    }),
    callAction(page.request, `/organize/meetings/${demoMeeting.id}`, 'changeMeetingStatusAction', {
      meetingId: '1',
      transition: 'cancel',
    }),
    callAction(page.request, `/organize/meetings/${demoMeeting.id}/control`, 'liveCommandAction', {
      meetingId: '1',
      command: 'start',
      liveVersion: '0',
    }),
  ];
  for (const answer of await Promise.all(attempts)) {
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).toContain('"formError":"您没有权限执行这个操作。"');
  }

  const visitor = await page.context().browser()!.newPage();
  await visitor.goto(`/meetings/${demoMeeting.slug}`);
  const items = visitor.getByRole('region', { name: '会议议程' }).getByRole('listitem');
  await expect(items).toHaveCount(5);
  await expect(items.first()).toContainText('观看南京西路街道疫情防控工作视频');
  await expect(visitor.getByText('已取消')).toHaveCount(0);
  await visitor.close();
});

test('crew notes never leave the organizer pages', async ({ request }) => {
  for (const path of [
    `/meetings/${demoMeeting.slug}`,
    `/en/meetings/${demoMeeting.slug}`,
    `/meetings/${demoMeeting.slug}/program`,
    `/meetings/${demoMeeting.slug}/calendar`,
    `/meetings/${demoMeeting.slug}/display`,
    `/api/meetings/${demoMeeting.slug}/live`,
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).not.toContain(crewNote);
  }
});

test('drafts are not public, not even their venue display', async ({ page, request }) => {
  await signIn(page, accounts.organizer);
  await page.goto('/organize/meetings/new');
  await page.getByLabel('会议名称').fill('尚未发布的内部会议');
  await page.getByLabel('开始时间').fill('2031-05-01T09:00');
  await page.getByLabel('结束时间').fill('2031-05-01T10:00');
  await page.getByLabel('网址名称').fill(`draft-${Date.now().toString(36)}`);
  await page.getByRole('button', { name: '创建会议' }).click();
  await expect(page).toHaveURL(/\/agenda$/);
  const slug = (await page.getByRole('link', { name: '大屏显示' }).getAttribute('href'))!.split('/')[2];

  for (const path of [
    `/meetings/${slug}`,
    `/meetings/${slug}/program`,
    `/meetings/${slug}/calendar`,
    `/meetings/${slug}/display`,
    `/api/meetings/${slug}/live`,
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // Its organizer can rehearse on the display.
  expect((await page.request.get(`/api/meetings/${slug}/live`)).status()).toBe(200);
});
