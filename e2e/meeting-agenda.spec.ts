import fs from 'node:fs';
import ICAL from 'ical.js';
import { expect, test, type Page } from './test';
import { accounts, formAlert, secondServer, signIn, unique } from './fixtures';

const agendaList = (page: Page) => page.getByRole('list', { name: '议程项（按顺序）' });
/** The items in order, read from their drag handles' accessible names. */
const agendaTitles = (page: Page) =>
  agendaList(page)
    .getByRole('button', { name: /^调整顺序：/ })
    .evaluateAll((handles) => handles.map((handle) => handle.getAttribute('aria-label')!.replace('调整顺序：', '')));

async function addItem(page: Page, item: { kind: string; title: string; minutes: string; presenters?: string }) {
  const form = page.getByRole('region', { name: '添加议程项' });
  await form.getByLabel('类型').selectOption({ label: item.kind });
  await form.getByLabel('标题').fill(item.title);
  await form.getByLabel('时长（分钟）').fill(item.minutes);
  if (item.presenters) await form.getByLabel('主讲或出席').fill(item.presenters);
  await form.getByRole('button', { name: '添加' }).click();
  await expect(agendaList(page).getByRole('button', { name: `调整顺序：${item.title}` })).toBeVisible();
}

test('an organizer schedules a meeting, builds and reorders its agenda by keyboard, publishes it, and a visitor adds it to a calendar', async ({
  page,
  browser,
}) => {
  const title = `春季议事会${unique()}`;
  await signIn(page, accounts.organizer);
  await page.goto('/organize');
  await page.getByRole('link', { name: '新建会议' }).click();

  // Bad input first: the message sits by the field and what was typed stays.
  await page.getByLabel('会议名称').fill(title);
  await page.getByLabel('开始时间').fill('2031-03-20T14:00');
  await page.getByLabel('结束时间').fill('2031-03-20T13:00');
  await page.getByLabel('会场名称').fill('静安区文化馆');
  await page.getByRole('button', { name: '创建会议' }).click();
  await expect(page.getByText('结束时间必须晚于开始时间。')).toBeVisible();
  await expect(page.getByLabel('会议名称')).toHaveValue(title);
  await expect(page.getByLabel('会场名称')).toHaveValue('静安区文化馆');

  await page.getByLabel('结束时间').fill('2031-03-20T15:00');
  await page.getByLabel('网址名称').fill(`spring-${unique()}`);
  await page.getByRole('button', { name: '创建会议' }).click();
  await expect(page).toHaveURL(/\/organize\/meetings\/\d+\/agenda$/);
  const meetingPath = new URL(page.url()).pathname.replace(/\/agenda$/, '');

  // Publishing an empty agenda is refused.
  await page.getByRole('link', { name: '基本信息' }).click();
  await page.getByRole('button', { name: '发布会议' }).click();
  await expect(formAlert(page)).toHaveText('议程还没有任何项目，请先添加议程再发布。');

  await page.getByRole('link', { name: '议程', exact: true }).click();
  // An absurd length is refused beside the field.
  const form = page.getByRole('region', { name: '添加议程项' });
  await form.getByLabel('类型').selectOption({ label: '讲话' });
  await form.getByLabel('标题').fill('开场致辞');
  await form.getByLabel('时长（分钟）').fill('9999');
  await form.getByRole('button', { name: '添加' }).click();
  await expect(form.getByText('时长需为 1 到 600 之间的整数分钟。')).toBeVisible();
  await expect(form.getByLabel('标题')).toHaveValue('开场致辞');
  await form.getByLabel('时长（分钟）').fill('10');
  await form.getByRole('button', { name: '添加' }).click();
  await expect(agendaList(page).getByRole('button', { name: '调整顺序：开场致辞' })).toBeVisible();

  await addItem(page, { kind: '视频', title: '观看社区工作短片', minutes: '15' });
  await addItem(page, { kind: '颁奖', title: '表彰优秀志愿者', minutes: '50', presenters: '街道党工委书记' });
  await expect(page.getByText('共 3 项、75 分钟，计划 15:15 结束（会议定于 15:00 结束）。')).toBeVisible();
  await expect(page.getByText('议程比会议结束时间多出 15 分钟')).toBeVisible();

  // Keyboard reordering: focus the handle, Space picks up, ArrowUp moves, Space drops.
  // Each step waits for what a screen reader would hear.
  const announced = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
  const handle = page.getByRole('button', { name: '调整顺序：表彰优秀志愿者' });
  await handle.focus();
  await page.keyboard.press('Space');
  await announced('“表彰优秀志愿者”移到第 3 项。');
  await page.keyboard.press('ArrowUp');
  await announced('“表彰优秀志愿者”移到第 2 项。');
  await page.keyboard.press('ArrowUp');
  await announced('“表彰优秀志愿者”移到第 1 项。');
  await page.keyboard.press('Space');
  await announced('“表彰优秀志愿者”已放在第 1 项。');
  await expect.poll(() => agendaTitles(page)).toEqual(['表彰优秀志愿者', '开场致辞', '观看社区工作短片']);
  // The new order is saved, not only shown.
  await page.reload();
  await expect.poll(() => agendaTitles(page)).toEqual(['表彰优秀志愿者', '开场致辞', '观看社区工作短片']);
  // The up/down buttons are keyboard-reachable too.
  await page.getByRole('button', { name: '下移：开场致辞' }).press('Enter');
  await expect.poll(() => agendaTitles(page)).toEqual(['表彰优秀志愿者', '观看社区工作短片', '开场致辞']);

  // Shorten the awards so the agenda fits, then publish.
  await agendaList(page).getByRole('button', { name: '编辑 表彰优秀志愿者' }).click();
  await agendaList(page).getByLabel('时长（分钟）').fill('35');
  await agendaList(page).getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('议程比会议结束时间多出')).toHaveCount(0);
  await page.goto(meetingPath);
  await page.getByRole('button', { name: '发布会议' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('会议已发布。');

  // A visitor, signed out, finds it and downloads the calendar file.
  const visitor = await browser.newPage();
  await visitor.goto('/');
  await visitor.getByRole('link', { name: title }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText('2031年3月20日星期四 14:00–15:00')).toBeVisible();
  const agenda = visitor.getByRole('region', { name: '会议议程' });
  await expect(agenda.getByRole('listitem')).toHaveCount(3);
  await expect(agenda.getByRole('listitem').first()).toContainText('14:00');
  await expect(agenda.getByRole('listitem').nth(1)).toContainText('14:35');
  // The same page in English keeps the 24-hour clock (lib/i18n/clock.ts), never "2:00 PM".
  const chinesePage = visitor.url();
  await visitor.goto(`/en${new URL(chinesePage).pathname}`);
  await expect(visitor.getByText(/^Thursday, (March 20, 2031|20 March 2031) 14:00–15:00$/)).toBeVisible();
  const agendaEn = visitor.getByRole('region', { name: 'Agenda' });
  await expect(agendaEn.getByRole('listitem').first()).toContainText('14:00');
  await expect(agendaEn.getByRole('listitem').nth(1)).toContainText('14:35');
  await expect(agendaEn).not.toContainText(/\b(AM|PM)\b/);
  await visitor.goto(chinesePage);

  const [download] = await Promise.all([
    visitor.waitForEvent('download'),
    visitor.getByRole('link', { name: '添加到日历' }).click(),
  ]);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe(title);
  expect(event.startDate.zone?.tzid).toBe('Asia/Shanghai');
  expect(event.startDate.toJSDate().toISOString()).toBe('2031-03-20T06:00:00.000Z');
  expect(event.endDate.toJSDate().toISOString()).toBe('2031-03-20T07:00:00.000Z');
  expect(event.location).toBe('静安区文化馆');
  expect(event.description).toContain('14:35 观看社区工作短片');
  await visitor.close();
});

test('a change to a published meeting reaches the cached public page at once, on every app process', async ({
  page,
  browser,
}) => {
  const visitor = await browser.newPage();
  const elsewhere = await browser.newPage({ baseURL: secondServer });
  for (const reader of [visitor, elsewhere]) {
    await reader.goto('/meetings/2020-civic-conference');
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('2020年南京西路街道党建和精神文明建设大会');
  }

  await signIn(page, accounts.organizer);
  await page.goto('/organize/meetings/1');
  const venue = `上海展览中心友谊会堂${unique()}`;
  await page.getByLabel('会场名称').fill(venue);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('已保存。');

  await visitor.reload();
  await expect(visitor.getByText(venue)).toBeVisible();
  await visitor.goto('/en/meetings/2020-civic-conference');
  await expect(visitor.getByText(venue)).toBeVisible();
  // The other process had the old page in its memory; the invalidation reached it through the database.
  await elsewhere.reload();
  await expect(elsewhere.getByText(venue)).toBeVisible();

  await page.getByLabel('会场名称').fill('上海展览中心');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('已保存。');
  await visitor.close();
  await elsewhere.close();
});
