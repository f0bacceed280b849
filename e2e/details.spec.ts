import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { accounts, demoMeeting, publishedMeeting, registerAsGuest, signIn, signUp, unique } from './fixtures';

// Issue 17, items 13, 14, 16 and 17: dates, the pledge dashboard, ways on, fonts.

const usDate = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b[AP]M\b|GMT/;

test('dates name the day in words and the zone: admin and pledge pages in English, emails in Chinese', async ({
  page,
  browser,
}) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);
  const email = `guest.${unique()}@example.cn`;
  const guest = await browser.newPage();
  await registerAsGuest(guest, meeting.slug, { name: '韩梓萱', email });
  await guest.close();

  await page.goto('/en/organize/pledges/1');
  const table = page.getByTestId('organizations-table');
  await expect(table).toContainText(/\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d\d:\d\d \(Asia\/Shanghai\)/);
  await expect(table).not.toContainText(usDate);

  const admin = await browser.newPage();
  await signIn(admin, accounts.admin);
  await admin.goto('/en/admin/audit');
  await expect(admin.getByRole('main')).toContainText(/\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d\d:\d\d \(Asia\/Shanghai\)/);
  await expect(admin.getByRole('main')).not.toContainText(usDate);
  await admin.goto('/admin/outbox');
  await admin.getByRole('listitem').filter({ hasText: email }).first().getByRole('link').click();
  // 2031-06-01 09:00–11:00 in Shanghai, as the Chinese confirmation email writes it.
  await expect(admin.getByRole('main').locator('pre')).toContainText('2031年6月1日 09:00 – 11:00（北京时间）');
  await expect(admin.getByRole('main').locator('pre')).not.toContainText('GMT');
  await admin.close();
});

test('the pledge dashboard counts every pledge issued, and its table shows it scrolls on a phone', async ({
  browser,
}) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await signIn(page, accounts.organizer);
  await page.goto('/organize/pledges/1');
  const table = page.getByTestId('organizations-table');
  const rows = await table.locator('tbody tr').count();
  expect(rows).toBeGreaterThan(0);
  const tile = (name: string) =>
    page
      .locator('dl > div')
      .filter({ has: page.getByText(name, { exact: true }) })
      .locator('dd');
  await expect(tile('已下发')).toHaveText(String(rows));
  const viewed = Number(await tile('已查看').textContent());
  const signed = Number(await tile('已签署').textContent());
  expect(viewed).toBeGreaterThanOrEqual(signed);
  // Wider than the phone, and drawn with the scroll shadows.
  expect(await table.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
  expect(await table.evaluate((box) => getComputedStyle(box).backgroundImage)).toContain('radial-gradient');
  await phone.close();
});

test('ways on: no registrations leads to meetings, a closed award says so, the zone picker puts China first', async ({
  page,
}) => {
  const email = `qin.${unique()}@example.cn`;
  await signUp(page, { name: '秦雨辰', email, password: 'a-long-password' });
  await signIn(page, email, 'a-long-password');
  await page.goto('/registrations');
  await expect(page.getByText('您还没有报名任何会议。')).toBeVisible();
  await page.getByRole('link', { name: '查看可报名的会议' }).click();
  await expect(page).toHaveURL(/\/$/);

  // The demo awards closed their nominations in 2020.
  await page.goto('/awards/1');
  await expect(page.getByText('提名已截止。')).toBeVisible();
  await expect(page.getByText('任何人均可提名。')).toHaveCount(0);

  await signIn(page, accounts.organizer);
  await page.goto('/organize/meetings/new');
  const zone = page.getByLabel('时区');
  await expect(zone).toHaveValue('Asia/Shanghai');
  const listId = await zone.getAttribute('list');
  const options = await page
    .locator(`datalist#${listId} option`)
    .evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
  expect(options.slice(0, 3)).toEqual(['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei']);
  expect(options.length).toBeGreaterThan(300);
});

/** The font files a page fetches from now on. */
function fontRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') urls.push(request.url());
  });
  return urls;
}

/** How many faces of "Noto Sans SC" (bold, as headings use it) load for these characters: 0 when the page has none. */
const chineseWebFont = (page: Page, text: string) =>
  page.evaluate(async (sample) => (await document.fonts.load('700 48px "Noto Sans SC"', sample)).length, text);

test('the venue display and the printed ticket carry their own Chinese font, self-hosted, in small subsets', async ({
  page,
  browser,
}) => {
  const displayFonts = fontRequests(page);
  await page.goto(`/meetings/${demoMeeting.slug}/display`);
  expect(await chineseWebFont(page, '南京西路街道会议')).toBeGreaterThan(0);
  expect(displayFonts.length).toBeGreaterThan(0);
  for (const url of displayFonts) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  // Only the subsets holding these characters, not the whole font (~100 files per weight).
  expect(displayFonts.length).toBeLessThan(20);

  // A printout: the guest's ticket, opened afresh in its own page (not reached from the register form).
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);
  const guest = await browser.newPage();
  await registerAsGuest(guest, meeting.slug, { name: '严嘉怡', email: `yan.${unique()}@example.cn` });
  const ticketUrl = guest.url();
  await guest.close();
  const printer = await browser.newPage();
  const ticketFonts = fontRequests(printer);
  await printer.goto(ticketUrl);
  await expect(printer.getByText('严嘉怡').first()).toBeVisible();
  expect(await chineseWebFont(printer, '严嘉怡社区议事会')).toBeGreaterThan(0);
  expect(ticketFonts.length).toBeGreaterThan(0);
  for (const url of ticketFonts) expect(new URL(url).origin).toBe(new URL(ticketUrl).origin);
  await printer.close();
});
