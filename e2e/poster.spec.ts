import AxeBuilder from '@axe-core/playwright';
import { callAction } from './actions';
import { accounts, demoMeeting, signIn, unique } from './fixtures';
import { expect, test } from './test';
import { baseURL } from '../playwright.config';
import { decodeQrInPng, readPng } from '../test/png-qr';

const posterPng = (slug: string, lang?: string) => `/api/meetings/${slug}/poster.png${lang ? `?lang=${lang}` : ''}`;

test('the demo conference has a poster: 1080 × 1920, its QR code is the public address whatever Host the request names', async ({
  playwright,
}) => {
  // A stranger, asking through a forged host: the poster must still point at APP_URL (here the e2e server's own origin).
  const stranger = await playwright.request.newContext({ baseURL });
  const response = await stranger.get(posterPng(demoMeeting.slug), {
    headers: { 'X-Forwarded-Host': 'evil.example', Host: 'evil.example' },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  const { width, height } = readPng(png);
  expect([width, height]).toEqual([1080, 1920]);
  // The conference is over, so the code opens its page (with its record), not a closed form.
  expect(decodeQrInPng(png)).toBe(`${baseURL}/meetings/${demoMeeting.slug}`);

  // Unchanged meeting, same picture: the browser's copy is confirmed without a new render.
  const etag = response.headers().etag;
  expect(etag).toBeTruthy();
  const again = await stranger.get(posterPng(demoMeeting.slug), { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
  // Another language is another picture.
  const english = await stranger.get(posterPng(demoMeeting.slug, 'en'), { headers: { 'If-None-Match': etag! } });
  expect(english.status()).toBe(200);
  expect(decodeQrInPng(await english.body())).toBe(`${baseURL}/en/meetings/${demoMeeting.slug}`);
  await stranger.dispose();
});

test('a draft meeting has no poster for the public; its organizer previews it, and publishing shares it', async ({
  page,
  playwright,
}) => {
  await signIn(page, accounts.organizer);
  const slug = `poster-${unique()}`;
  const created = await callAction(page.request, '/organize/meetings/new', 'createMeetingAction', {
    title: `海报测试会${slug.slice(-4)}`,
    titleEn: 'Poster test meeting',
    timeZone: 'Asia/Shanghai',
    startsAt: '2031-06-01T09:00',
    endsAt: '2031-06-01T11:00',
    venueName: '南京西路街道社区党群服务中心',
    slug,
  });
  const id = /\/organize\/meetings\/(\d+)\/agenda/.exec(created.redirect ?? '')?.[1];
  expect(id, created.body.slice(0, 300)).toBeTruthy();

  const stranger = await playwright.request.newContext({ baseURL });
  expect((await stranger.get(posterPng(slug))).status()).toBe(404);
  expect((await stranger.get(`/meetings/${slug}/poster`)).status()).toBe(404);
  const preview = await page.request.get(posterPng(slug));
  expect(preview.status()).toBe(200);
  expect(preview.headers()['cache-control']).toContain('private');

  await callAction(page.request, `/organize/meetings/${id}/agenda`, 'addAgendaItemAction', {
    meetingId: id!,
    kind: 'speech',
    title: '开幕致辞',
    plannedMinutes: '15',
  });
  const published = await callAction(page.request, `/organize/meetings/${id}`, 'changeMeetingStatusAction', {
    meetingId: id!,
    transition: 'publish',
  });
  expect(published.body).toContain('"ok":true');
  const shared = await stranger.get(posterPng(slug));
  expect(shared.status()).toBe(200);
  // Upcoming: the code opens the registration form itself.
  expect(decodeQrInPng(await shared.body())).toBe(`${baseURL}/meetings/${slug}/register`);
  await stranger.dispose();

  // The organizer's meeting page offers both: the PNG to send and the A4 page.
  await page.goto(`/organize/meetings/${id}`);
  const download = page.getByRole('link', { name: '下载海报图片（PNG）' });
  await expect(download).toHaveAttribute('href', `/api/meetings/${slug}/poster.png?lang=both`);
  await page.getByRole('link', { name: '打印A4海报' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `海报测试会${slug.slice(-4)}` })).toBeVisible();
  await expect(page.getByText('Poster test meeting')).toBeVisible();
});

test('the A4 poster prints title, time, venue and a large QR code, and nothing of the page around it', async ({
  page,
}) => {
  await page.goto(`/meetings/${demoMeeting.slug}`);
  await page.getByRole('link', { name: '分享海报' }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${demoMeeting.slug}/poster$`));
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('poster-sheet');
  await expect(sheet.getByRole('heading', { level: 1, name: demoMeeting.title })).toBeVisible();
  await expect(sheet.getByText('2020年4月30日')).toBeVisible();
  await expect(sheet.getByText('地点')).toBeVisible();
  const qr = sheet.getByRole('img', { name: `二维码：${baseURL}/meetings/${demoMeeting.slug}` });
  await expect(qr).toBeVisible();
  // At least 90 mm wide on paper (105 mm by the print stylesheet; 96 CSS px per inch), and the sheet is one A4 page.
  expect((await qr.boundingBox())!.width).toBeGreaterThan((90 / 25.4) * 96);
  expect(await sheet.evaluate((element) => element.scrollHeight)).toBeLessThanOrEqual(Math.ceil((297 / 25.4) * 96));
  await expect(page.getByRole('link', { name: '下载海报图片（PNG）' })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();

  // The English poster, chosen on the page.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\?lang=en$/);
  await expect(sheet.getByText('Scan for the meeting')).toBeVisible();
  await expect(page.getByRole('link', { name: '下载海报图片（PNG）' })).toHaveAttribute(
    'href',
    `/api/meetings/${demoMeeting.slug}/poster.png?lang=en`,
  );
});

test('the poster page passes axe in both languages', async ({ page }) => {
  for (const address of [`/meetings/${demoMeeting.slug}/poster`, `/en/meetings/${demoMeeting.slug}/poster?lang=en`]) {
    await page.goto(address);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      violations.map(
        (violation) => `${address}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }
});
