import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../test';
import { accounts, publishedMeeting, signIn, unique } from '../fixtures';

// The server's own file (e2e/server.mjs), read as someone who copied it and its WAL would.
const databaseFile = path.resolve('data', 'e2e', 'convene.db');

function fileBytes(): Buffer {
  const wal = `${databaseFile}-wal`;
  return Buffer.concat([fs.readFileSync(databaseFile), fs.existsSync(wal) ? fs.readFileSync(wal) : Buffer.alloc(0)]);
}

/**
 * Issue 12, finding 9 (decision 0018): a guest's registration link opened their page from
 * a copy of the database, where its token rested in clear. Now the token is kept only as
 * a hash and a seal, through the whole journey: registering, opening the ticket, and
 * cancelling from the page (whose revalidation once stored the path, token and all, as a
 * cache tag in the database).
 */
test("a guest's registration link is nowhere in the database file, and still opens their page", async ({
  page,
  browser,
}) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);

  const guests = await browser.newContext();
  const guest = await guests.newPage();
  await guest.goto(`/meetings/${meeting.slug}/register`);
  await guest.getByLabel('姓名').fill('孙悦');
  await guest.getByLabel('电子邮箱').fill(`links.${unique()}@example.cn`);
  await guest.getByLabel('报名类别').selectOption({ label: '公众' });
  await guest.getByRole('button', { name: '提交报名' }).click();
  await expect(guest).toHaveURL(/\/registrations\/[\w-]{40,}$/);
  const token = new URL(guest.url()).pathname.split('/').pop()!;
  await expect(guest.getByText('孙悦')).toBeVisible();

  await guest.goto(`/registrations/${token}?cancel=1`);
  await guest.getByRole('button', { name: '是的，取消我的报名' }).click();
  await expect(guest.getByText('报名已取消。')).toBeVisible();
  await guest.reload();
  await expect(guest.getByText('这条报名已取消。')).toBeVisible();

  const bytes = fileBytes();
  expect(bytes.includes(token), 'the token in the database file or its WAL').toBe(false);
  expect(bytes.includes(Buffer.from(token, 'base64url')), 'the token as raw bytes').toBe(false);
  await guests.close();
});
