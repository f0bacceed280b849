import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { request as newRequest } from '@playwright/test';
import { expect, test } from './test';
import { callAction } from './actions';
import { accounts, publishedMeeting, signIn } from './fixtures';
import { e2eRateLimitsEnv } from './limits.mjs';

// Its own production server, beside the two the config starts (E2E_PORT and +1).
const port = Number(process.env.E2E_PORT ?? 3100) + 2;
const origin = `http://localhost:${port}`;

/** The production server (`npm start`'s scripts/serve.mjs) in a process group of its own, so SIGKILL reaches whatever it runs. */
function startServer(databaseFile: string): ChildProcess {
  // The burst comes from one client: the e2e server's rate limits, not the defaults (docs/decisions/0018).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_FILE: databaseFile,
    SEED_DEMO: '1',
    PORT: String(port),
    RATE_LIMITS: e2eRateLimitsEnv,
  };
  // Generated and kept beside the database, as on a fresh machine (its mode is checked below).
  delete env.NEXTAUTH_SECRET;
  return spawn(process.execPath, ['scripts/serve.mjs'], { env, detached: true, stdio: 'ignore' });
}

/** Waits for *this* server to answer (one left on the port by an earlier run would answer too). */
async function healthy(server: ChildProcess): Promise<Record<string, unknown>> {
  for (
    const started = Date.now();
    Date.now() - started < 30_000;
    await new Promise((resolve) => setTimeout(resolve, 200))
  ) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}); is port ${port} taken?`);
    const answer = await fetch(`${origin}/api/health`).then(
      (r) => (r.ok ? r.json() : null),
      () => null,
    );
    if (answer) return answer;
  }
  throw new Error(`the server on ${origin} did not come up`);
}

async function stop(server: ChildProcess, signal: NodeJS.Signals) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-server.pid!, signal);
  const late = setTimeout(() => process.kill(-server.pid!, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(late);
}

/** A command-line script on the crash server's database, as an operator would run it. */
function script(file: string, args: string[], databaseFile: string) {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', file, ...args], {
    env: { ...process.env, DATABASE_FILE: databaseFile },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** `npm run audit:verify` on the file after the crash: the chain (and what it anchors) still checks. */
function auditChainVerifies(databaseFile: string): boolean {
  const run = spawnSync('npm', ['run', '-s', 'audit:verify'], {
    env: { ...process.env, DATABASE_FILE: databaseFile },
    encoding: 'utf8',
  });
  // A missing script fails here too: npm exits non-zero with "Missing script".
  if (run.status !== 0) console.error(run.stdout, run.stderr);
  return run.status === 0;
}

test('a registration burst cut by kill -9: every confirmed registration is there exactly once, the file is intact', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-crash-'));
  const databaseFile = path.join(folder, 'data', 'convene.db');
  let server = startServer(databaseFile);
  const step = (what: string) => console.log(`[crash-safety] ${new Date().toISOString().slice(11, 23)} ${what}`);
  try {
    const health = await healthy(server);
    step('server up');
    expect(health).toMatchObject({
      status: 'ok',
      schemaVersion: expect.stringMatching(/^\d{4}_\w+$/),
      lastBackupAt: null,
    });

    // Everything the server made is its owner's alone.
    const mode = (file: string) => fs.statSync(file).mode & 0o777;
    for (const file of [
      databaseFile,
      `${databaseFile}-wal`,
      `${databaseFile}-shm`,
      path.join(folder, 'data', '.nextauth-secret'),
    ]) {
      expect(mode(file), file).toBe(0o600);
    }
    expect(mode(path.join(folder, 'data'))).toBe(0o700);

    // A backup taken from the command line while the server runs; a restore is refused.
    const backup = path.join(folder, 'backup-before-burst');
    const backedUp = script('db/backup-cli.ts', [backup], databaseFile);
    expect(backedUp.output).toContain('Backup written');
    const restore = script('db/restore-cli.ts', [backup], databaseFile);
    expect(restore.status, restore.output).toBe(1);
    expect(restore.output).toContain('is open in another process');
    expect(await healthy(server)).toMatchObject({ lastBackupAt: expect.any(String) });

    step('cli backup and restore done');
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    await signIn(page, accounts.organizer);
    const meeting = await publishedMeeting(page, { capacity: 2000 });
    const form = await page.request.get(`/meetings/${meeting.slug}/register`).then((r) => r.text());
    const categoryId = /<option value="(\d+)">公众<\/option>/.exec(form)![1]!;
    await context.close();

    step('meeting ready');
    // Eight guests at a time, each lane one registration after another, until the kill.
    const guests = await newRequest.newContext({ baseURL: origin });
    const confirmed: { phone: string; token: string }[] = [];
    let sent = 0;
    let killed: Promise<void> | null = null;
    const refused: string[] = [];
    const lane = async () => {
      // Bounded, so a burst that never succeeds fails the test instead of running forever.
      while (!killed && sent < 600) {
        const phone = `139${String(10_000_000 + sent++)}`;
        const answer = await callAction(guests, `/meetings/${meeting.slug}/register`, 'registerAction', {
          meetingId: String(meeting.id),
          categoryId,
          name: `压力测试${String.fromCharCode(0x4e00 + (sent % 2000))}`,
          phone,
        }).catch(() => null);
        const token = answer && /"redirectTo":"\/registrations\/([\w-]+)"/.exec(answer.body)?.[1];
        if (token) confirmed.push({ phone, token });
        else if (answer) refused.push(`${answer.status} ${answer.body.slice(0, 200)}`);
        // Midway: with registrations still in flight on the other lanes.
        if (confirmed.length >= 60 && !killed) killed = stop(server, 'SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 8 }, lane));
    expect(refused, 'registrations refused before the kill').toEqual([]);
    expect(killed, 'the server was killed midway').not.toBeNull();
    await killed;
    await guests.dispose();
    expect(sent - confirmed.length, 'some registrations were cut off by the kill').toBeGreaterThan(0);

    step(`killed after ${sent} registrations sent, ${confirmed.length} confirmed`);
    server = startServer(databaseFile);
    await healthy(server);
    // The restarted server has every ticket it confirmed.
    const tickets = await newRequest.newContext({ baseURL: origin });
    for (const { token } of confirmed.slice(-10))
      expect((await tickets.get(`/registrations/${token}`)).status()).toBe(200);
    await tickets.dispose();
    await stop(server, 'SIGTERM');

    const sqlite = new Database(databaseFile, { readonly: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const byToken = sqlite.prepare('select phone from registrations where meeting_id = ? and access_token_hash = ?');
      for (const { phone, token } of confirmed)
        expect(byToken.all(meeting.id, crypto.createHash('sha256').update(token).digest('hex'))).toEqual([{ phone }]);
      const twice = sqlite
        .prepare('select phone, count(*) as n from registrations where meeting_id = ? group by phone having n > 1')
        .all(meeting.id);
      expect(twice).toEqual([]);
    } finally {
      sqlite.close();
    }
    expect(auditChainVerifies(databaseFile)).toBe(true);
  } finally {
    await stop(server, 'SIGKILL');
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
