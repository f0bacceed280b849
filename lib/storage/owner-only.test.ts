import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ownerOnlyFromNowOn, restrict } from './owner-only';

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
});
