import fs from 'node:fs';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { callAction } from './actions';

export const demo = JSON.parse(fs.readFileSync('db/seed/demo-accounts.json', 'utf8')) as {
  password: string;
  accounts: { email: string; name: string; role: string }[];
};

export const accounts = {
  admin: 'admin@convene.local',
  organizer: 'organizer@convene.local',
  representative: 'rep@convene.local',
  member: 'member@convene.local',
};

/** Signs in through the real form, in Chinese, and waits to leave the sign-in page. */
export async function signIn(page: Page, email: string, password = demo.password) {
  await page.goto('/sign-in');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Signs up through the real form and waits for the sign-in page it leads to. */
export async function signUp(page: Page, person: { name: string; email: string; password: string }) {
  await page.goto('/sign-up');
  await page.getByLabel('姓名').fill(person.name);
  await page.getByLabel('电子邮箱').fill(person.email);
  await page.getByLabel('密码', { exact: true }).fill(person.password);
  await page.getByLabel('再次输入密码').fill(person.password);
  await page.getByRole('button', { name: '注册' }).last().click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** The form-level message of the page's main content (not Next's route announcer). */
export function formAlert(page: Page) {
  return page.getByRole('main').getByRole('alert');
}

/** A unique suffix so repeated runs on one database never collide. */
export const unique = () => Date.now().toString(36).slice(-5);

/** A second app process on the same database (playwright.config.ts starts it). */
export const secondServer = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

/** The reference conference the demo data loads, published with five agenda items. */
export const demoMeeting = { id: 1, slug: '2020-civic-conference', title: '2020年南京西路街道党建和精神文明建设大会' };

/**
 * A published meeting (on 1 June 2031 unless another day is given) with one agenda item
 * and the default categories, made through the organizer's own actions (the caller must
 * be signed in as one).
 */
export async function publishedMeeting(page: Page, options: { capacity?: number; title?: string; day?: string } = {}) {
  const slug = `meeting-${unique()}-${Math.floor(Math.random() * 1000)}`;
  const created = await callAction(page.request, '/organize/meetings/new', 'createMeetingAction', {
    title: options.title ?? `社区议事会${slug.slice(-4)}`,
    timeZone: 'Asia/Shanghai',
    startsAt: `${options.day ?? '2031-06-01'}T09:00`,
    endsAt: `${options.day ?? '2031-06-01'}T11:00`,
    capacity: String(options.capacity ?? 50),
    venueName: '南京西路街道社区党群服务中心',
    slug,
  });
  const id = /\/organize\/meetings\/(\d+)\/agenda/.exec(created.redirect ?? '')?.[1];
  if (!id) throw new Error(`meeting not created: ${created.body.slice(0, 300)}`);
  await callAction(page.request, `/organize/meetings/${id}/agenda`, 'addAgendaItemAction', {
    meetingId: id,
    kind: 'speech',
    title: '开幕致辞',
    plannedMinutes: '15',
  });
  const published = await callAction(page.request, `/organize/meetings/${id}`, 'changeMeetingStatusAction', {
    meetingId: id,
    transition: 'publish',
  });
  if (!published.body.includes('"ok":true')) throw new Error('meeting not published');
  return { id: Number(id), slug };
}

/**
 * An award taking nominations from 2020 to 2099, with one category of one winner, made
 * through the organizer's own actions (the caller must be signed in as one). `award` holds
 * the rest of the award form: name, cycleYear, the voting window, publicNominations.
 */
export async function awardWithCategory(request: APIRequestContext, category: string, award: Record<string, string>) {
  const created = await callAction(request, '/organize/awards/new', 'createAwardAction', {
    nominationsOpenAt: '2020-01-01T09:00',
    nominationsCloseAt: '2099-01-01T09:00',
    ...award,
  });
  const awardId = /"redirectTo":"\/organize\/awards\/(\d+)"/.exec(created.body)?.[1];
  if (!awardId) throw new Error(`award not created: ${created.body.slice(0, 300)}`);
  const manage = `/organize/awards/${awardId}`;
  await callAction(request, manage, 'addCategoryAction', { awardId, name: category, winners: '1' });
  return { awardId, manage };
}

/** A guest fills the public registration form (in Chinese) and submits it; what follows is the caller's to check. */
export async function submitGuestRegistration(
  page: Page,
  slug: string,
  guest: { name: string; phone?: string; email?: string; category?: string },
) {
  await page.goto(`/meetings/${slug}/register`);
  await page.getByLabel('姓名').fill(guest.name);
  if (guest.phone) await page.getByLabel('手机号').fill(guest.phone);
  if (guest.email) await page.getByLabel('电子邮箱').fill(guest.email);
  await page.getByLabel('报名类别').selectOption({ label: guest.category ?? '公众' });
  await page.getByRole('button', { name: '提交报名' }).click();
}

/** A guest registers through the public form (in Chinese) and lands on their ticket. */
export async function registerAsGuest(
  page: Page,
  slug: string,
  guest: { name: string; phone?: string; email?: string; category?: string },
) {
  await submitGuestRegistration(page, slug, guest);
  await expect(page).toHaveURL(/\/registrations\/[\w-]+$/);
}
