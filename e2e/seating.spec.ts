import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { accounts, publishedMeeting, signIn } from './fixtures';
import { checkInByCode, registerForTicket } from './door-station';

// Issue 14, item 2: the seating plan, by keyboard and by drag, on the ticket, at the door and on paper.

async function guest(page: Page, slug: string, name: string, phone: string) {
  const code = await registerForTicket(page, slug, { name, phone });
  return { name, code, ticket: page.url() };
}

const seatCell = (page: Page, label: string) => page.locator(`[data-seat][title^="${label}"]`);

test('an organizer lays out the hall and seats people by keyboard and by drag; the seat shows on the ticket, at the door and in the printouts', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);
  const visitor = await browser.newPage();
  const a = await guest(visitor, meeting.slug, '周怡然', '13922240001');
  const b = await guest(visitor, meeting.slug, '钱思远', '13922240002');
  const c = await guest(visitor, meeting.slug, '孙若溪', '13922240003');

  await page.goto(`/organize/meetings/${meeting.id}/seating`);
  await expect(page.getByRole('link', { name: '座位', exact: true })).toHaveAttribute('aria-current', 'page');
  // A hall of 2 × 1 for 3 people: allowed, and said plainly.
  await page.getByLabel('区域名称').fill('前区');
  await page.getByLabel('英文名称（可选）').fill('Front');
  await page.getByLabel('排数或桌数').fill('2');
  await page.getByLabel('每排或每桌座位数').fill('1');
  await page.getByRole('button', { name: '添加区域' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '座位比已确认人数少 1 个' })).toBeVisible();

  // Grow it (additive changes are always allowed): 2 rows × 4 seats.
  await page.getByText('前区', { exact: true }).first().click();
  const edit = page.locator('details[open]');
  await edit.getByLabel('每排或每桌座位数').fill('4');
  await edit.getByRole('button', { name: '保存区域' }).click();
  await expect(page.getByText('会场共 8 个座位')).toBeVisible();

  // Keyboard: pick a person and a seat from labelled lists, then press Enter on the button.
  const assignForm = page.locator('form').filter({ has: page.getByRole('button', { name: '安排到这个座位' }) });
  await assignForm.getByLabel('参会人').selectOption({ label: `${a.name} — 未安排座位` });
  await assignForm.getByLabel('座位').selectOption({ label: '前区 第2排3座' });
  await assignForm.getByRole('button', { name: '安排到这个座位' }).press('Enter');
  await expect(assignForm.getByRole('status')).toHaveText('座位已安排。');
  await expect(seatCell(page, '前区 第2排3座')).toContainText(a.name);

  // The same seat for someone else: refused, naming who sits there.
  await assignForm.getByLabel('参会人').selectOption({ label: `${b.name} — 未安排座位` });
  await assignForm.getByLabel('座位').selectOption({ label: `前区 第2排3座 — 已安排：${a.name}` });
  await assignForm.getByRole('button', { name: '安排到这个座位' }).click();
  await expect(assignForm.getByRole('alert')).toHaveText(`这个座位刚被安排给了 ${a.name}，请另选一个。`);

  // Drag: B's name onto row 1, seat 1; then A's seated name onto row 1, seat 4 (a move).
  const drag = async (from: ReturnType<Page['locator']>, to: ReturnType<Page['locator']>) => {
    // The seat in the middle of the window: near an edge the board scrolls itself while dragging (dnd-kit's auto-scroll).
    await to.evaluate((seat) => seat.scrollIntoView({ block: 'center' }));
    const start = (await from.boundingBox())!;
    const end = (await to.boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2, { steps: 3 });
    await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
    // Let go once the seat shows it is the drop target: on a busy machine React may not have caught up yet.
    await expect(to).toHaveClass(/ring-2/);
    await page.mouse.up();
  };
  await drag(page.getByRole('img', { name: `拖动${b.name}` }), seatCell(page, '前区 第1排1座'));
  await expect(seatCell(page, '前区 第1排1座')).toContainText(b.name);
  await drag(
    seatCell(page, '前区 第2排3座').getByRole('img', { name: `拖动${a.name}` }),
    seatCell(page, '前区 第1排4座'),
  );
  await expect(seatCell(page, '前区 第1排4座')).toContainText(a.name);
  await expect(seatCell(page, '前区 第2排3座')).not.toContainText(a.name);

  // Shrinking the block under a seated person is refused with how many (its editor is still open).
  await expect(page.locator('details[open]')).toHaveCount(1);
  await page.locator('details[open]').getByLabel('每排或每桌座位数').fill('2');
  await page.locator('details[open]').getByRole('button', { name: '保存区域' }).click();
  await expect(page.locator('details[open]').getByRole('alert')).toHaveText(
    '这样改会让 1 人失去座位。请先把他们移到别处或取消座位，再修改。',
  );

  // Automatic seating gives C the first free seat; unseating gives B's seat back.
  await page.getByRole('button', { name: '自动排座' }).click();
  await expect(page.getByText('已安排 1 人。')).toBeVisible();
  await expect(seatCell(page, '前区 第1排2座')).toContainText(c.name);
  await page.getByRole('button', { name: `取消${b.name}的座位` }).click();
  await expect(seatCell(page, '前区 第1排1座')).not.toContainText(b.name);

  // The ticket and the door.
  await visitor.goto(a.ticket);
  await expect(visitor.getByTestId('seat-line')).toHaveText('座位：前区 第1排4座');
  await visitor.goto(a.ticket.replace('/registrations/', '/en/registrations/'));
  await expect(visitor.getByTestId('seat-line')).toHaveText('Seat: Front, row 1, seat 4');
  await page.goto(`/organize/meetings/${meeting.id}/check-in`);
  await checkInByCode(page, a.code);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    `签到成功：${a.name}（公众），座位：前区 第1排4座`,
  );

  // Printouts, as the printer sees them.
  await page.emulateMedia({ media: 'print' });
  await page.goto(`/organize/meetings/${meeting.id}/seating/chart`);
  await expect(page.locator('.seating-chart')).toContainText(a.name);
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await page.goto(`/organize/meetings/${meeting.id}/seating/cards`);
  await expect(page.getByTestId('name-card')).toHaveCount(2);
  const top = page.getByTestId('name-card').first().locator('.upside-down');
  expect(await top.evaluate((half) => getComputedStyle(half).transform)).toMatch(/^matrix\(-1, /);
  await page.goto(`/en/organize/meetings/${meeting.id}/seating/door-list`);
  await expect(page.getByRole('region', { name: 'No organization' })).toContainText('Front, row 1, seat 4');
  await expect(page.getByRole('region', { name: 'No organization' })).toContainText(b.name);
  await expect(page.getByRole('region', { name: 'No organization' })).toContainText('no seat');
  await visitor.close();
});
