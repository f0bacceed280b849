import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '../test';
import { callAction } from '../actions';
import { accounts, signIn, unique } from '../fixtures';

// The server's own file (e2e/server.mjs), read as whoever audits a signature would.
const databaseFile = path.resolve('data', 'e2e', 'convene.db');
const read = <T>(query: (sqlite: Database.Database) => T): T => {
  const sqlite = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return query(sqlite);
  } finally {
    sqlite.close();
  }
};

/**
 * Issue 12, finding 1 (decision 0019): the address stored with a pledge signature was
 * X-Forwarded-For as the client sent it. Over plain HTTP with no trusted proxy, it is the
 * socket's peer whatever forwarding headers say.
 */
test('a signature stores the socket address, not a forged X-Forwarded-For', async ({ page, browser }) => {
  await signIn(page, accounts.organizer);
  const created = await callAction(page.request, '/organize/pledges/new', 'createCampaignAction', {
    title: `地址核验责任书${unique()}`,
    year: '2031',
    body: '我们承诺：共建文明社区。',
    signingDue: '2031-12-31',
    targets: '志愿服务 | 每季度一次 | 2031-12-31',
  });
  const campaignId = /\/organize\/pledges\/(\d+)/.exec(created.redirect ?? created.body)?.[1];
  expect(campaignId, created.body.slice(0, 300)).toBeTruthy();
  // The demo representative's organization, as the database has it.
  const organizationId = read(
    (sqlite) =>
      sqlite
        .prepare(
          `select m.organization_id from memberships m join users u on u.id = m.user_id
           where u.email = ? and m.is_representative = 1`,
        )
        .pluck()
        .get(accounts.representative) as number,
  );
  const issued = await callAction(page.request, `/organize/pledges/${campaignId}`, 'issueCampaignAction', {
    campaignId: campaignId!,
    organizationIds: String(organizationId),
  });
  expect(issued.body, issued.body.slice(0, 300)).toContain('"ok":true');
  const { issueId, versionId } = read(
    (sqlite) =>
      sqlite
        .prepare(
          `select i.id as issueId, v.id as versionId from pledge_issues i join pledge_versions v on v.campaign_id = i.campaign_id
           where i.campaign_id = ? and i.organization_id = ?`,
        )
        .get(Number(campaignId), organizationId) as { issueId: number; versionId: number },
  );

  const phone = await browser.newContext();
  const rep = await phone.newPage();
  await signIn(rep, accounts.representative);
  const name = read(
    (sqlite) => sqlite.prepare('select name from users where email = ?').pluck().get(accounts.representative) as string,
  );
  const forged = '203.0.113.66';
  const signed = await callAction(
    rep.request,
    `/pledges/${issueId}`,
    'signAction',
    { issueId: String(issueId), versionId: String(versionId), typedName: name, confirm: 'on' },
    { 'X-Forwarded-For': forged, 'X-Real-IP': forged, Forwarded: `for=${forged}` },
  );
  expect(signed.status).toBe(200);
  await phone.close();

  const stored = read(
    (sqlite) =>
      sqlite.prepare("select ip from pledge_signatures where issue_id = ? and kind = 'representative'").get(issueId) as
        { ip: string | null } | undefined,
  );
  expect(stored, signed.body.slice(0, 300)).toBeDefined();
  // The test client connects over loopback: that is the peer the server saw.
  expect(stored!.ip).toMatch(/^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/);
  expect(stored!.ip).not.toContain(forged);
});
