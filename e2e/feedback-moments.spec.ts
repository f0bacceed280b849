import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { accounts, demoMeeting, publishedMeeting, signIn, submitGuestRegistration, unique } from './fixtures';

/**
 * Feedback where people are under pressure (issue 17): seats left before
 * registering, a promoted seat that can be given back in one tap, a printable
 * ticket with a calendar file, a past meeting, a printed pledge.
 */

/** A published meeting in 2030 (before every other test meeting, so first among the home page's upcoming ones). */
async function earlyMeeting(page: Page, capacity: number) {
  const title = `居民议事会${unique()}${Math.floor(Math.random() * 1000)}`;
  return { ...(await publishedMeeting(page, { capacity, title, day: '2030-03-01' })), title };
}

async function registerAsGuest(page: Page, slug: string, name: string) {
  await submitGuestRegistration(page, slug, {
    name,
    email: `${unique()}.${Math.floor(Math.random() * 1e6)}@example.cn`,
  });
  await expect(page).toHaveURL(/\/registrations\/[\w-]{40,}$/);
  return page.url();
}

/** The cached page asks for seats after loading; the endpoint keeps an answer 2 s, so reload until it moves. */
async function expectSeatsLine(page: Page, url: string, text: string | RegExp) {
  await expect(async () => {
    await page.goto(url);
    await expect(page.getByTestId('seats-line').first()).toHaveText(text, { timeout: 1500 });
  }).toPass({ timeout: 15_000 });
}

test('seats left and the waiting-list place show before submitting; a promoted seat says so and is given back in one tap', async ({
  page,
  browser,
}) => {
  // Two registrations, a cancellation, a promotion and seven page loads: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  await signIn(page, accounts.organizer);
  const meeting = await earlyMeeting(page, 1);
  const visitor = await browser.newPage();

  // Before anyone registers: one seat, on the public page and on the home page's card.
  await expectSeatsLine(visitor, `/meetings/${meeting.slug}`, '尚余 1 个座位');
  await expect(visitor.getByRole('link', { name: '报名参加' })).toBeVisible();
  await visitor.goto('/');
  const card = visitor.getByRole('listitem').filter({ has: visitor.getByRole('link', { name: meeting.title }) });
  await expect(card.getByTestId('seats-line')).toHaveText('尚余 1 个座位');

  const firstTicket = await registerAsGuest(visitor, meeting.slug, '周一鸣');

  // Full now: said on the cached public page, the card and the form, before submitting.
  await expectSeatsLine(visitor, `/meetings/${meeting.slug}`, '名额已满：现在报名将进入候补名单第 1 位');
  // English by its address (/en), for this page only: plain links stay Chinese (decision 0002).
  const english = await browser.newPage();
  await expectSeatsLine(english, '/en', 'Full — you will join the waiting list at place 1');
  await english.close();
  await visitor.goto(`/meetings/${meeting.slug}/register`);
  await expect(visitor.getByTestId('seats-line')).toHaveText('名额已满：现在报名将进入候补名单第 1 位');
  const secondTicket = await registerAsGuest(visitor, meeting.slug, '吴二妹');
  await expect(visitor.getByText('会议已满，您在候补名单第 1 位。', { exact: false })).toBeVisible();
  await expectSeatsLine(visitor, `/meetings/${meeting.slug}`, '名额已满：现在报名将进入候补名单第 2 位');

  // The first gives the seat back; the second is promoted and told so on the ticket.
  await visitor.goto(firstTicket);
  visitor.once('dialog', (dialog) => dialog.accept());
  await visitor.getByRole('button', { name: '取消报名' }).click();
  await expect(visitor.getByText('这条报名已取消。')).toBeVisible();
  await visitor.goto(secondTicket);
  await expect(visitor.getByTestId('promoted')).toContainText('从候补名单自动转为正式报名');
  await expect(visitor.getByRole('button', { name: '不能参加，让出座位' })).toBeVisible();

  // The promotion email's link: the page is the question, one tap answers it (no second dialog).
  await visitor.goto(`${secondTicket}?cancel=1`);
  await expect(visitor.getByRole('heading', { name: '确定不参加这次会议了吗？' })).toBeVisible();
  visitor.once('dialog', () => {
    throw new Error('the one-tap cancel asked again');
  });
  await visitor.getByRole('button', { name: '是的，取消我的报名' }).click();
  await expect(visitor.getByText('这条报名已取消。')).toBeVisible();
  await expectSeatsLine(visitor, `/meetings/${meeting.slug}`, '尚余 1 个座位');
  await visitor.close();
});

test('the ticket prints alone (QR, name, meeting, time, venue) and its calendar file has one UID whatever the host', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, accounts.organizer);
  const meeting = await earlyMeeting(page, 20);
  const guest = await browser.newPage();
  const ticket = await registerAsGuest(guest, meeting.slug, '郑三思');

  const calendar = guest.getByRole('link', { name: '添加到日历' });
  await expect(calendar).toBeVisible();
  const href = (await calendar.getAttribute('href'))!;
  const port = new URL(baseURL!).port;
  const uidOf = async (origin: string) => {
    const response = await page.request.get(`${origin}${href}`);
    expect(response.headers()['content-type']).toContain('text/calendar');
    return /^UID:(.+)$/m.exec(await response.text())?.[1]?.trim();
  };
  const fromLocalhost = await uidOf(`http://localhost:${port}`);
  const fromLoopback = await uidOf(`http://127.0.0.1:${port}`);
  expect(fromLocalhost).toMatch(new RegExp(`^meeting-${meeting.id}-[0-9a-z]+@convene$`));
  expect(fromLoopback).toBe(fromLocalhost);

  await guest.emulateMedia({ media: 'print' });
  await guest.goto(ticket);
  await expect(guest.getByRole('img', { name: /^入场二维码，票号/ })).toBeVisible();
  await expect(guest.getByText('郑三思')).toBeVisible();
  await expect(guest.getByRole('heading', { level: 1, name: meeting.title })).toBeVisible();
  await expect(guest.getByText('南京西路街道社区党群服务中心')).toBeVisible();
  await expect(guest.getByRole('link', { name: '← 返回会议页面' })).toBeHidden();
  for (const name of ['取消报名', '打印入场券']) await expect(guest.getByRole('button', { name })).toBeHidden();
  await expect(calendar).toBeHidden();
  await expect(guest.getByText('请保存本页链接', { exact: false })).toBeHidden();
  await guest.close();
});

test('a past meeting shows what happened instead of a register button', async ({ page }) => {
  await page.goto(`/meetings/${demoMeeting.slug}`);
  const record = page.getByRole('region', { name: '会议回顾' });
  await expect(record).toContainText('本次会议已于2020年4月30日举行。');
  await expect(page.getByRole('link', { name: '报名参加' })).toHaveCount(0);
  await page.goto(`/en/meetings/${demoMeeting.slug}`);
  await expect(page.getByRole('region', { name: 'What happened' })).toContainText(
    'This meeting took place on April 30, 2020.',
  );
  await expect(page.getByRole('link', { name: 'Register' })).toHaveCount(0);
});

test('a printed signed pledge carries its verification as a full address and a QR code', async ({ page, baseURL }) => {
  await signIn(page, accounts.organizer);
  await page.emulateMedia({ media: 'print' });
  // The demo's signed pledges: the first issue that has a verification code.
  let found = false;
  for (const issue of [2, 3, 4, 5, 6]) {
    await page.goto(`/pledges/${issue}`);
    if ((await page.getByTestId('verify-on-paper').count()) === 0) continue;
    found = true;
    const paper = page.getByTestId('verify-on-paper');
    await expect(paper).toBeVisible();
    const text = (await paper.textContent())!;
    const url = /(https?:\/\/\S+\/verify\/[\w-]+)/.exec(text)?.[1];
    expect(url, text).toBeTruthy();
    expect(url!.startsWith(new URL(baseURL!).origin)).toBe(true);
    await expect(paper.getByRole('img', { name: '在线验证地址的二维码' })).toBeVisible();
    // The address printed is the page that verifies.
    const response = await page.request.get(url!);
    expect(response.status()).toBe(200);
    break;
  }
  expect(found).toBe(true);
});
