import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { databaseFile } from '@/lib/env';
import { backUpNow } from './mutations';
import { databaseInUse, restoreBackup, RestoreRefused } from '@/db/backup/restore';
import { BackupInvalid, MANIFEST_NAME, type Manifest } from '@/db/backup/snapshot';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-backup-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const counter = () =>
  (
    db.$client.prepare("select revalidated_at as n from cache_revalidations where tag = 'test:load-counter'").get() as
      { n: number } | undefined
  )?.n ?? 0;

async function until(condition: () => boolean, what: string) {
  for (const started = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() - started > 15_000) throw new Error(`timed out waiting for ${what}`);
  }
}

/** A process that keeps the database open, as a running server does. */
function holdOpen(file: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.pragma('journal_mode = WAL');d.prepare('select count(*) from users').get();console.log('open');setInterval(()=>{},1000)`,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve) => child.stdout!.once('data', () => resolve(child)));
}

function countsIn(file: string) {
  const copy = new Database(file, { readonly: true });
  try {
    return {
      rows: (copy.prepare("select count(*) as n from outbox_emails where topic = 'test.load'").get() as { n: number })
        .n,
      counter:
        (
          copy.prepare("select revalidated_at as n from cache_revalidations where tag = 'test:load-counter'").get() as
            { n: number } | undefined
        )?.n ?? 0,
    };
  } finally {
    copy.close();
  }
}

describe('a backup taken while another process writes', () => {
  const target = path.join(scratch, 'under-load');
  let window = { before: 0, after: 0 };

  beforeAll(async () => {
    // Uploads beside the database: the backup carries them.
    const photos = path.join(path.dirname(databaseFile()), 'uploads', 'nominations');
    fs.mkdirSync(photos, { recursive: true });
    fs.writeFileSync(path.join(photos, 'backup-test.jpg'), Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));

    const writer = spawn(process.execPath, ['test/backup-load-writer.mjs', databaseFile()], { stdio: 'inherit' });
    try {
      await until(() => counter() >= 500, 'the writer to get going');
      const before = counter();
      await backUpNow(new Date(), target);
      const after = counter();
      // The writer went on during and after the backup, on its own connection.
      await until(() => counter() >= after + 200, 'more writes after the backup');
      window = { before, after };
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('restores to exactly the rows of one moment within the backup', async () => {
    const restored = path.join(scratch, 'restored', 'convene.db');
    await restoreBackup({ from: target, databaseFile: restored, now: new Date() });
    const { rows, counter: committed } = countsIn(restored);
    // Every transaction added one row and moved the counter: a copy torn between
    // commits, or missing commits still in the WAL, breaks one of these.
    expect(rows).toBe(committed);
    expect(committed).toBeGreaterThanOrEqual(window.before);
    expect(committed).toBeLessThanOrEqual(window.after);
    expect(counter()).toBeGreaterThan(committed);
    expect(fs.readFileSync(path.join(scratch, 'restored', 'uploads', 'nominations', 'backup-test.jpg'))).toEqual(
      Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]),
    );
    const check = new Database(restored, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it('lists every file with its SHA-256 in the manifest, readable by the owner only', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(target, MANIFEST_NAME), 'utf8')) as Manifest;
    expect(manifest.files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['convene.db', 'uploads/nominations/backup-test.jpg']),
    );
    expect(manifest.schemaVersion).toMatch(/^\d{4}_/);
    expect(fs.statSync(target).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(target, 'convene.db')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(target, MANIFEST_NAME)).mode & 0o777).toBe(0o600);
  });

  it('is recorded, so /api/health can tell when the last good one finished', () => {
    const row = db.$client.prepare('select ok, location, bytes from backups order by id desc limit 1').get() as {
      ok: number;
      location: string;
      bytes: number;
    };
    expect(row).toMatchObject({ ok: 1, location: target });
    expect(row.bytes).toBeGreaterThan(0);
  });
});

describe('restore', () => {
  const source = path.join(scratch, 'source');
  const live = path.join(scratch, 'live', 'convene.db');

  beforeAll(async () => {
    await backUpNow(new Date(), source);
    await restoreBackup({ from: source, databaseFile: live, now: new Date() });
  });

  const copyOf = (name: string) => {
    const copy = path.join(scratch, name);
    fs.cpSync(source, copy, { recursive: true });
    return copy;
  };
  const rewriteManifest = (folder: string, change: (manifest: Manifest) => void) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, MANIFEST_NAME), 'utf8')) as Manifest;
    change(manifest);
    fs.writeFileSync(path.join(folder, MANIFEST_NAME), JSON.stringify(manifest));
  };
  const leftAside = () => fs.readdirSync(path.dirname(live)).filter((name) => name.startsWith('replaced-'));

  it('refuses while a process has the database open, and goes ahead once it is killed', async () => {
    const server = await holdOpen(live);
    try {
      expect(databaseInUse(live)).toBe(true);
      const before = leftAside();
      await expect(restoreBackup({ from: source, databaseFile: live, now: new Date() })).rejects.toThrow(
        RestoreRefused,
      );
      expect(leftAside()).toEqual(before);
    } finally {
      server.kill('SIGKILL');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    // A killed server leaves no lock behind (no pid file to go stale).
    expect(databaseInUse(live)).toBe(false);
    const { setAside } = await restoreBackup({ from: source, databaseFile: live, now: new Date() });
    expect(fs.existsSync(path.join(setAside!, 'convene.db'))).toBe(true);
  });

  it('refuses a backup whose files do not match the manifest, before replacing anything', async () => {
    const tampered = copyOf('tampered');
    const photo = path.join(tampered, 'uploads', 'nominations', 'backup-test.jpg');
    fs.appendFileSync(photo, 'x');
    const before = leftAside();
    await expect(restoreBackup({ from: tampered, databaseFile: live, now: new Date() })).rejects.toThrow(
      /does not match its SHA-256/,
    );
    fs.rmSync(photo);
    await expect(restoreBackup({ from: tampered, databaseFile: live, now: new Date() })).rejects.toThrow(/is missing/);
    expect(leftAside()).toEqual(before);
  });

  it('refuses a damaged database even when the manifest was rewritten to match it', async () => {
    const damaged = copyOf('damaged');
    const file = path.join(damaged, 'convene.db');
    const bytes = fs.readFileSync(file);
    // Scribble over the middle of the file, page headers included.
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    fs.writeFileSync(file, bytes);
    const { createHash } = await import('node:crypto');
    rewriteManifest(damaged, (manifest) => {
      manifest.files.find((entry) => entry.path === 'convene.db')!.sha256 = createHash('sha256')
        .update(bytes)
        .digest('hex');
    });
    await expect(restoreBackup({ from: damaged, databaseFile: live, now: new Date() })).rejects.toThrow(BackupInvalid);
  });

  it('refuses a manifest that names a file outside the backup', async () => {
    const escaping = copyOf('escaping');
    rewriteManifest(escaping, (manifest) => {
      manifest.files.push({ path: 'uploads/../../../outside.txt', bytes: 0, sha256: '0'.repeat(64) });
    });
    await expect(restoreBackup({ from: escaping, databaseFile: live, now: new Date() })).rejects.toThrow(
      /outside the backup/,
    );
  });

  it('refuses a backup made by a newer schema than this code knows', async () => {
    const newer = copyOf('newer');
    rewriteManifest(newer, (manifest) => {
      manifest.migratedAt = Date.now() + 365 * 86_400_000;
    });
    await expect(restoreBackup({ from: newer, databaseFile: live, now: new Date() })).rejects.toThrow(/newer version/);
  });
});
