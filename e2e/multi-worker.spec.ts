import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './test';
import { actionId } from './actions';
import { accounts, publishedMeeting, signIn } from './fixtures';
import { e2eRateLimitsEnv } from './limits.mjs';
import { startSmtpInbox } from '../test/smtp';

// `npm start`'s server with two workers behind one port, on one database file, as in
// production (docs/decisions/0022). Its own port, beside the config's two and the crash test's.
const port = Number(process.env.E2E_PORT ?? 3100) + 3;
const origin = `http://localhost:${port}`;

type Answer = { status: number; worker: string; body: string };

/** One request on a new connection: node:cluster hands each new connection to the next worker. */
function send(
  pathname: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${origin}${pathname}`,
      { method: init.method ?? 'GET', headers: init.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            worker: String(response.headers['x-convene-worker'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}

/** A GET, sent on new connections until worker `worker` answers it. */
async function on(worker: string, pathname: string): Promise<Answer> {
  for (let i = 0; i < 40; i++) {
    const answer = await send(pathname);
    if (answer.worker === worker) return answer;
  }
  throw new Error(`worker ${worker} never answered`);
}

/** A POST must run once, so it goes out on a connection only when the previous one was the other worker's. */
async function sendNext(worker: string, pathname: string, init: Parameters<typeof send>[1]): Promise<Answer> {
  // Round robin: after worker A's connection, the next new one is B's. Probe until the
  // last probe was the other worker, then send the POST itself and check who took it.
  for (let i = 0; i < 40; i++) {
    const probe = await send('/api/health');
    if (probe.worker !== worker) {
      const answer = await send(pathname, init);
      if (answer.worker === worker) return answer;
      throw new Error(`the POST went to worker ${answer.worker}, not ${worker}`);
    }
  }
  throw new Error(`could not reach worker ${worker}`);
}

const boundary = '----convene-multi-worker';
function registration(fields: Record<string, string>) {
  const parts = Object.entries(fields).map(
    ([key, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="_1_${key}"\r\n\r\n${value}\r\n`,
  );
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n--${boundary}--\r\n`);
  return {
    method: 'POST',
    headers: {
      'Next-Action': actionId('registerAction'),
      Accept: 'text/x-component',
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
    },
    body: parts.join(''),
  };
}

test('two workers on one port and one file: what one writes the other serves at once; sweeps run once per slot; each email leaves once', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-workers-'));
  const databaseFile = path.join(folder, 'convene.db');

  // A real SMTP server on loopback, counting every message that reaches it.
  const inbox = await startSmtpInbox();

  let server: ChildProcess | null = null;
  try {
    server = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: {
        ...process.env,
        WEB_CONCURRENCY: '2',
        PORT: String(port),
        DATABASE_FILE: databaseFile,
        SEED_DEMO: '1',
        RATE_LIMITS: e2eRateLimitsEnv,
        SMTP_URL: inbox.url,
        // A slot a second instead of a minute, so that several pass during the test.
        SWEEP_INTERVAL_SECONDS: '1',
      },
      detached: true,
      stdio: 'ignore',
    });
    const workersSeen = new Set<string>();
    for (let i = 0; workersSeen.size < 2; i++) {
      if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}); is port ${port} taken?`);
      if (i > 300) throw new Error('two workers never answered');
      const answer = await send('/api/health').catch(() => null);
      if (answer?.status === 200) workersSeen.add(answer.worker);
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect([...workersSeen].sort()).toEqual(['1', '2']);

    // An organizer signs in (on whichever worker) and publishes a meeting: the session
    // secret and the schema are the same for both workers.
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    await signIn(page, accounts.organizer);
    const meeting = await publishedMeeting(page, { capacity: 2 });
    const form = await page.request.get(`/meetings/${meeting.slug}/register`).then((r) => r.text());
    const categoryId = /<option value="(\d+)">公众<\/option>/.exec(form)![1]!;
    await context.close();

    // Worker 2 shows the seats first (its page cache, if it kept this page, would now be
    // stale), then a guest registers on worker 1, and worker 2 at once counts the seat taken
    // and serves the ticket.
    const seatsLine = async (worker: string) =>
      /data-testid="seats-line"[^>]*>([^<]*)</.exec((await on(worker, `/meetings/${meeting.slug}/register`)).body)?.[1];
    expect(await seatsLine('2')).toBe('尚余 2 个座位');
    const registered = await sendNext(
      '1',
      `/meetings/${meeting.slug}/register`,
      registration({ meetingId: String(meeting.id), categoryId, name: '张三', email: 'zhang@workers.test' }),
    );
    const token = /"redirectTo":"\/registrations\/([\w-]+)"/.exec(registered.body)?.[1];
    expect(token, registered.body.slice(0, 300)).toBeTruthy();
    expect(await seatsLine('2')).toBe('尚余 1 个座位');
    const ticket = await on('2', `/registrations/${token}`);
    expect(ticket.status).toBe(200);
    expect(ticket.body).toContain('张三');

    // More guests, on both workers: two get the seats, the rest wait, each gets one email.
    for (const [index, worker] of ['2', '1', '2', '1'].entries()) {
      const answer = await sendNext(
        worker,
        `/meetings/${meeting.slug}/register`,
        registration({
          meetingId: String(meeting.id),
          categoryId,
          name: `李四${'一二三四'[index]}`,
          email: `guest${index}@workers.test`,
        }),
      );
      expect(answer.body).toContain('"redirectTo"');
    }
    const db = new Database(databaseFile, { readonly: true });
    try {
      const statuses = db
        .prepare('select status, count(*) as n from registrations where meeting_id = ? group by status order by status')
        .all(meeting.id);
      expect(statuses).toEqual([
        { status: 'confirmed', n: 2 },
        { status: 'waitlisted', n: 3 },
      ]);
      const guests = ['zhang@workers.test', ...[0, 1, 2, 3].map((index) => `guest${index}@workers.test`)];
      const queued = () =>
        db
          .prepare('select count(*) as n from outbox_emails where sent_at is null and "to" like \'%@workers.test\'')
          .get() as { n: number };
      await expect.poll(() => queued().n, { timeout: 30_000 }).toBe(0);
      // Several sweep slots later (each delivers the outbox again), still one email per guest.
      const slots = () => (db.prepare('select count(*) as n from background_sweeps').get() as { n: number }).n;
      const slotsThen = slots();
      await expect.poll(slots, { timeout: 30_000 }).toBeGreaterThanOrEqual(slotsThen + 4);
      const toGuests = inbox.received
        .map((mail) => (mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined))
        .filter((to) => to?.endsWith('@workers.test'));
      expect(toGuests.sort()).toEqual(guests.sort());

      // Every slot was claimed by one worker and swept once, whichever worker ticked first.
      const sweeps = db
        .prepare('select slot, claimed_by as claimedBy, runs from background_sweeps order by slot')
        .all() as { slot: number; claimedBy: string; runs: number }[];
      expect(sweeps.length).toBeGreaterThanOrEqual(4);
      expect(sweeps.filter((sweep) => sweep.runs !== 1)).toEqual([]);
    } finally {
      db.close();
    }
  } finally {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      process.kill(-server.pid, 'SIGTERM');
      const late = setTimeout(() => process.kill(-server!.pid!, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(late);
    }
    await inbox.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
