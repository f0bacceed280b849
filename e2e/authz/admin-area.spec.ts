import { expect, test } from '../test';
import { callAction } from '../actions';
import { accounts, signIn } from '../fixtures';

const adminPages = [
  '/admin/organizations',
  '/admin/organizations/new',
  '/admin/organizations/7',
  '/admin/people',
  '/admin/people/1',
  '/admin/audit',
];

test.describe('a member', () => {
  test.beforeEach(async ({ page }) => signIn(page, accounts.member));

  test('is refused every admin page, and sees none of its data', async ({ page }) => {
    for (const path of adminPages) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/forbidden$/);
      await expect(page.getByRole('heading', { name: '没有访问权限' })).toBeVisible();
      await expect(page.getByText('admin@convene.local')).toHaveCount(0);
    }
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '系统管理' })).toHaveCount(
      0,
    );
  });

  test('is refused when calling admin actions directly, and nothing changes', async ({ page, browser }) => {
    const name = `伪造的组织${Date.now()}`;
    const create = await callAction(page.request, '/admin/organizations/new', 'createOrganizationAction', {
      name,
      kind: 'company',
    });
    expect(create.body).toContain('"formError":"您没有权限执行这个操作。"');
    const promote = await callAction(page.request, '/admin/people/1', 'changeRoleAction', {
      personId: '4',
      role: 'admin',
    });
    expect(promote.body).toContain('"formError":"您没有权限执行这个操作。"');

    // An admin confirms: no such organization, and the member is still a member.
    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await signIn(adminPage, accounts.admin);
    await adminPage.goto(`/admin/organizations?q=${encodeURIComponent(name)}`);
    await expect(adminPage.getByText('没有符合条件的组织。')).toBeVisible();
    await adminPage.goto('/admin/people?q=member%40convene.local');
    await expect(adminPage.getByRole('row').filter({ hasText: '邵子涵' })).toContainText('成员');

    // The same request from the admin goes through: the refusal above was the role, not the request.
    const allowed = await callAction(adminPage.request, '/admin/organizations/new', 'createOrganizationAction', {
      name,
      kind: 'company',
    });
    expect(allowed.body).not.toContain('"formError"');
    await adminPage.goto(`/admin/organizations?q=${encodeURIComponent(name)}`);
    await expect(adminPage.getByRole('link', { name })).toBeVisible();
    await admin.close();
  });
});

test('a visitor who is not signed in is sent to sign in, and back afterwards', async ({ page }) => {
  await page.goto('/admin/people');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fpeople/);
  await page.getByLabel('电子邮箱').fill(accounts.admin);
  await page.getByLabel('密码', { exact: true }).fill('convene-demo');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/people$/);
  await expect(page.getByRole('heading', { level: 1, name: '人员' })).toBeVisible();
});
