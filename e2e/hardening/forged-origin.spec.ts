import { expect, test } from '../test';
import { callAction } from '../actions';
import { accounts, publishedMeeting, signIn, unique } from '../fixtures';

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * Issue 12, finding 1: a guest who cancels with a forged X-Forwarded-Host (and a
 * matching Origin, which Next's own check compares it with) once made the promotion
 * email of the next person on the waiting list link to the forger's host, with that
 * person's private ticket token in the address.
 */
test('emails link to the configured origin whatever host the request names', async ({ page, browser }) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page, { capacity: 1 });

  const guests = await browser.newContext();
  const tickets: string[] = [];
  const waiting = `wait.${unique()}@example.cn`;
  for (const [name, email] of [
    ['钱一', `first.${unique()}@example.cn`],
    ['钱二', waiting],
  ]) {
    const guest = await guests.newPage();
    await guest.goto(`/meetings/${meeting.slug}/register`);
    await guest.getByLabel('姓名').fill(name!);
    await guest.getByLabel('电子邮箱').fill(email!);
    await guest.getByLabel('报名类别').selectOption({ label: '公众' });
    await guest.getByRole('button', { name: '提交报名' }).click();
    await expect(guest).toHaveURL(/\/registrations\/[\w-]{40,}$/);
    tickets.push(new URL(guest.url()).pathname);
  }
  const [firstTicket] = tickets;
  const cancelled = await callAction(
    guests.request,
    firstTicket!,
    'cancelRegistrationAction',
    { accessToken: firstTicket!.split('/').pop()! },
    {
      Origin: 'https://evil.example',
      'X-Forwarded-Host': 'evil.example',
      'X-Forwarded-Proto': 'https',
    },
  );
  expect(cancelled.status).toBe(200);
  await guests.close();

  // The promotion email to the waiting guest: its links start with this server's own origin.
  await page.context().clearCookies();
  await signIn(page, accounts.admin);
  await page.goto('/admin/outbox');
  // Newest first: the top email to the waiting guest is the promotion.
  await page.getByRole('listitem').filter({ hasText: waiting }).first().getByRole('link').click();
  const email = page.getByRole('main');
  await expect(email).toContainText('候补转正');
  await expect(email).toContainText(`http://localhost:${port}/`);
  await expect(email).not.toContainText('evil.example');
});
