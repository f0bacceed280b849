import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { accounts, registerAsGuest, signIn } from './fixtures';

/** The ticket number on a guest's ticket page (`ABCD-EFGH`), as the label of its QR code ends. */
export async function ticketCodeOn(page: Page) {
  return (await page.getByRole('img', { name: /入场二维码/ }).getAttribute('aria-label'))!.slice(-9);
}

/** A guest registers through the public form (in Chinese); the ticket number on their ticket. */
export async function registerForTicket(page: Page, slug: string, guest: Parameters<typeof registerAsGuest>[2]) {
  await registerAsGuest(page, slug, guest);
  return ticketCodeOn(page);
}

/**
 * A door station: a fresh browser the size of a phone (unless `context` says otherwise),
 * signed in as the organizer, on the meeting's check-in page. `prepare` runs on the page
 * before it loads anything, for init scripts that stand in for the phone's hardware.
 */
export async function openDoorStation(
  browser: Browser,
  meetingId: number,
  options: { context?: BrowserContextOptions; prepare?: (station: Page) => Promise<unknown> } = {},
) {
  const door = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options.context });
  const station = await door.newPage();
  await options.prepare?.(station);
  await signIn(station, accounts.organizer);
  await station.goto(`/organize/meetings/${meetingId}/check-in`);
  return { door, station };
}

/** Types a ticket number into the door's field and presses 签到. */
export async function checkInByCode(station: Page, code: string) {
  await station.getByLabel('票号', { exact: true }).fill(code);
  await station.getByRole('button', { name: '签到', exact: true }).click();
}
