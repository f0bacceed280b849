import http from 'node:http';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../test';
import { actionId, callAction } from '../actions';
import { accounts, publishedMeeting, signIn, unique } from '../fixtures';

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * Issue 12, finding 1: a guest who cancels with a forged X-Forwarded-Host (and a
 * matching Origin, which Next's own check compares it with) once made the promotion
 * email of the next person on the waiting list link to the forger's host, with that
 * person's private ticket token in the address.
 */
test('emails link to the configured origin whatever host the request names', async ({ page, browser }) => {
  const { firstTicket, waiting } = await oneSeatTwoGuests(page, browser);
  const guests = await browser.newContext();
  const cancelled = await callAction(
    guests.request,
    firstTicket,
    'cancelRegistrationAction',
    { accessToken: firstTicket.split('/').pop()! },
    {
      Origin: 'https://evil.example',
      'X-Forwarded-Host': 'evil.example',
      'X-Forwarded-Proto': 'https',
    },
  );
  expect(cancelled.status).toBe(200);
  await guests.close();

  await expectPromotionLinksHere(page, waiting);
});

/** The promotion email to the waiting guest, read by an admin: its links start with this server's own origin. */
async function expectPromotionLinksHere(page: Page, waiting: string) {
  await page.context().clearCookies();
  await signIn(page, accounts.admin);
  await page.goto('/admin/outbox');
  // Newest first: the top email to the waiting guest is the promotion.
  await page.getByRole('listitem').filter({ hasText: waiting }).first().getByRole('link').click();
  const email = page.getByRole('main');
  await expect(email).toContainText('候补转正');
  await expect(email).toContainText(`http://localhost:${port}/`);
  await expect(email).not.toContainText('evil.example');
}

/** Two guests register for one seat; the second waits. Returns the first one's ticket path and the waiting address. */
async function oneSeatTwoGuests(page: Page, browser: Browser) {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page, { capacity: 1 });
  const guests = await browser.newContext();
  const tickets: string[] = [];
  const waiting = `wait.${unique()}@example.cn`;
  for (const [name, email] of [
    ['孙一', `first.${unique()}@example.cn`],
    ['孙二', waiting],
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
  await guests.close();
  return { firstTicket: tickets[0]!, waiting };
}

/** A server action posted over a raw socket, so that the Host header itself is the forger's. */
async function rawAction(
  pathname: string,
  name: string,
  fields: Record<string, string>,
  headers: Record<string, string>,
) {
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) multipart.append(`_1_${key}`, value);
  multipart.append('0', JSON.stringify([{}, '$K1']));
  const encoded = new Response(multipart);
  const body = Buffer.from(await encoded.arrayBuffer());
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: 'POST',
        headers: {
          ...headers,
          'Content-Type': encoded.headers.get('content-type')!,
          'Content-Length': String(body.length),
          'Next-Action': actionId(name),
          Accept: 'text/x-component',
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body: Buffer.concat(chunks).toString() }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

test('a raw Host header naming another host does not reach the links in emails either', async ({ page, browser }) => {
  const { firstTicket, waiting } = await oneSeatTwoGuests(page, browser);
  // Host and Origin agree, so Next's own origin check lets the action run: only our links can differ.
  const cancelled = await rawAction(
    firstTicket,
    'cancelRegistrationAction',
    { accessToken: firstTicket.split('/').pop()! },
    { Host: 'evil.example', Origin: 'http://evil.example' },
  );
  expect(cancelled.status, cancelled.body.slice(0, 300)).toBe(200);

  await expectPromotionLinksHere(page, waiting);
});
