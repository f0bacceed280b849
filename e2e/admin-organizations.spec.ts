import { expect, test } from './test';
import { accounts, formAlert, signIn, unique } from './fixtures';

test('an admin creates an organization, adds a representative, and the audit log shows both', async ({ page }) => {
  const name = `静安寺社区志愿者协会${unique()}`;
  await signIn(page, accounts.admin);
  // One header link opens the admin area at its first section.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '系统管理' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '组织' })).toBeVisible();
  const sections = page.getByRole('navigation', { name: '管理栏目' });
  await expect(sections.getByRole('link', { name: '组织' })).toHaveAttribute('aria-current', 'page');

  // The demo organizations are there and searchable in Chinese.
  await page.getByLabel('搜索').fill('居民区');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page.getByRole('link', { name: '新成居民区党总支' })).toBeVisible();
  await expect(page.getByRole('link', { name: '恒隆广场联合党委' })).toHaveCount(0);

  await page.getByRole('link', { name: '新建组织' }).click();
  // Missing fields: messages beside them, nothing created.
  await page.getByLabel('地址').fill('愚园路68号');
  await page.getByRole('button', { name: '创建组织' }).click();
  await expect(page.getByText('此项必填。')).toBeVisible();
  await expect(page.getByText('请从列表中选择。')).toBeVisible();
  await expect(page.getByLabel('地址')).toHaveValue('愚园路68号');

  await page.getByLabel('组织名称').fill(name);
  await page.getByLabel('类型').selectOption({ label: '“两新”组织' });
  await page.getByRole('button', { name: '创建组织' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('还没有成员。')).toBeVisible();

  // Add a representative from the people picker.
  const addForm = page.locator('form').filter({ has: page.getByRole('button', { name: '添加成员' }) });
  await addForm.getByRole('button', { name: '添加成员' }).click();
  await expect(addForm.getByText('请选择一位人员。')).toBeVisible();
  await addForm.getByLabel('人员').selectOption({ label: '许佳宁 (rep@convene.local)' });
  await addForm.getByLabel('职务').fill('联络员');
  await addForm.getByLabel(/单位代表/).check();
  await addForm.getByRole('button', { name: '添加成员' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: '已添加成员。' })).toBeVisible();
  const row = page.getByRole('listitem', { name: '许佳宁' });
  await expect(row.getByLabel('单位代表')).toBeChecked();
  await expect(row.getByLabel('职务')).toHaveValue('联络员');

  // A second organization with the same name is refused beside the name field.
  await page.goto('/admin/organizations/new');
  await page.getByLabel('组织名称').fill(name);
  await page.getByLabel('类型').selectOption({ label: '企业' });
  await page.getByRole('button', { name: '创建组织' }).click();
  await expect(page.getByText('已经有同名的组织。')).toBeVisible();
  await expect(formAlert(page)).toHaveCount(0);

  // The list shows the representative; the audit log has both changes, by this admin.
  await page.goto(`/admin/organizations?q=${encodeURIComponent(name)}`);
  await expect(page.getByText('1 位代表')).toBeVisible();
  await sections.getByRole('link', { name: '操作记录' }).click();
  await page.getByLabel('操作', { exact: true }).selectOption({ label: '加入组织' });
  await page.getByRole('button', { name: '筛选' }).click();
  const added = page.getByRole('row').filter({ hasText: '加入组织' }).first();
  await expect(added).toContainText('林静怡');
  await expect(added).toContainText('单位代表是');
  await page.getByLabel('操作', { exact: true }).selectOption({ label: '新建组织' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(1);
});

test('an admin makes a person an organizer, and cannot demote themself', async ({ page }) => {
  await signIn(page, accounts.admin);
  await page.goto('/admin/people');
  // A seeded person no other test relies on.
  await page.getByLabel('搜索').fill('person002@demo.convene.local');
  await page.getByRole('button', { name: '筛选' }).click();
  const row = page.getByRole('row').filter({ hasText: 'person002@demo.convene.local' });
  await expect(row).toContainText('成员');
  await row.getByRole('link').click();
  await page.getByRole('combobox', { name: '站点角色' }).selectOption({ label: '会务组织者' });
  await page.getByRole('button', { name: '更改角色' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: '角色已更改。' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: '站点角色' })).toHaveValue('organizer');
  await page.goto('/admin/people?q=person002%40demo.convene.local');
  await expect(row).toContainText('会务组织者');

  await page.goto('/admin/people?q=admin%40convene.local');
  await page.getByRole('main').getByRole('link', { name: '林静怡' }).click();
  await page.getByRole('combobox', { name: '站点角色' }).selectOption({ label: '成员' });
  await page.getByRole('button', { name: '更改角色' }).click();
  await expect(page.getByText('不能取消自己的管理员角色')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: '站点角色' })).toHaveValue('admin');
});
