import { expect, test } from './test';
import { callAction } from './actions';
import { otherClient } from './client';
import { accounts, secondServer, signIn, unique } from './fixtures';

test('twenty simultaneous sign-ups with one email create exactly one account, and every answer looks the same', async ({
  page,
}) => {
  // Every answer now renders the sign-in page it redirects to (none is a quick field error): slow on a busy machine.
  test.setTimeout(60_000);
  const email = `race.${unique()}@example.cn`;
  const fields = { name: '赵一鸣', email, password: 'race-password', confirmPassword: 'race-password' };
  // From a client of its own, so the sign-up limit counts these apart from the rest of the suite.
  const elsewhere = await otherClient(6);
  const request = await elsewhere.request();
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => callAction(request, '/sign-up', 'signUp', fields)),
  );
  await elsewhere.close();

  // A taken email answers like a new account (issue 12, finding 6): nothing tells which one was created.
  expect(answers.every((a) => a.status < 500)).toBe(true);
  expect(answers.map((a) => a.redirect)).toEqual(Array(20).fill(expect.stringContaining('/sign-in')));
  // One account: the admin's people search finds it once.
  await signIn(page, accounts.admin);
  await page.goto(`/admin/people?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole('main').getByText(email)).toHaveCount(1);
});

test('twenty simultaneous creations of one organization name leave exactly one', async ({ page }) => {
  const name = `同名竞争测试组织${unique()}`;
  await signIn(page, accounts.admin);
  const answers = await Promise.all(
    Array.from({ length: 20 }, () =>
      callAction(page.request, '/admin/organizations/new', 'createOrganizationAction', { name, kind: 'other' }),
    ),
  );
  expect(answers.filter((a) => a.body.includes('"name":"已经有同名的组织。"'))).toHaveLength(19);
  await page.goto(`/admin/organizations?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('link', { name })).toHaveCount(1);
});

test('organizers reordering one agenda at once, on two app processes, leave one consistent order', async ({ page }) => {
  await signIn(page, accounts.organizer);
  const created = await callAction(page.request, '/organize/meetings/new', 'createMeetingAction', {
    title: `并发排序测试${unique()}`,
    timeZone: 'Asia/Shanghai',
    startsAt: '2031-06-01T09:00',
    endsAt: '2031-06-01T12:00',
  });
  const meetingId = /\/organize\/meetings\/(\d+)\/agenda/.exec(created.redirect ?? '')?.[1];
  expect(meetingId).toBeTruthy();
  const agendaPage = `/organize/meetings/${meetingId}/agenda`;
  for (const title of ['甲', '乙', '丙', '丁']) {
    const added = await callAction(page.request, agendaPage, 'addAgendaItemAction', {
      meetingId: meetingId!,
      kind: 'speech',
      title,
      plannedMinutes: '10',
    });
    expect(added.body).toContain('"ok":true');
  }
  await page.goto(agendaPage);
  const handles = page.getByRole('button', { name: /^调整顺序：/ });
  const ids = await handles.evaluateAll((nodes) =>
    nodes.map((node) => node.closest('li')!.querySelector('input[name=itemId]')!.getAttribute('value')!),
  );
  const titles = () =>
    handles.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')!.replace('调整顺序：', '')));
  expect(await titles()).toEqual(['甲', '乙', '丙', '丁']);

  // Ten different orders, all made on the page as it was after the fourth item (version 4).
  // None may be the current order: that one is a no-op answered "ok" without a new version,
  // so it would count as a second winner whenever it happened to arrive first.
  const rotations = permutations(ids)
    .filter((order) => order.some((id, i) => id !== ids[i]))
    .slice(0, 10);
  const answers = await Promise.all(
    rotations.map((order, n) =>
      callAction(page.request, `${n % 2 ? secondServer : ''}${agendaPage}`, 'reorderAgendaAction', {
        meetingId: meetingId!,
        agendaVersion: '4',
        order: order.join(','),
      }),
    ),
  );
  expect(answers.every((answer) => answer.status < 500)).toBe(true);
  const winners = answers.filter((answer) => answer.body.includes('"ok":true'));
  expect(winners).toHaveLength(1);
  expect(answers.filter((answer) => answer.body.includes('"formError":"议程刚被其他人修改过'))).toHaveLength(9);

  const winningOrder = rotations[answers.indexOf(winners[0]!)]!;
  const titleOf = Object.fromEntries(ids.map((id, i) => [id, ['甲', '乙', '丙', '丁'][i]]));
  await page.reload();
  expect(await titles()).toEqual(winningOrder.map((id) => titleOf[id]));

  // Twenty one-step moves at once, across both processes: still four items, each once.
  await Promise.all(
    Array.from({ length: 20 }, (_, n) =>
      callAction(page.request, `${n % 2 ? secondServer : ''}${agendaPage}`, 'moveAgendaItemAction', {
        itemId: ids[n % ids.length]!,
        direction: n % 3 ? 'up' : 'down',
      }),
    ),
  );
  await page.reload();
  expect((await titles()).sort()).toEqual(['丁', '丙', '乙', '甲']);
});

test("a representative's twenty simultaneous signatures of one pledge, on two app processes, leave one", async ({
  page,
  browser,
}) => {
  const title = `并发签署测试${unique()}`;
  await signIn(page, accounts.organizer);
  const created = await callAction(page.request, '/organize/pledges/new', 'createCampaignAction', {
    title,
    year: '2031',
    signingDue: '2031-12-31',
    body: '为做好社区治理工作，特签订本责任书。',
    targets: '开展邻里议事会 | 每季度1次 | 2031-12-31',
  });
  const campaignId = /"redirectTo":"\/organize\/pledges\/(\d+)"/.exec(created.body)?.[1];
  expect(campaignId, created.body.slice(0, 300)).toBeTruthy();
  await page.goto(`/organize/pledges/${campaignId}`);
  const organizationId = await page.getByRole('checkbox', { name: '新成居民区党总支' }).getAttribute('value');
  const issued = await callAction(page.request, `/organize/pledges/${campaignId}`, 'issueCampaignAction', {
    campaignId: campaignId!,
    organizationIds: organizationId!,
  });
  expect(issued.body).toContain('已下发给 1 个单位。');

  const rep = await browser.newPage();
  await signIn(rep, accounts.representative);
  await rep.goto('/pledges');
  await rep.getByRole('link', { name: title }).click();
  await rep.waitForURL(/\/pledges\/\d+$/);
  const issueId = /\/pledges\/(\d+)$/.exec(rep.url())![1]!;
  const versionId = await rep.locator('input[name="versionId"]').inputValue();
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, n) =>
      callAction(rep.request, `${n % 2 ? secondServer : ''}/pledges/${issueId}`, 'signAction', {
        issueId,
        versionId,
        typedName: '许佳宁',
        confirm: 'on',
      }),
    ),
  );
  expect(answers.every((a) => a.status < 500)).toBe(true);
  expect(answers.filter((a) => a.body.includes('"formError":"该单位已签署这份责任书，不能再次签署。"'))).toHaveLength(
    19,
  );
  // The dashboard counts one signature for the organization.
  await page.goto(`/organize/pledges/${campaignId}`);
  await page.getByRole('link', { name: '新成居民区党总支' }).click();
  await expect(page.getByText('许佳宁', { exact: true })).toHaveCount(1);
  await rep.close();
});

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}
