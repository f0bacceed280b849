import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { accounts, demoMeeting, publishedMeeting, registerAsGuest, signIn } from './fixtures';

// Issue 17, item 15: axe-core finds nothing on the main pages, in Chinese and in English.

async function expectNoViolations(page: Page, paths: string[]) {
  const found: string[] = [];
  for (const path of paths) {
    for (const address of [path, `/en${path === '/' ? '' : path}`]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBeLessThan(400);
      // The zone note and other client-side parts fill in after hydration.
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      for (const violation of violations) {
        found.push(
          `${address}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      }
    }
  }
  expect(found).toEqual([]);
}

test.describe.configure({ timeout: 180_000 });

test('public pages: home, meeting, register, ticket, sign-in, awards', async ({ browser }) => {
  const organizer = await browser.newPage();
  await signIn(organizer, accounts.organizer);
  const meeting = await publishedMeeting(organizer);
  await organizer.close();
  // A guest registers in a timezone other than the meeting's, so the "in your time zone" line shows too.
  const abroad = await browser.newContext({ timezoneId: 'Europe/Berlin' });
  const guest = await abroad.newPage();
  await registerAsGuest(guest, meeting.slug, { name: '魏子轩', phone: '13922240001' });
  const ticket = new URL(guest.url()).pathname;
  await expectNoViolations(guest, [
    '/',
    `/meetings/${demoMeeting.slug}`,
    `/meetings/${meeting.slug}`,
    `/meetings/${meeting.slug}/register`,
    ticket,
    '/sign-in',
    '/awards',
    '/awards/1',
  ]);
  await abroad.close();
});

test('organizer pages, the door, and the pledge dashboard', async ({ page }) => {
  await signIn(page, accounts.organizer);
  const base = `/organize/meetings/${demoMeeting.id}`;
  await expectNoViolations(page, [
    '/organize',
    base,
    `${base}/agenda`,
    `${base}/registration`,
    `${base}/registrations`,
    `${base}/check-in`,
    `${base}/control`,
    '/organize/pledges',
    '/organize/pledges/1',
  ]);
});

test("admin pages and a committee member's ballot", async ({ page }) => {
  await signIn(page, accounts.admin);
  await expectNoViolations(page, [
    '/admin/people',
    '/admin/organizations',
    '/admin/audit',
    '/admin/outbox',
    '/awards/1/rounds/1',
  ]);
});

test('the pledge a representative signs', async ({ page }) => {
  await signIn(page, accounts.representative);
  await page.goto('/pledges');
  const pledge = new URL(
    await page
      .getByRole('main')
      .getByRole('link')
      .first()
      .evaluate((a) => (a as HTMLAnchorElement).href),
  ).pathname;
  await expectNoViolations(page, ['/pledges', pledge, '/registrations']);
});
