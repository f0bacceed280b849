import { expect, test } from './test';
import { accounts, signIn, unique } from './fixtures';

test('an admin adds a person with a first password, puts them in an organization, and they can sign in', async ({
  page,
  browser,
}) => {
  const email = `ouyang.${unique()}@example.cn`;
  await signIn(page, accounts.admin);
  await page.goto('/admin/people/new');

  // Bad input: each message beside its field, what was typed kept, nothing saved.
  await page.getByLabel('姓名').fill('欧阳雨桐');
  await page.getByLabel('电子邮箱').fill('admin@convene.local');
  await page.getByLabel('手机号码').fill('12345');
  await page.getByLabel('初始密码').fill('short');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByText('请输入 11 位手机号码')).toBeVisible();
  await expect(page.getByText('密码至少需要 8 个字符。')).toBeVisible();
  await expect(page.getByLabel('姓名')).toHaveValue('欧阳雨桐');
  await expect(page.getByLabel('手机号码')).toHaveValue('12345');

  await page.getByLabel('手机号码').fill('139 1234 5678');
  await page.getByLabel('初始密码').fill('first-password');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByText('这个邮箱已经注册过了。')).toBeVisible();

  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('初始密码').fill('first-password');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '欧阳雨桐' })).toBeVisible();
  await expect(page.getByLabel('手机号码')).toHaveValue('13912345678');
  await expect(page.getByText('可登录')).toBeVisible();

  const addForm = page.locator('form').filter({ has: page.getByRole('button', { name: '添加成员' }) });
  await addForm.getByLabel('组织').selectOption({ label: '华业居民区党总支' });
  await addForm.getByRole('button', { name: '添加成员' }).click();
  await expect(page.getByRole('listitem', { name: '华业居民区党总支' })).toBeVisible();

  // Searching by the organization's name finds them.
  await page.goto(`/admin/people?q=${encodeURIComponent('华业')}`);
  await expect(page.getByRole('link', { name: '欧阳雨桐' })).toBeVisible();

  const context = await browser.newContext();
  const theirPage = await context.newPage();
  await signIn(theirPage, email, 'first-password');
  await expect(theirPage.getByRole('banner').getByRole('link', { name: /欧阳雨桐/ })).toBeVisible();

  // Archived, they are signed out on their next request and cannot sign in again.
  await page.getByRole('link', { name: '欧阳雨桐' }).click();
  await page.getByRole('button', { name: '归档此人' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: '已归档。' })).toBeVisible();
  await theirPage.goto('/account');
  await expect(theirPage).toHaveURL(/\/sign-in/);
  await context.close();
});
