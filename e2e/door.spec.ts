import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { accounts, publishedMeeting, signIn } from './fixtures';
import { checkInByCode, openDoorStation, registerForTicket } from './door-station';

// Issue 17, items 1–3: the door station on a phone, under pressure.

/** Records what the page asked of the vibration motor and the speaker. */
async function listenToSignals(page: Page) {
  await page.addInitScript(() => {
    const signals: { vibrations: number[][]; tones: number } = { vibrations: [], tones: 0 };
    Object.assign(window, { doorSignals: signals });
    Object.defineProperty(navigator, 'vibrate', {
      value: (pattern: number[]) => (signals.vibrations.push([...pattern]), true),
    });
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, ...args: Parameters<OscillatorNode['start']>) {
      signals.tones += 1;
      return start.apply(this, args);
    };
  });
}

const signals = (page: Page) =>
  page.evaluate(() => (window as unknown as { doorSignals: { vibrations: number[][]; tones: number } }).doorSignals);

// Every test runs the door of a fresh meeting that the organizer has just published.
let meeting: { id: number; slug: string };
test.beforeEach(async ({ page }) => {
  await signIn(page, accounts.organizer);
  meeting = await publishedMeeting(page);
});

test('three answers at the door look, sound and buzz differently; a refused code stays in the field', async ({
  browser,
}) => {
  const visitor = await browser.newPage();
  const code = await registerForTicket(visitor, meeting.slug, { name: '冯嘉欣', phone: '13922230001' });
  await visitor.close();

  const { door, station } = await openDoorStation(browser, meeting.id, {
    context: { isMobile: true, hasTouch: true },
    prepare: listenToSignals,
  });
  const field = station.getByLabel('票号', { exact: true });
  const checkIn = station.getByRole('button', { name: '签到', exact: true });
  const verdict = station.locator('[data-verdict]');

  await field.fill(code);
  await checkIn.click();
  await expect(verdict).toHaveAttribute('data-verdict', 'checkedIn');
  await expect(verdict).toContainText('可以入场');
  await expect(station.getByRole('main').getByRole('status')).toHaveText('签到成功：冯嘉欣（公众）');
  await expect(field).toHaveValue('');
  const green = await verdict.evaluate((box) => getComputedStyle(box).backgroundColor);
  // Readable at arm's length: a headline of at least 28 px.
  expect(
    await verdict
      .locator('p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize)),
  ).toBeGreaterThanOrEqual(28);

  await field.fill(code);
  await checkIn.click();
  await expect(verdict).toHaveAttribute('data-verdict', 'already');
  await expect(verdict).toContainText('已签到过');
  await expect(station.getByRole('main').getByRole('status')).toHaveText(
    /^冯嘉欣 已于 \d\d:\d\d 签到过，无需重复签到。$/,
  );
  const amber = await verdict.evaluate((box) => getComputedStyle(box).backgroundColor);

  await field.fill('ZZZZ-9999');
  await checkIn.click();
  await expect(verdict).toHaveAttribute('data-verdict', 'refused');
  await expect(station.getByRole('main').getByRole('alert')).toHaveText('没有找到这个票号。');
  // The code stays, to be corrected rather than typed again.
  await expect(field).toHaveValue('ZZZZ-9999');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const red = await verdict.evaluate((box) => getComputedStyle(box).backgroundColor);
  // The same refusal twice still answers (and still keeps the code).
  await checkIn.click();
  await expect(field).toHaveValue('ZZZZ-9999');

  expect(new Set([green, amber, red]).size).toBe(3);
  await expect.poll(async () => (await signals(station)).vibrations).toEqual([[80], [80, 80, 80], [300], [300]]);
  // One tone for in, two for a repeat, one for each refusal.
  expect((await signals(station)).tones).toBe(5);
  await door.close();
});

test('name search updates in place as you type; people already in are marked, with no button', async ({ browser }) => {
  const visitor = await browser.newPage();
  const code = await registerForTicket(visitor, meeting.slug, { name: '蒋思远', phone: '13922230011' });
  await registerForTicket(visitor, meeting.slug, { name: '蒋思琪', phone: '13922230012' });
  await visitor.close();

  const { door, station } = await openDoorStation(browser, meeting.id);
  await checkInByCode(station, code);
  await expect(station.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'checkedIn');

  // A flag on the window survives only if the page is never reloaded.
  await station.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  const search = station.getByLabel('姓名', { exact: true });
  await search.pressSequentially('蒋思', { delay: 50 });
  const results = station.getByRole('list', { name: '按姓名查找' });
  await expect(results.getByRole('listitem')).toHaveCount(2);
  await expect(station).toHaveURL(/\?q=%E8%92%8B%E6%80%9D$/);
  expect(await station.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(
    true,
  );
  await expect(search).toBeFocused();
  await expect(station.getByRole('button', { name: '查找' })).toHaveCount(0);

  const arrived = results.getByRole('listitem').filter({ hasText: '蒋思远' });
  await expect(arrived).toContainText(/已签到 \d\d:\d\d/);
  await expect(arrived.getByRole('button')).toHaveCount(0);
  const waiting = results.getByRole('listitem').filter({ hasText: '蒋思琪' });
  await waiting.getByRole('button', { name: '签到 蒋思琪' }).click();
  await expect(waiting).toContainText(/已签到 \d\d:\d\d/);
  await expect(waiting.getByRole('button')).toHaveCount(0);

  await search.fill('蒋思琪');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  expect(await station.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(
    true,
  );
  await door.close();
});

test('at 390 px the door has one primary action, the camera is secondary, and the tabs are not cut off', async ({
  browser,
}) => {
  const { door, station } = await openDoorStation(browser, meeting.id);

  const background = (name: string) =>
    station.getByRole('button', { name, exact: true }).evaluate((b) => getComputedStyle(b).backgroundColor);
  const primary = await background('签到');
  expect(await background('打开摄像头扫码')).not.toBe(primary);
  const filled = await station
    .getByRole('main')
    .getByRole('button')
    .evaluateAll(
      (buttons, colour) => buttons.filter((b) => getComputedStyle(b).backgroundColor === colour).length,
      primary,
    );
  expect(filled).toBe(1);

  // The page never scrolls sideways; the tab row scrolls inside itself, and its last tab can be reached.
  expect(await station.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const tabs = station.getByRole('navigation', { name: '会议页面' });
  const box = (await tabs.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // More tabs than fit: the row says so with a shadow at its edge.
  expect(await tabs.evaluate((nav) => nav.scrollWidth > nav.clientWidth)).toBe(true);
  expect(await tabs.evaluate((nav) => getComputedStyle(nav).backgroundImage)).toContain('radial-gradient');
  // The tab of this page is whole on screen without scrolling by hand.
  const currentBox = (await tabs.getByRole('link', { name: '签到', exact: true }).boundingBox())!;
  expect(currentBox.x).toBeGreaterThanOrEqual(0);
  expect(currentBox.x + currentBox.width).toBeLessThanOrEqual(390 + 1);
  const last = tabs.getByRole('link').last();
  await last.scrollIntoViewIfNeeded();
  const lastBox = (await last.boundingBox())!;
  expect(lastBox.x + lastBox.width).toBeLessThanOrEqual(390 + 1);
  await door.close();
});
