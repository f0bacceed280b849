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
