import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './test';
import { verifyEvidencePackage, type EvidencePackage } from '../lib/evidence/package';
import { pledgeDocument } from '../lib/pledges/canonical';
import { accounts, demoMeeting, signIn } from './fixtures';

// The server's own file (e2e/server.mjs): the tests tamper with it as someone holding the file would.
const databaseFile = path.resolve('data', 'e2e', 'convene.db');

/** Drops every trigger, runs the statements, puts the triggers back. */
function asAttacker(statements: (sqlite: Database.Database) => void) {
  const sqlite = new Database(databaseFile);
  sqlite.pragma('busy_timeout = 5000');
  const triggers = sqlite.prepare("select name, sql from sqlite_master where type = 'trigger'").all() as {
    name: string;
    sql: string;
  }[];
  try {
    sqlite.transaction(() => {
      for (const t of triggers) sqlite.exec(`drop trigger "${t.name}"`);
      statements(sqlite);
      for (const t of triggers) sqlite.exec(t.sql);
    })();
  } finally {
    sqlite.close();
  }
}

test('the admin audit page shows the chain verified up to the head, and names the event after a deleted row', async ({
  page,
}) => {
  await signIn(page, accounts.admin);
  await page.goto('/admin/audit');
  await expect(page.getByRole('status').filter({ hasText: /^哈希链已校验至第 \d+ 条$/ })).toBeVisible();
  await expect(page.getByText(/^第 \d+ 条 · [0-9a-f]{64}$/)).toBeVisible();
  await page.goto('/en/admin/audit');
  await expect(page.getByRole('status').filter({ hasText: /^Chain verified up to event \d+$/ })).toBeVisible();

  // Delete an early event with the trigger dropped; then put the very same row back.
  let removed: Record<string, unknown> = {};
  asAttacker((sqlite) => {
    removed = sqlite.prepare('select * from audit_events where id = 5').get() as Record<string, unknown>;
    sqlite.prepare('delete from audit_events where id = 5').run();
  });
  try {
    await page.reload();
    await expect(page.getByRole('status')).toHaveText('Chain broken at event 6: verified up to event 4.');
  } finally {
    asAttacker((sqlite) => {
      const columns = Object.keys(removed);
      sqlite
        .prepare(`insert into audit_events (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`)
        .run(removed);
    });
  }
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /^Chain verified up to event \d+$/ })).toBeVisible();
  // This view walked on from the last checkpoint (decision 0030); the whole walk is one link away.
  await expect(page.getByText(/each view since has walked on from where the last one stopped/)).toBeVisible();
  await page.getByRole('link', { name: 'verify the whole chain now' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/audit\?chain=full$/);
  await expect(page.getByText('Walked in full from the first event just now.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Chain verified up to event \d+$/ })).toBeVisible();
});

test('a pledge rewritten in the file (body and stored hash, triggers dropped) shows as broken on /verify', async ({
  page,
}) => {
  const sqlite = new Database(databaseFile, { readonly: true });
  const signature = sqlite
    .prepare(
      "select id, verification_code as code, version_id as versionId, organization_id as organizationId, sha256 from pledge_signatures where kind = 'representative' order by id limit 1",
    )
    .get() as { id: number; code: string; versionId: number; organizationId: number; sha256: string };
  const version = sqlite.prepare('select body, targets from pledge_versions where id = ?').get(signature.versionId) as {
    body: string;
    targets: string;
  };
  const body = version.body;
  const forged = { body: body.replace('文明', '（删去）'), targets: JSON.parse(version.targets) };
  const forgedHash = pledgeDocument(forged, signature.organizationId).hash;
  sqlite.close();

  await page.goto(`/verify/${signature.code}`);
  await expect(page.getByText(/^文件完好/)).toBeVisible();
  await expect(page.getByText(/^第 \d+ 条 · [0-9a-f]{64}$/).first()).toBeVisible();

  // Finding 2 of issue 11: a new body and the stored sha256 rewritten to match it.
  asAttacker((db) => {
    db.prepare('update pledge_versions set body = ? where id = ?').run(forged.body, signature.versionId);
    db.prepare('update pledge_signatures set sha256 = ? where id = ?').run(forgedHash, signature.id);
  });
  try {
    await page.reload();
    await expect(page.getByText('警告：此文件与签署时的内容对不上。')).toBeVisible();
    await expect(page.getByText(/^文本的 SHA-256 与签署时记入哈希链的不一致/)).toBeVisible();
  } finally {
    asAttacker((db) => {
      db.prepare('update pledge_versions set body = ? where id = ?').run(body, signature.versionId);
      db.prepare('update pledge_signatures set sha256 = ? where id = ?').run(signature.sha256, signature.id);
    });
  }
  await page.reload();
  await expect(page.getByText(/^文件完好/)).toBeVisible();
});

test("an organizer downloads the meeting's evidence package, which verifies offline; others are refused", async ({
  page,
  browser,
}) => {
  await signIn(page, accounts.organizer);
  await page.goto(`/organize/meetings/${demoMeeting.id}/registrations`);
  await expect(page.getByText(/^当前哈希链链头：第 \d+ 条 · [0-9a-f]{64}$/)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '证据包（JSON）' }).click(),
  ]);
  const pkg = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as EvidencePackage;
  expect(pkg.meeting.slug).toBe(demoMeeting.slug);
  expect(pkg.attendance.length).toBeGreaterThan(50);
  expect(pkg.results.length).toBeGreaterThan(0);
  expect(pkg.signatures.length).toBeGreaterThan(0);
  expect(pkg.summary['zh-CN']).toContain(`# 证据包：${demoMeeting.title}`);
  expect(pkg.summary.en).toContain(`# Evidence package: ${demoMeeting.title}`);
  expect(verifyEvidencePackage(pkg, pkg.head!.hash)).toMatchObject({ ok: true, problems: [] });
  pkg.attendance[0]!.name += '。';
  expect(verifyEvidencePackage(pkg).ok).toBe(false);

  const url = `/organize/meetings/${demoMeeting.id}/evidence`;
  const visitor = await browser.newPage();
  expect((await visitor.request.get(url)).status()).toBe(401);
  await signIn(visitor, accounts.member);
  expect((await visitor.request.get(url)).status()).toBe(403);
  await visitor.close();
});
