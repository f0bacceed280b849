import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './test';
import { accounts, publishedMeeting, signIn } from './fixtures';
import { registerForTicket } from './door-station';

// The seating plan on a phone: an organizer at the hall's door with only a phone seats a late
// guest with the labelled lists, nothing on the page is wider than the screen, a swipe over the
// seated names scrolls, and a press-and-hold drags a name to another seat.

const phone = { width: 390, height: 844 };
test.use({ viewport: phone, hasTouch: true });

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const rowScroll = (seat: Locator) => seat.evaluate((cell) => cell.closest('.overflow-x-auto')!.scrollLeft);

/** A finger moving over the screen, as the phone's touch screen reports it. */
async function finger(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  hold?: { picksUp: Locator; dropsOn: Locator },
) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  // Held until the name is picked up (dnd-kit marks it pressed): on a busy machine the press-and-hold
  // timer can fire late, and a finger that moves before it does is a swipe.
  if (hold) await expect(hold.picksUp).toHaveAttribute('aria-pressed', 'true');
  for (let step = 1; step <= 12; step += 1) {
    const point = { x: from.x + ((to.x - from.x) * step) / 12, y: from.y + ((to.y - from.y) * step) / 12 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  // Let go once the seat under the finger shows it is the one the name will land on.
  if (hold) await expect(hold.dropsOn).toHaveClass(/ring-2/);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const middle = async (target: Locator) => {
  const box = (await target.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test('on a 390 px phone an organizer seats a person by the labelled lists and sees the seat taken', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);
  const visitor = await browser.newPage();
  const name = '林晓雨';
  await registerForTicket(visitor, meeting.slug, { name, phone: '13922250001' });
  const ticket = visitor.url();

  await page.goto(`/organize/meetings/${meeting.id}/seating`);
  await page.getByLabel('区域名称').fill('后区');
  await page.getByLabel('排数或桌数').fill('3');
  await page.getByLabel('每排或每桌座位数').fill('12');
  await page.getByRole('button', { name: '添加区域' }).click();
  await expect(page.getByText('会场共 36 个座位')).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(phone.width);

  const assignForm = page.locator('form').filter({ has: page.getByRole('button', { name: '安排到这个座位' }) });
  await assignForm.getByLabel('参会人').selectOption({ label: `${name} — 未安排座位` });
  await assignForm.getByLabel('座位').selectOption({ label: '后区 第1排2座' });
  const assign = assignForm.getByRole('button', { name: '安排到这个座位' });
  // Whole on the screen once scrolled to: not cut off at the right edge.
  await assign.scrollIntoViewIfNeeded();
  await expect(assign).toBeInViewport({ ratio: 1 });
  await assign.tap();
  await expect(assignForm.getByRole('status')).toHaveText('座位已安排。');

  // The result, where a phone user sees it: the seat in the hall, and the seated list.
  const seat = page.locator('[data-seat][title^="后区 第1排2座"]');
  await seat.scrollIntoViewIfNeeded();
  await expect(seat).toContainText(name);
  await expect(seat).toBeInViewport();
  const seated = page.getByRole('region', { name: '已安排座位（1）' });
  await expect(seated).toContainText('后区 第1排2座');
  const unseat = seated.getByRole('button', { name: `取消${name}的座位` });
  await unseat.scrollIntoViewIfNeeded();
  await expect(unseat).toBeInViewport({ ratio: 1 });
  expect(await pageWidth(page)).toBeLessThanOrEqual(phone.width);

  // A row of 12 seats is wider than the phone: a swipe that starts on a seated name scrolls the
  // row to its far seats; it does not pick the name up.
  const seatedName = seat.getByRole('img', { name: `拖动${name}` });
  await seat.scrollIntoViewIfNeeded();
  const start = await middle(seatedName);
  const farSeat = page.locator('[data-seat][title^="后区 第1排6座"]');
  expect(await rowScroll(seat)).toBe(0);
  await expect(farSeat).not.toBeInViewport();
  await finger(page, start, { x: start.x - 200, y: start.y });
  await expect.poll(() => rowScroll(seat)).toBeGreaterThan(100);
  await expect(farSeat).toBeInViewport({ ratio: 1 });
  await expect(seat).toContainText(name);

  // Pressed and held, the name is picked up by the finger and moves to the seat it is let go on.
  // The row at the window's middle: near an edge the board scrolls itself while dragging (dnd-kit's auto-scroll).
  await seat.evaluate((cell) => {
    cell.closest('.overflow-x-auto')!.scrollTo({ left: 0 });
    cell.scrollIntoView({ block: 'center' });
  });
  const nextSeat = page.locator('[data-seat][title^="后区 第1排3座"]');
  await finger(page, await middle(seatedName), await middle(nextSeat), { picksUp: seatedName, dropsOn: nextSeat });
  await expect(page.locator('[data-seat][title^="后区 第1排3座"]')).toContainText(name);
  await expect(seat).not.toContainText(name);

  // And on the guest's ticket.
  await visitor.goto(ticket);
  await expect(visitor.getByTestId('seat-line')).toHaveText('座位：后区 第1排3座');
  await visitor.close();
});
