import { expect, test } from '../test';
import { callAction } from '../actions';
import { accounts, demoMeeting, publishedMeeting, signIn } from '../fixtures';

test('a member cannot see the registrations, check anyone in, or read the outbox', async ({ page }) => {
  await signIn(page, accounts.member);
  for (const path of [
    `/organize/meetings/${demoMeeting.id}/registrations`,
    `/organize/meetings/${demoMeeting.id}/registration`,
    `/organize/meetings/${demoMeeting.id}/check-in`,
    '/admin/outbox',
  ]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/forbidden$/);
  }
  const csv = await page.request.get(`/organize/meetings/${demoMeeting.id}/export?list=registrations`);
  expect(csv.status()).toBe(403);
  expect(await csv.text()).not.toContain('新成居民区党总支');

  const checkInPage = `/organize/meetings/${demoMeeting.id}/check-in`;
  const attempts = await Promise.all([
    callAction(page.request, checkInPage, 'checkInAction', { meetingId: String(demoMeeting.id), registrationId: '1' }),
    callAction(page.request, `/organize/meetings/${demoMeeting.id}/registrations`, 'decideRegistrationAction', {
      registrationId: '1',
      decision: 'reject',
      reason: '冒充',
    }),
    callAction(page.request, `/organize/meetings/${demoMeeting.id}/registrations`, 'inviteAction', {
      meetingId: String(demoMeeting.id),
      categoryId: '1',
      people: '冒名者, fake@example.cn',
    }),
    callAction(page.request, `/organize/meetings/${demoMeeting.id}/registration`, 'saveSettingsAction', {
      meetingId: String(demoMeeting.id),
      mode: 'invitation',
    }),
    callAction(page.request, `/organize/meetings/${demoMeeting.id}/registration`, 'setOrganizationSeatsAction', {
      meetingId: String(demoMeeting.id),
      organizationId: '1',
      seats: '50',
    }),
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

test('a member registers in two taps and sees only their own registrations; a ticket needs its private link', async ({
  page,
  browser,
  request,
}) => {
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

test('seats held for an organization go only to its members: a guest posting its id is refused (issue 12, finding 3)', async ({
  page,
  browser,
}) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page, { capacity: 1 });
  // The only seat is held for 新成 (the demo representative's organization).
  await page.goto(`/organize/meetings/${meeting.id}/registration`);
  const seatsForm = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: '设置', exact: true }) })
    .filter({ has: page.getByLabel('单位', { exact: true }) });
  const xincheng = (await seatsForm
    .getByLabel('单位', { exact: true })
    .locator('option', { hasText: '新成居民区党总支' })
    .getAttribute('value'))!;
  const held = await callAction(
    page.request,
    `/organize/meetings/${meeting.id}/registration`,
    'setOrganizationSeatsAction',
    { meetingId: String(meeting.id), organizationId: xincheng, seats: '1' },
  );
  expect(held.body).toContain('"ok":true');

  const guest = await browser.newPage();
  await guest.goto(`/meetings/${meeting.slug}/register`);
  // The form offers a guest no organization to pick.
  await expect(guest.getByLabel('所在单位', { exact: true })).toHaveCount(0);
  const categoryId = (await guest.getByLabel('报名类别').locator('option', { hasText: '公众' }).getAttribute('value'))!;
  // Posting the organization by hand is refused beside the field, and no seat is taken.
  const forged = await callAction(guest.request, `/meetings/${meeting.slug}/register`, 'registerAction', {
    meetingId: String(meeting.id),
    categoryId,
    name: '冒名者',
    phone: '13900000000',
    organizationId: xincheng,
  });
  expect(forged.status).toBeLessThan(500);
  expect(forged.body).toContain('只有该组织的成员才能以该组织名义报名');
  expect(forged.body).not.toContain('"ok":true');
  // A made-up organization id is a field message too, not "unexpected error".
  const madeUp = await callAction(guest.request, `/meetings/${meeting.slug}/register`, 'registerAction', {
    meetingId: String(meeting.id),
    categoryId,
    name: '冒名者',
    phone: '13900000000',
    organizationId: '987654',
  });
  expect(madeUp.body).toContain('"fieldErrors":{"organizationId"');
  await guest.close();

  // The member of 新成 still gets the held seat.
  const rep = await browser.newPage();
  await signIn(rep, accounts.representative);
  await rep.goto(`/meetings/${meeting.slug}/register`);
  await rep.getByLabel('报名类别').selectOption({ label: '公众' });
  await rep.getByRole('button', { name: '提交报名' }).click();
  await expect(rep.getByText('已确认')).toBeVisible();
  await rep.close();
});
