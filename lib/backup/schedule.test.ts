import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { databaseFile, readEnv } from '@/lib/env';
import { checkDatabase } from '@/lib/health/data';
import { claimScheduledBackup, runScheduledBackup } from './mutations';
import { pruneBackups } from '@/db/backup/prune';
import { backupFolderName, MANIFEST_NAME } from '@/db/backup/snapshot';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-schedule-'));
beforeAll(() => {
  process.env.BACKUP_DIR = path.join(scratch, 'backups');
});
afterAll(() => {
  delete process.env.BACKUP_DIR;
  fs.rmSync(scratch, { recursive: true, force: true });
});
const clearBackups = () => db.$client.exec('delete from backups');

describe('the scheduled backup', () => {
  it('is taken by exactly one of several app processes racing for it', async () => {
    clearBackups();
    const at = Date.parse('2031-03-01T02:00:00Z');
    const racers = Array.from({ length: 4 }, () =>
      spawn(path.resolve('node_modules/.bin/tsx'), ['test/claim-scheduled-backup.ts', String(at)], {
        env: { ...process.env, DATABASE_FILE: databaseFile() },
        stdio: ['pipe', 'pipe', 'inherit'],
      }),
    );
    const lines = racers.map((racer) => {
      let out = '';
      racer.stdout!.on('data', (chunk) => (out += chunk));
      return {
        ready: () => out.includes('ready'),
        result: new Promise<{ id: number | null }>((resolve, reject) =>
          racer.on('exit', (code) =>
            code === 0 ? resolve(JSON.parse(out.split('\n')[1]!)) : reject(new Error(`racer exited ${code}: ${out}`)),
          ),
        ),
      };
    });
    for (
      const started = Date.now();
      !lines.every((line) => line.ready());
      await new Promise((resolve) => setTimeout(resolve, 20))
    ) {
      if (Date.now() - started > 30_000) throw new Error('racers did not start');
    }
    for (const racer of racers) racer.stdin!.write('go\n');
    const results = await Promise.all(lines.map((line) => line.result));
    expect(results.filter((result) => result.id !== null)).toHaveLength(1);
    expect(db.$client.prepare('select count(*) as n from backups').get()).toEqual({ n: 1 });
  }, 60_000);

  it('is due again one interval after the last good backup, and retried an hour after a failed one', () => {
    clearBackups();
    const start = new Date('2031-03-02T02:00:00Z');
    const first = claimScheduledBackup(start, DAY, 'a');
    expect(first).not.toBeNull();
    // Still running (or killed): not claimed again within the hour.
    expect(claimScheduledBackup(new Date(start.getTime() + 30 * 60_000), DAY, 'b')).toBeNull();
    // Abandoned: tried again after an hour.
    const retry = claimScheduledBackup(new Date(start.getTime() + HOUR + 1), DAY, 'c');
    expect(retry).not.toBeNull();
    db.$client
      .prepare('update backups set ok = 1, finished_at = ? where id = ?')
      .run(start.getTime() + HOUR + 1000, retry);
    expect(claimScheduledBackup(new Date(start.getTime() + 12 * HOUR), DAY, 'd')).toBeNull();
    expect(claimScheduledBackup(new Date(start.getTime() + HOUR + 1000 + DAY), DAY, 'e')).not.toBeNull();
  });

  it('writes a backup folder, records it, and /api/health reports it with the schema version', async () => {
    clearBackups();
    const before = checkDatabase();
    expect(before).toMatchObject({ ok: true, lastBackupAt: null });
    expect(before.ok && before.schemaVersion).toMatch(/^\d{4}_\w+$/);

    const now = new Date();
    const location = await runScheduledBackup(now);
    expect(location).toBe(path.join(scratch, 'backups', backupFolderName(now)));
    expect(fs.existsSync(path.join(location!, MANIFEST_NAME))).toBe(true);
    expect(await runScheduledBackup(new Date(now.getTime() + 1000))).toBeNull();

    const after = checkDatabase();
    expect(after.ok && after.lastBackupAt!.getTime()).toBeGreaterThanOrEqual(now.getTime());
  });
});

describe('pruning', () => {
  it('drops backups older than the kept days and abandoned partial ones, keeps the newest and anything not ours', () => {
    const folder = path.join(scratch, 'prune');
    const now = new Date('2031-03-20T00:00:00Z');
    const backup = (daysAgo: number, complete = true) => {
      const name = backupFolderName(new Date(now.getTime() - daysAgo * DAY)) + (complete ? '' : '.partial');
      fs.mkdirSync(path.join(folder, name), { recursive: true });
      if (complete) fs.writeFileSync(path.join(folder, name, MANIFEST_NAME), '{}');
      return name;
    };
    const fresh = backup(1);
    const old = backup(20);
    const older = backup(30);
    const unfinished = backup(3, false);
    fs.utimesSync(path.join(folder, unfinished), new Date(now.getTime() - 2 * DAY), new Date(now.getTime() - 2 * DAY));
    fs.mkdirSync(path.join(folder, 'operator-notes'));

    expect(pruneBackups(folder, { keepDays: 14, now }).sort()).toEqual([old, older, unfinished].sort());
    expect(fs.readdirSync(folder).sort()).toEqual([fresh, 'operator-notes'].sort());

    // Only old backups left: the newest stays whatever its age.
    fs.rmSync(path.join(folder, fresh), { recursive: true });
    const lastOne = backup(40);
    const evenOlder = backup(50);
    expect(pruneBackups(folder, { keepDays: 14, now })).toEqual([evenOlder]);
    expect(fs.readdirSync(folder).sort()).toEqual([lastOne, 'operator-notes'].sort());
  });
});

describe('backup settings', () => {
  it('default to daily, kept 14 days; 0 turns the schedule off; nonsense stops the start', () => {
    const env = (values: Record<string, string>) => ({ NODE_ENV: 'test', ...values }) as NodeJS.ProcessEnv;
    expect(readEnv(env({}))).toMatchObject({ BACKUP_INTERVAL_HOURS: 24, BACKUP_KEEP_DAYS: 14 });
    expect(readEnv(env({ BACKUP_INTERVAL_HOURS: '0', BACKUP_KEEP_DAYS: '2.5' }))).toMatchObject({
      BACKUP_INTERVAL_HOURS: 0,
      BACKUP_KEEP_DAYS: 2.5,
    });
    expect(() => readEnv(env({ BACKUP_INTERVAL_HOURS: 'daily' }))).toThrow(/BACKUP_INTERVAL_HOURS/);
    expect(() => readEnv(env({ BACKUP_KEEP_DAYS: '0' }))).toThrow(/BACKUP_KEEP_DAYS/);
  });
});
