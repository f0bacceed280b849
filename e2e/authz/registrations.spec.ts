import { expect, test } from '../test';
import { callAction } from '../actions';
import { accounts, demoMeeting, publishedMeeting, signIn } from '../fixtures';

test('a member cannot see the registrations, check anyone in, or read the outbox', async ({ page }) => {
  await signIn(page, accounts.member);
  for (const path of [`/organize/meetings/${demoMeeting.id}/registrations`, `/organize/meetings/${demoMeeting.id}/registration`, `/organize/meetings/${demoMeeting.id}/check-in`, '/admin/outbox']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/forbidden$/);
  }
  const csv = await page.request.get(`/organize/meetings/${demoMeeting.id}/export?list=registrations`);
  expect(csv.status()).toBe(403);
  expect(await csv.text()).not.toContain('新成居民区党总支');

  const checkInPage = `/organize/meetings/${demoMeeting.id}/check-in`;
  const attempts = await Promise.all([
    callAction(page.request, checkInPage, 'checkInAction', { meetingId: String(demoMeeting.id), registrationId: '1' }),
    callAction(page.request, `/organize/meetings/${demoMeeting.id}/registrations`, 'decideRegistrationAction', { registrationId: '1', decision: 'reject', reason: '冒充' }),
    callAction(page.request, `/organize/meetings/${demoMeeting.id}/registrations`, 'inviteAction', { meetingId: String(demoMeeting.id), categoryId: '1', people: '冒名者, fake@example.cn' }),
    callAction(page.request, `/organize/meetings/${demoMeeting.id}/registration`, 'saveSettingsAction', { meetingId: String(demoMeeting.id), mode: 'invitation' }),
    callAction(page.request, `/organize/meetings/${demoMeeting.id}/registration`, 'setOrganizationSeatsAction', { meetingId: String(demoMeeting.id), organizationId: '1', seats: '50' }),
  ]);
  for (const answer of attempts) {
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).toContain('"formError":"您没有权限执行这个操作。"');
  }

  // Nothing changed: the organizer still sees registration 1 unchecked-in or as it was, and no invitation.
  await signIn(page, accounts.organizer);
  await page.goto(`/organize/meetings/${demoMeeting.id}/registrations`);
  await expect(page.getByRole('region', { name: /^已发出的邀请/ })).toHaveCount(0);
});

test('a member registers in two taps and sees only their own registrations; a ticket needs its private link', async ({ page, browser, request }) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);

  const rep = await browser.newPage();
  await signIn(rep, accounts.representative);
  await rep.goto(`/meetings/${meeting.slug}/register`);
  await expect(rep.getByText('报名人：许佳宁（rep@convene.local）')).toBeVisible();
  // Their organization is suggested; choosing a category and submitting is all.
  await expect(rep.getByLabel('所在单位')).toHaveValue(/\d+/);
  await rep.getByLabel('报名类别').selectOption({ label: '成员单位代表' });
  await rep.getByRole('button', { name: '提交报名' }).click();
  await expect(rep.getByText('已确认')).toBeVisible();

  await signIn(page, accounts.member);
  await page.goto(`/meetings/${meeting.slug}/register`);
  await page.getByLabel('报名类别').selectOption({ label: '公众' });
  await page.getByRole('button', { name: '提交报名' }).click();
  await expect(page.getByText('已确认')).toBeVisible();
  await page.goto('/registrations');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
  await rep.goto('/registrations');
  await expect(rep.getByRole('main').getByRole('listitem')).toHaveCount(1);
  await rep.close();

  expect((await request.get('/registrations/not-a-real-token-not-a-real-token-0000')).status()).toBe(404);
});
