import { expect, test } from './test';
import { formAlert, signUp, unique } from './fixtures';

test('repeated wrong passwords lock the account, and then even the right one is refused', async ({ page }) => {
  const email = `guess.${unique()}@example.cn`;
  await signUp(page, { name: '钱多多', email, password: 'the-right-one' });

  const password = page.getByLabel('密码', { exact: true });
  const attempt = async (value: string) => {
    await password.fill(value);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    // The form empties the password when the answer arrives: one attempt at a time.
    await expect(password).toHaveValue('');
  };
  for (let i = 1; i <= 4; i++) {
    await attempt(`wrong-${i}`);
    await expect(formAlert(page)).toHaveText('邮箱或密码不正确。');
  }
  // The fifth failure locks; the lock answers with its own message.
  await attempt('wrong-5');
  await expect(formAlert(page)).toHaveText(/已暂时锁定/);
  await attempt('the-right-one');
  await expect(formAlert(page)).toHaveText(/已暂时锁定/);
  await expect(page).toHaveURL(/\/sign-in/);
});
