import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { dataDirectory } from '@/lib/env';
import { ownerOnlyFromNowOn, restrict, restrictDataFiles } from './owner-only';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-modes-'));
const mode = (file: string) => fs.statSync(file).mode & 0o777;
const umaskBefore = process.umask();
afterEach(() => {
  process.umask(umaskBefore);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('owner-only files', () => {
  it('are what SQLite creates once the umask is set: database, WAL and shared memory 0600, folders 0700', () => {
    process.umask(0o022);
    ownerOnlyFromNowOn();
    const folder = path.join(scratch, 'new', 'data');
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'convene.db');
    const sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec('create table t (x); insert into t values (1)');
    for (const made of [file, `${file}-wal`, `${file}-shm`]) expect(mode(made), made).toBe(0o600);
    expect(mode(folder)).toBe(0o700);
    sqlite.close();
  });

  it('narrow what an older version left readable by others, without widening anything', () => {
    process.umask(0o022);
    const uploads = path.join(scratch, 'old', 'uploads');
    fs.mkdirSync(path.join(uploads, 'nominations'), { recursive: true });
    fs.writeFileSync(path.join(uploads, 'nominations', 'a.jpg'), 'x');
    fs.writeFileSync(path.join(scratch, 'old', 'read-only'), 'x', { mode: 0o444 });
    const elsewhere = path.join(scratch, 'elsewhere.txt');
    fs.writeFileSync(elsewhere, 'x');
    fs.symlinkSync(elsewhere, path.join(uploads, 'link'));
    expect(mode(path.join(uploads, 'nominations', 'a.jpg'))).toBe(0o644);

    restrict(uploads);
    restrict(path.join(scratch, 'old', 'read-only'));
    restrict(path.join(scratch, 'missing'));
    expect(mode(uploads)).toBe(0o700);
    expect(mode(path.join(uploads, 'nominations'))).toBe(0o700);
    expect(mode(path.join(uploads, 'nominations', 'a.jpg'))).toBe(0o600);
    expect(mode(path.join(scratch, 'old', 'read-only'))).toBe(0o400);
    // A link is not followed: the file it points at is not ours to change.
    expect(mode(elsewhere)).toBe(0o644);
  });

  it('are what the server leaves at start: files an older version made 0644 beside the database', () => {
    // A data folder of its own: the test files share theirs, and another one tests the secret.
    const shared = process.env.DATABASE_FILE;
    process.env.DATABASE_FILE = path.join(scratch, 'older', 'convene.db');
    try {
      const data = dataDirectory();
      const files = [
        'convene.db',
        'convene.db-wal',
        'convene.db-shm',
        '.nextauth-secret',
        'uploads/nominations/a.jpg',
        'pledge-evidence/b.pdf',
        'backups/backup-x/convene.db',
      ];
      for (const file of files) {
        fs.mkdirSync(path.dirname(path.join(data, file)), { recursive: true, mode: 0o755 });
        fs.writeFileSync(path.join(data, file), 'x', { mode: 0o644 });
        fs.chmodSync(path.join(data, file), 0o644);
      }
      fs.writeFileSync(path.join(data, 'operator-notes.txt'), 'x', { mode: 0o644 });
      fs.chmodSync(data, 0o755);

      restrictDataFiles();
      for (const file of files) expect(mode(path.join(data, file)), file).toBe(0o600);
      for (const folder of ['uploads', 'uploads/nominations', 'pledge-evidence', 'backups', 'backups/backup-x'])
        expect(mode(path.join(data, folder)), folder).toBe(0o700);
      // Not ours to decide: the folder itself and what the operator put there.
      expect(mode(data)).toBe(0o755);
      expect(mode(path.join(data, 'operator-notes.txt'))).toBe(0o644);
    } finally {
      process.env.DATABASE_FILE = shared;
    }
  });
});

describe('every command-line script that can create the database file', () => {
  const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  const tsxScripts = Object.entries(scripts).flatMap(([name, command]) => {
    const file = /^tsx (\S+\.ts)$/.exec(command)?.[1];
    return file ? [{ name, file }] : [];
  });

  it('sets the owner-only umask before anything else (first import), unless it opens no database', () => {
    expect(tsxScripts.map((s) => s.name)).toEqual(expect.arrayContaining(['setup', 'audit:verify', 'db:migrate']));
    for (const { name, file } of tsxScripts) {
      const source = fs.readFileSync(file, 'utf8');
      const firstImport = /^import .*$/m.exec(source)?.[0];
      // evidence:verify reads a package file and nothing else: no database, nothing written.
      if (name === 'evidence:verify') expect(source).not.toMatch(/@\/db|\.\.\/db|\/data'/);
      else expect(firstImport, `${name} (${file})`).toBe("import '@/lib/storage/owner-only-umask';");
    }
  });

  // audit:verify used to be tried here too; it now refuses a missing file and creates nothing
  // (lib/audit/verify-cli.test.ts), and SQLite gives the journal files the database file's mode.
  it('npm run setup on a new file, under umask 022, leaves it 0600', () => {
    const folder = fs.mkdtempSync(path.join(scratch, 'cli-'));
    const file = path.join(folder, 'convene.db');
    const script = tsxScripts.find((s) => s.name === 'setup')!.file;
    spawnSync('sh', ['-c', 'umask 022; exec npx tsx "$@"', 'sh', script, '--disable-demo'], {
      env: { ...process.env, DATABASE_FILE: file },
      stdio: 'ignore',
    });
    const created = fs.readdirSync(folder).filter((f) => f.startsWith('convene.db'));
    expect(created).toContain('convene.db');
    for (const f of created) expect([f, mode(path.join(folder, f))]).toEqual([f, 0o600]);
  }, 60_000);
});
