import { expect, test } from '../test';
import { callAction } from '../actions';
import { otherClient } from '../client';
import { e2eRateLimits } from '../limits.mjs';
import { formAlert, unique } from '../fixtures';

/**
 * Issue 12, finding 8: public forms could be flooded (100 registrations in 2 s). Limits
 * are counted in the database per client; these tests use client addresses of their
 * own (127.0.0.x, e2e/client.ts) so the rest of the suite's traffic does not count. Registration and
 * nomination limits are lifted for the e2e server (e2e/server.mjs) and proven in
 * lib/registrations/rate-limit.test.ts and lib/awards/nominations.test.ts.
 */
test('sign-up: past the limit from one client, the form says "try again in N s", in both languages', async ({
  browser,
}) => {
  // Thirty password hashes first: on a busy two-core machine that alone can take half a minute.
  test.setTimeout(120_000);
  // The e2e server's limit (e2e/limits.mjs); the default is 10 an hour.
  const limit = Number(e2eRateLimits.signUp.split('/')[0]);
  const elsewhere = await otherClient(4);
  const client = await elsewhere.request();
  const answers = await Promise.all(
    Array.from({ length: limit }, (_, i) =>
      callAction(client, '/sign-up', 'signUp', {
        name: '测试',
        email: `flood${i}.${unique()}@example.cn`,
        password: 'flood-password',
        confirmPassword: 'flood-password',
      }),
    ),
  );
  for (const answer of answers) expect(answer.redirect ?? answer.body).toContain('/sign-in');

  const context = await browser.newContext({ baseURL: elsewhere.origin });
  const page = await context.newPage();
  const forms = [
    {
      path: '/sign-up',
      labels: ['姓名', '电子邮箱', '密码', '再次输入密码'],
      button: '注册',
      message: /^操作过于频繁，请 \d+ 秒后再试。$/,
    },
    {
      path: '/en/sign-up',
      labels: ['Full name', 'Email', 'Password', 'Repeat password'],
      button: 'Sign up',
      message: /^Too many attempts\. Please try again in \d+ s\.$/,
    },
  ];
  for (const { path, labels, button, message } of forms) {
    const [name, email, password, again] = labels.map((label) => page.getByLabel(label, { exact: true }));
    await page.goto(path);
    await name!.fill('王晓东');
    await email!.fill(`late.${unique()}@example.cn`);
    await password!.fill('flood-password');
    await again!.fill('flood-password');
    await page.getByRole('button', { name: button }).last().click();
    await expect(formAlert(page)).toHaveText(message);
    // Refused, not broken: still the sign-up form, with what was typed.
    await expect(name!).toHaveValue('王晓东');
  }
  await context.close();
  await elsewhere.close();
});

test('verification lookups: past thirty a minute from one client, the page says when to try again', async ({
  browser,
}) => {
  const elsewhere = await otherClient(5);
  const client = await elsewhere.request();
  for (let i = 0; i < 30; i++) {
    const html = await (await client.get(`/verify/ZZZZ${String(i).padStart(4, '2')}`)).text();
    expect(html).toMatch(/<h1[^>]*>没有此验证码对应的签署文件。<\/h1>/);
  }
  const context = await browser.newContext({ baseURL: elsewhere.origin });
  const page = await context.newPage();
  await page.goto('/verify/ZZZZ2222');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^操作过于频繁，请 \d+ 秒后再试。$/);
  await page.goto('/en/verify/ZZZZ2222');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Too many attempts\. Please try again in \d+ s\.$/);
  await context.close();
  await elsewhere.close();
});
