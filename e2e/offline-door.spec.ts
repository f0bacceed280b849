import { DateTime } from 'luxon';
import { accounts, publishedMeeting, signIn } from './fixtures';
import { openDoorStation, registerForTicket } from './door-station';
import { expect, test, type Browser, type Page } from './test';

// Issue 14, item 1: the door keeps working when the hall's Wi-Fi drops (decision 0024).

type Ticket = { code: string; name: string; checkedInAt?: number; station?: string };
type Queued = { code: string; at: number; station: string };

/**
 * A meeting whose doors are open now: registration still open (it closes at the end) and
 * check-ins plausible (from a day before the start), whatever the hour in Shanghai.
 */
function doorDay() {
  const now = DateTime.now().setZone('Asia/Shanghai');
  return (now.hour < 9 ? now : now.plus({ days: 1 })).toISODate()!;
}

async function guestTicket(page: Page, slug: string, name: string, phone: string) {
  return (await registerForTicket(page, slug, { name, phone })).replace('-', '');
}

async function openStation(browser: Browser, meetingId: number, width = 390) {
  const { door: context, station: page } = await openDoorStation(browser, meetingId, {
    context: { viewport: { width, height: 900 } },
  });
  // The copy is on the device and the worker keeps the page once "last synced" shows.
  await expect(page.locator('[data-door-synced]')).toHaveText(/^上次同步 \d\d:\d\d$/);
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.active);
  const station = (await page.locator('[data-door-station]').getAttribute('data-door-station'))!;
  return { context, page, station };
}

const queueOf = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Queued[]>((resolve, reject) => {
        const open = indexedDB.open('convene-door');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('queue').objectStore('queue').getAll();
          all.onsuccess = () => resolve(all.result as Queued[]);
        };
      }),
  );

async function checkInByCode(page: Page, code: string) {
  await page.getByLabel('票号', { exact: true }).fill(code);
  await page.getByRole('button', { name: '签到', exact: true }).click();
}

test('two stations check in offline; back online the server counts each person once, at the earliest time, and a cancelled ticket is a conflict', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page, { day: doorDay() });
  const visitor = await browser.newPage();
  const codes = {
    anna: await guestTicket(visitor, meeting.slug, '韩安娜', '13922240001'),
    bo: await guestTicket(visitor, meeting.slug, '韩博文', '13922240002'),
    chen: await guestTicket(visitor, meeting.slug, '韩晨曦', '13922240003'),
    dai: await guestTicket(visitor, meeting.slug, '韩黛玉', '13922240004'),
  };
  // 韩黛玉 is the last registered: her ticket page is the one open, to cancel it later.

  const one = await openStation(browser, meeting.id);
  const two = await openStation(browser, meeting.id, 1280);
  expect(one.station).not.toBe(two.station);
  await expect(one.page.locator('[data-door-counter]')).toHaveText('已签到 0 / 应到 4');

  await one.context.setOffline(true);
  await two.context.setOffline(true);
  // Reloaded without a network, the station still opens, from the worker's copy of the page.
  await one.page.reload();
  await expect(one.page.getByText('离线——用本机名单签到')).toBeVisible();
  await expect(two.page.getByText('离线——用本机名单签到')).toBeVisible();

  // Station one: 韩安娜 by code, 韩博文 by name, 韩黛玉 by code.
  await checkInByCode(one.page, codes.anna.toLowerCase());
  await expect(one.page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'checkedIn');
  await expect(one.page.getByRole('main').getByRole('status')).toHaveText('签到成功：韩安娜（公众）');
  await one.page.getByLabel('姓名', { exact: true }).fill('博文');
  await one.page.getByRole('button', { name: '签到 韩博文' }).click();
  await expect(one.page.getByRole('listitem').filter({ hasText: '韩博文' })).toContainText(`已签到`);
  await checkInByCode(one.page, codes.dai);
  await expect(one.page.getByRole('main').getByRole('status')).toHaveText('签到成功：韩黛玉（公众）');
  // A second scan at the same station is answered from the queue.
  await checkInByCode(one.page, codes.anna);
  await expect(one.page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'already');
  await expect(one.page.locator('[data-door-counter]')).toHaveText('已签到 3 / 应到 4');
  await expect(one.page.locator('[data-door-waiting]')).toHaveText('3 条签到待发送');

  // Station two, a moment later: 韩博文 again (a later time), and 韩晨曦.
  await two.page.waitForTimeout(1100);
  await checkInByCode(two.page, codes.bo);
  await expect(two.page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'checkedIn');
  await checkInByCode(two.page, codes.chen);
  await expect(two.page.locator('[data-door-waiting]')).toHaveText('2 条签到待发送');

  const queuedOne = await queueOf(one.page);
  const queuedTwo = await queueOf(two.page);
  const timeAt = (queue: Queued[], code: string) => queue.find((event) => event.code === code)!.at;
  expect(timeAt(queuedOne, codes.bo)).toBeLessThan(timeAt(queuedTwo, codes.bo));

  // Meanwhile 韩黛玉 gives her seat back.
  visitor.once('dialog', (dialog) => dialog.accept());
  await visitor.getByRole('button', { name: '取消报名' }).click();
  await expect(visitor.getByText('这条报名已取消。')).toBeVisible();

  // Station two comes back first, with the later time for 韩博文; then station one.
  await two.context.setOffline(false);
  await expect(two.page.locator('[data-door-waiting]')).toHaveText('没有待发送的签到');
  await one.context.setOffline(false);
  await expect(one.page.locator('[data-door-waiting]')).toHaveText('没有待发送的签到');
  await expect(one.page.locator('[data-door-answer="conflict"]')).toHaveText(/^韩黛玉：报名已取消，这次签到没有计入。/);

  // The server: exactly three check-ins, each at the time its station saw, the earlier one for 韩博文.
  const snapshot = (await (await page.request.get(`/api/check-in/${meeting.id}`)).json()) as { tickets: Ticket[] };
  const held = Object.fromEntries(
    snapshot.tickets.filter((t) => t.checkedInAt).map((t) => [t.code, { at: t.checkedInAt, station: t.station }]),
  );
  expect(held).toEqual({
    [codes.anna]: { at: timeAt(queuedOne, codes.anna), station: one.station },
    [codes.bo]: { at: timeAt(queuedOne, codes.bo), station: one.station },
    [codes.chen]: { at: timeAt(queuedTwo, codes.chen), station: two.station },
  });

  // Counters agree everywhere: both stations and the server's table.
  await two.page.getByRole('button', { name: '立即同步' }).click();
  for (const station of [one, two]) {
    await expect(station.page.locator('[data-door-counter]')).toHaveText('已签到 3 / 应到 3');
    await expect(
      station.page.getByRole('table', { name: '各类别报名与签到人数' }).getByRole('row', { name: /^合计/ }),
    ).toContainText('3 / 3');
  }

  // Both stations now know 韩博文 came in at station one's time, offline too.
  const boClock = DateTime.fromMillis(timeAt(queuedOne, codes.bo), { zone: 'Asia/Shanghai' }).toFormat('HH:mm');
  for (const station of [one, two]) {
    await station.context.setOffline(true);
    await expect(station.page.getByText('离线——用本机名单签到')).toBeVisible();
    await checkInByCode(station.page, codes.bo);
    await expect(station.page.getByRole('main').getByRole('status')).toHaveText(
      `韩博文 已于 ${boClock} 在签到台 ${one.station} 签到过，无需重复签到。`,
    );
    await station.context.setOffline(false);
  }
  await one.context.close();
  await two.context.close();
  await visitor.close();
});

test('a station whose sign-in expired while offline keeps its queue, wipes the list, and sends the queue after signing in again', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page, { day: doorDay() });
  const visitor = await browser.newPage();
  const code = await guestTicket(visitor, meeting.slug, '魏思源', '13922240011');
  await visitor.close();
  const door = await openStation(browser, meeting.id);
  await door.context.setOffline(true);
  await checkInByCode(door.page, code);
  await expect(door.page.locator('[data-door-waiting]')).toHaveText('1 条签到待发送');

  // The session ends while the station is offline (here: its cookie is gone).
  await door.context.clearCookies();
  await door.context.setOffline(false);
  await expect(door.page.getByRole('alert').filter({ hasText: '登录已过期' })).toContainText('1 条签到仍保存在本机');
  await expect(door.page.locator('[data-door-waiting]')).toHaveText('1 条签到待发送');
  // The list has left the device: offline, the station cannot check anyone in.
  await door.context.setOffline(true);
  await expect(door.page.getByText('本机没有这个会议的名单，无法离线签到。请在联网时打开一次本页。')).toBeVisible();
  await door.context.setOffline(false);

  await signIn(door.page, accounts.organizer);
  await door.page.goto(`/organize/meetings/${meeting.id}/check-in`);
  await expect(door.page.locator('[data-door-waiting]')).toHaveText('没有待发送的签到');
  // The queue empties only once the server has answered for it, so the check-in is there now.
  const snapshot = (await (await page.request.get(`/api/check-in/${meeting.id}`)).json()) as { tickets: Ticket[] };
  expect(snapshot.tickets.find((t) => t.code === code)).toMatchObject({ station: door.station });
  await door.context.close();
});

test('signing out wipes the station list from the device', async ({ browser }) => {
  const door = await openStation(browser, 1, 1280);
  // What the worker keeps besides public code: the station pages, which name people.
  const keptPages = () =>
    door.page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        if (name.startsWith('convene-door-'))
          urls.push(...(await (await caches.open(name)).keys()).map((request) => request.url));
      return urls.filter((url) => !new URL(url).pathname.startsWith('/_next/static/'));
    });
  // The worker keeps the page a moment after it took charge.
  await expect.poll(keptPages).toEqual([expect.stringMatching(/\/organize\/meetings\/1\/check-in$/)]);
  await door.page.getByRole('button', { name: '退出登录' }).click();
  await expect(door.page).not.toHaveURL(/check-in/);
  const left = await door.page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('convene-door');
        open.onsuccess = () => {
          const count = open.result.transaction('copies').objectStore('copies').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(left).toBe(0);
  // Hashed scripts the station was still loading may come back into the cache; no page does.
  await expect.poll(keptPages).toEqual([]);
  await door.context.close();
});

test("the sync refuses strangers, other organizers' members and cross-site posts, and a replayed queue changes nothing", async ({
  page,
  browser,
}) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page, { day: doorDay() });
  const visitor = await browser.newPage();
  const code = await guestTicket(visitor, meeting.slug, '邱明哲', '13922240021');
  await visitor.close();
  const events = [{ id: 'replayed-event-0001', code, at: Date.now(), station: 'TEST' }];
  const url = `/api/check-in/${meeting.id}`;

  const stranger = await browser.newContext();
  expect((await stranger.request.post(url, { data: { events } })).status()).toBe(401);
  expect((await stranger.request.get(url)).status()).toBe(401);
  const memberPage = await (await browser.newContext()).newPage();
  await signIn(memberPage, accounts.member);
  expect((await memberPage.request.post(url, { data: { events } })).status()).toBe(403);
  expect(
    (await page.request.post(url, { data: { events }, headers: { 'Sec-Fetch-Site': 'cross-site' } })).status(),
  ).toBe(403);
  expect(
    (
      await page.request.post(url, { data: JSON.stringify({ events }), headers: { 'Content-Type': 'text/plain' } })
    ).status(),
  ).toBe(415);
  expect((await page.request.post(url, { data: { events: [{ ...events[0], at: 'yesterday' }] } })).status()).toBe(400);

  const first = await (await page.request.post(url, { data: { events } })).json();
  const again = await (
    await page.request.post(url, { data: { events: [{ ...events[0], at: events[0]!.at - 60_000 }] } })
  ).json();
  expect(first.results[0]).toMatchObject({ outcome: 'checkedIn', checkedInAt: events[0]!.at });
  expect(again.results[0]).toMatchObject({ outcome: 'replay', checkedInAt: events[0]!.at });
  // An unchanged list costs a 304 and no body.
  const snapshot = await page.request.get(url);
  expect((await page.request.get(url, { headers: { 'If-None-Match': snapshot.headers().etag! } })).status()).toBe(304);
  await stranger.close();
  await memberPage.context().close();
});
