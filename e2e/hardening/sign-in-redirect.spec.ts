import { expect, test } from '../test';
import { accounts, demo } from '../fixtures';

/**
 * Issue 12, finding 11: after signing in, the form follows `callbackUrl`. A value such as
 * `/%09/evil.example` reached it as "/<TAB>/evil.example", which the browser opens as
 * `//evil.example`. Each hostile value must land on this site.
 */
const hostile = [
  '/%09/evil.example',
  '/%5Cevil.example',
  '//evil.example',
  '/%2F%2Fevil.example',
  'https://evil.example',
  'javascript:alert(1)',
];

test('signing in never leaves the site, whatever callbackUrl says', async ({ page, baseURL }) => {
  // Any request to another host would be the redirect we forbid: answer it and note it.
  const offSite: string[] = [];
  await page.route(
    (url) => url.origin !== new URL(baseURL!).origin,
    async (route) => {
      offSite.push(route.request().url());
      await route.fulfill({ status: 200, body: 'off site' });
    },
  );
  for (const [index, callbackUrl] of hostile.entries()) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    await page.getByLabel('电子邮箱').fill(index % 2 ? accounts.member : accounts.representative);
    await page.getByLabel('密码', { exact: true }).fill(demo.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    expect(new URL(page.url()).origin, callbackUrl).toBe(new URL(baseURL!).origin);
  }
  expect(offSite).toEqual([]);
});
