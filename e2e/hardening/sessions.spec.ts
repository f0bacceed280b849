import { type Browser, type Page } from '@playwright/test';
import { expect, test } from '../test';
import { callAction } from '../actions';
import { accounts, signIn, signUp, unique } from '../fixtures';

/**
 * Issue 12, finding 7: a copied session cookie kept working after sign-out and after
 * the password was changed elsewhere (the token is valid for 30 days). Now the token
 * carries the account's session version and its own session id, checked on every request.
 */

async function member(page: Page, password = 'first-password') {
  const email = `session.${unique()}${Math.floor(Math.random() * 1000)}@example.cn`;
  await signUp(page, { name: '陈静', email, password });
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  return email;
}

/** Another browser holding a copy of this page's cookies, as a thief would. */
async function copyOfSession(page: Page, browser: Browser) {
  const thief = await browser.newContext();
  await thief.addCookies(await page.context().cookies());
  const stolen = await thief.newPage();
  await stolen.goto('/account');
  await expect(stolen.getByRole('heading', { name: '我的账户' })).toBeVisible();
  return stolen;
}

async function expectSignedOut(page: Page) {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
}

test('a copied cookie stops working when its session signs out', async ({ page, browser }) => {
  await member(page);
  const stolen = await copyOfSession(page, browser);
  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: '登录' })).toBeVisible();
  await expectSignedOut(stolen);
});

test('a password change ends every other session and keeps this one', async ({ page, browser }) => {
  await member(page);
  const stolen = await copyOfSession(page, browser);
  await page.goto('/account');
  await page.getByLabel('当前密码').fill('first-password');
  await page.getByLabel('新密码', { exact: true }).fill('second-password');
  await page.getByLabel('再次输入新密码').fill('second-password');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('密码已修改。');
  await expectSignedOut(stolen);
  // The session that changed the password goes on, re-issued under the new version.
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: '我的账户' })).toBeVisible();
});

test('"sign out everywhere" ends every session, this one included', async ({ page, browser }) => {
  await member(page);
  const stolen = await copyOfSession(page, browser);
  await page.goto('/account');
  await page.getByRole('button', { name: '退出所有设备' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expectSignedOut(stolen);
  await expectSignedOut(page);
});

test('archiving a person ends their sessions, and restoring does not bring them back', async ({ page, browser }) => {
  const email = await member(page);
  const stolen = await copyOfSession(page, browser);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, accounts.admin);
  await admin.goto(`/admin/people?q=${encodeURIComponent(email)}`);
  const href = await admin.getByRole('link', { name: '陈静' }).first().getAttribute('href');
  const personId = /\/admin\/people\/(\d+)/.exec(href ?? '')?.[1];
  expect(personId).toBeTruthy();
  for (const archived of ['on', '']) {
    const answer = await callAction(admin.request, `/admin/people/${personId}`, 'archivePersonAction', {
      personId: personId!,
      archived,
    });
    expect(answer.body).toContain('"ok":true');
  }
  await expectSignedOut(stolen);
  await expectSignedOut(page);
});
