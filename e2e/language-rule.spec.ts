import { expect, test } from './test';
import { demoMeeting } from './fixtures';

// The rule of docs/decisions/0002: the address's language wins for that page; a plain
// address is Chinese unless the person chose otherwise with the switcher.

const plain = `/meetings/${demoMeeting.slug}`;

test('opening an /en link does not make later plain (Chinese) links open in English', async ({ page, context }) => {
  await page.goto(`/en${plain}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('NEXT_LOCALE');

  // A link shared in a Chinese WeChat group, opened afterwards by the same reader.
  await page.goto(plain);
  await expect(page).toHaveURL(new RegExp(`${plain}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test("the switcher's choice decides plain links; a language in the address still wins for its page", async ({
  page,
  context,
}) => {
  await page.goto(plain);
  await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en${plain}$`));
  expect((await context.cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe('en');

  // The person chose English: a plain link follows the choice.
  await page.goto(plain);
  await expect(page).toHaveURL(new RegExp(`/en${plain}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // An explicit Chinese address is Chinese, and leaves the choice alone.
  await page.goto(`/zh-CN${plain}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect((await context.cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe('en');

  await page.goto(`/en${plain}`);
  await page.getByRole('banner').getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.goto(plain);
  await expect(page).toHaveURL(new RegExp(`${plain}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test("the browser's Accept-Language is not a choice", async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(plain);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await context.close();
});
