import { expect, test } from '@playwright/test';
import { callAction } from './actions';
import { accounts, signIn, unique } from './fixtures';

test('twenty simultaneous sign-ups with one email create exactly one account', async ({ request }) => {
  const email = `race.${unique()}@example.cn`;
  const fields = { name: '赵一鸣', email, password: 'race-password', confirmPassword: 'race-password' };
  const answers = await Promise.all(Array.from({ length: 20 }, () => callAction(request, '/sign-up', 'signUp', fields)));

  const refused = answers.filter((a) => a.body.includes('"formError"') || a.body.includes('"fieldErrors"'));
  expect(answers.every((a) => a.status < 500)).toBe(true);
  expect(refused).toHaveLength(19);
  expect(refused.every((a) => a.body.includes('"email":"这个邮箱已经注册过了。"'))).toBe(true);
});

test('twenty simultaneous creations of one organization name leave exactly one', async ({ page }) => {
  const name = `同名竞争测试组织${unique()}`;
  await signIn(page, accounts.admin);
  const answers = await Promise.all(
    Array.from({ length: 20 }, () =>
      callAction(page.request, '/admin/organizations/new', 'createOrganizationAction', { name, kind: 'other' }),
    ),
  );
  expect(answers.filter((a) => a.body.includes('"name":"已经有同名的组织。"'))).toHaveLength(19);
  await page.goto(`/admin/organizations?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('link', { name })).toHaveCount(1);
});
