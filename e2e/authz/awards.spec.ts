import { expect, test } from '../test';
import { callAction } from '../actions';
import { accounts, awardWithCategory, secondServer, signIn, unique } from '../fixtures';

test('a non-member cannot vote, see ballots or manage the award; nobody sees results before close', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, accounts.organizer);
  // In its 2019 cycle, with the voting window open now.
  const { awardId, manage } = await awardWithCategory(page.request, '福民奖', {
    name: `福民奖${unique()}`,
    cycleYear: '2019',
    votingOpensAt: '2020-01-01T09:00',
    votingClosesAt: '2099-01-01T09:00',
  });
  await page.goto(manage);
  const categoryId = await page.getByLabel('类别', { exact: true }).locator('option').nth(1).getAttribute('value');
  for (const [email, role] of [
    [accounts.admin, 'chair'],
    [accounts.member, 'member'],
  ] as const) {
    const answer = await callAction(page.request, manage, 'appointAction', {
      awardId,
      userId: (await page.getByLabel('人员').locator('option', { hasText: email }).getAttribute('value')) as string,
      role,
    });
    expect(answer.body).toContain('"ok":true');
  }
  for (const nomineeNames of ['韦秋华', '中国银行静安支行党支部']) {
    await callAction(page.request, `/awards/${awardId}/nominate`, 'submitNominationAction', {
      categoryId: categoryId!,
      kind: 'individual',
      nomineeNames,
      citation: '为民服务。',
    });
  }
  await page.reload();
  const ids = await page
    .locator('input[name="nominationId"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  for (const nominationId of ids)
    await callAction(page.request, manage, 'screenNominationAction', { nominationId, status: 'eligible' });
  await callAction(page.request, manage, 'createRoundAction', {
    awardId,
    categoryId: categoryId!,
    name: '第一轮',
    method: 'approval',
    maxChoices: '1',
    secret: 'on',
    quorumNumerator: '2',
    quorumDenominator: '3',
    thresholdNumerator: '1',
    thresholdDenominator: '2',
    tieRule: 'runoff',
  });
  await page.reload();
  const roundId = await page.locator('input[name="roundId"]').first().getAttribute('value');
  await callAction(page.request, manage, 'changeRoundStatusAction', { roundId: roundId!, transition: 'open' });
  const ballotPage = `/awards/${awardId}/rounds/${roundId}`;

  // The representative is not on this committee.
  const outsider = await browser.newPage();
  await signIn(outsider, accounts.representative);
  for (const path of [ballotPage, manage, `${manage}/rounds/${roundId}`]) {
    await outsider.goto(path);
    await expect(outsider, path).toHaveURL(/\/forbidden$/);
  }
  const attempts = await Promise.all([
    callAction(outsider.request, ballotPage, 'castBallotAction', { roundId: roundId!, choice: ids[0]! }),
    callAction(outsider.request, ballotPage, 'declareConflictAction', { roundId: roundId!, nominationId: ids[0]! }),
    callAction(outsider.request, manage, 'changeRoundStatusAction', { roundId: roundId!, transition: 'close' }),
    callAction(outsider.request, manage, 'screenNominationAction', { nominationId: ids[0]!, status: 'withdrawn' }),
  ]);
  expect(attempts[0]!.body).toContain('只有该奖项评审委员会成员可以进行此操作。');
  expect(attempts[1]!.body).toContain('只有该奖项评审委员会成员可以进行此操作。');
  for (const answer of attempts.slice(2)) expect(answer.body).toContain('"formError":"您没有权限执行这个操作。"');
  for (const answer of attempts) expect(answer.status).toBeLessThan(500);

  // A committee member votes; a forged id, too many choices and a second ballot are refused.
  const member = await browser.newPage();
  await signIn(member, accounts.member);
  const forged = await callAction(member.request, ballotPage, 'castBallotAction', {
    roundId: roundId!,
    choice: '999999',
  });
  expect(forged.body).toContain('该提名不在本轮选票上。');
  // Twenty submissions at once (a double tap, a flaky network), on both app processes: one ballot counts.
  const burst = await Promise.all(
    Array.from({ length: 20 }, (_, n) =>
      callAction(member.request, `${n % 2 ? secondServer : ''}${ballotPage}`, 'castBallotAction', {
        roundId: roundId!,
        choice: ids[0]!,
      }),
    ),
  );
  expect(burst.every((answer) => answer.status < 500)).toBe(true);
  // (A successful answer re-renders the page, whose messages include every refusal's text: match the field.)
  const refused = burst.filter((answer) => answer.body.includes('"formError":"您已在本轮投票；本轮不允许修改选票。"'));
  expect(refused).toHaveLength(19);
  expect(burst.filter((answer) => !refused.includes(answer) && answer.body.includes('您的选票已记录。'))).toHaveLength(
    1,
  );
  const again = await callAction(member.request, ballotPage, 'castBallotAction', {
    roundId: roundId!,
    choice: ids[1]!,
  });
  expect(again.body).toContain('您已在本轮投票；本轮不允许修改选票。');

  // Before close nobody sees results: not the organizer, not the chair, not the public page.
  await page.goto(`${manage}/rounds/${roundId}`);
  await expect(page.getByText('本轮结束前不公开结果。')).toBeVisible();
  const chair = await browser.newPage();
  await signIn(chair, accounts.admin);
  await chair.goto(ballotPage);
  await expect(chair.getByRole('region', { name: '结果' })).toHaveCount(0);
  // Publishing an open round is refused.
  const early = await callAction(chair.request, manage, 'changeRoundStatusAction', {
    roundId: roundId!,
    transition: 'publish',
  });
  expect(early.body).toContain('本轮目前无法进行此操作。');
  await outsider.goto(`/awards/${awardId}`);
  await expect(outsider.getByText('尚未公布获奖者。')).toBeVisible();
  // After close the committee sees results; the representative still does not.
  await callAction(page.request, manage, 'changeRoundStatusAction', { roundId: roundId!, transition: 'close' });
  await chair.goto(ballotPage);
  await expect(chair.getByRole('region', { name: '结果' })).toBeVisible();
  await outsider.goto(`/awards/${awardId}`);
  await expect(outsider.getByText('尚未公布获奖者。')).toBeVisible();
});
