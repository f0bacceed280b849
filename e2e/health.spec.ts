import { expect, test } from './test';
import { accounts, demoMeeting, signIn } from './fixtures';

test('GET /api/health answers 200 with a JSON status after touching the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  expect(await response.json()).toMatchObject({
    status: 'ok',
    database: 'ok',
    schemaVersion: expect.stringMatching(/^\d{4}_\w+$/),
  });
});

test('the home page has landmarks, and lists the demo conference among past meetings', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('南京西路街道会务平台');
  await expect(page.getByRole('region', { name: '即将召开的会议' })).toBeVisible();
  const past = page.getByRole('region', { name: '往期会议' });
  await expect(past.getByRole('link', { name: '2020年南京西路街道党建和精神文明建设大会' })).toHaveAttribute(
    'href',
    '/meetings/2020-civic-conference',
  );
});

test('on a phone the navigation folds into a menu that opens', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  // Signed out, the way in stays in the bar, outside the menu.
  await expect(page.getByRole('link', { name: '登录' })).toBeVisible();
  await page.getByText('菜单').click();
  const menu = page.getByRole('navigation', { name: '手机导航' });
  await expect(menu.getByRole('link', { name: '会议' })).toBeVisible();
  await expect(page.getByRole('link', { name: '注册' })).toBeVisible();
  await context.close();
});

test('while demo accounts are active, every page says it is demo data: cached, signed in, and in English', async ({
  page,
}) => {
  // Issue 12, finding 2: the server decides at start (db/startup.ts) that the demo accounts exist.
  const banner = page.getByRole('complementary', { name: '演示说明' });
  await page.goto('/');
  await expect(banner).toHaveText('演示数据：这里的人员、会议和奖项均为虚构，演示账号只能在这台电脑上登录。');
  await page.goto(`/meetings/${demoMeeting.slug}`);
  await expect(banner).toBeVisible();
  await signIn(page, accounts.organizer);
  await page.goto(`/organize/meetings/${demoMeeting.id}`);
  await expect(banner).toBeVisible();
  await page.goto('/en');
  await expect(page.getByRole('complementary', { name: 'Demo notice' })).toContainText('Demo data:');
});
