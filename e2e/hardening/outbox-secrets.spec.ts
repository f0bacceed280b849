import { expect, test } from '../test';
import { accounts, publishedMeeting, signIn, unique } from '../fixtures';

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * Issue 12, finding 9: the outbox kept whole email bodies, so an invitation token read
 * on /admin/outbox was redeemed by an anonymous guest. Now private links rest masked
 * (sealed apart, dropped once sent): the page shows where a link goes, never its secret.
 */
test('no private link can be read from the outbox', async ({ page, browser }) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);
  const invited = `invited.${unique()}@example.cn`;
  await page.goto(`/organize/meetings/${meeting.id}/registrations`);
  await page.getByLabel('邀请类别').selectOption({ label: '公众' });
  await page.getByLabel('被邀请人').fill(`周敏, ${invited}`);
  await page.getByRole('button', { name: '发送邀请' }).click();
  await expect(page.getByText('已发出 1 份邀请。')).toBeVisible();

  const guests = await browser.newContext();
  const guest = await guests.newPage();
  const registered = `guest.${unique()}@example.cn`;
  await guest.goto(`/meetings/${meeting.slug}/register`);
  await guest.getByLabel('姓名').fill('吴丽');
  await guest.getByLabel('电子邮箱').fill(registered);
  await guest.getByLabel('报名类别').selectOption({ label: '公众' });
  await guest.getByRole('button', { name: '提交报名' }).click();
  await expect(guest).toHaveURL(/\/registrations\/[\w-]{40,}$/);
  const ticketToken = new URL(guest.url()).pathname.split('/').pop()!;

  await page.context().clearCookies();
  await signIn(page, accounts.admin);
  for (const to of [invited, registered]) {
    await page.goto('/admin/outbox');
    await page.getByRole('listitem').filter({ hasText: to }).first().getByRole('link').click();
    const email = page.getByRole('main');
    // Where the link goes stays readable; the secret part is masked.
    await expect(email).toContainText(`http://localhost:${port}/`);
    await expect(email).toContainText('[••••••]');
    const text = (await email.textContent()) ?? '';
    expect(text).not.toContain(ticketToken);
    // Nothing on the page has the shape of a link token, let alone one that opens something.
    const candidates = text.match(/[A-Za-z0-9_-]{40,}/g) ?? [];
    expect(candidates).toEqual([]);
  }
  // The guest's own link still works: the secret was only kept out of the outbox.
  expect((await guests.request.get(`/registrations/${ticketToken}`)).status()).toBe(200);
  await guests.close();
});
