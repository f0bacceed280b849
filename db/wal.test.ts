import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { forgetWalHistory } from './wal';

describe('forgetting the WAL after a secret ballot', () => {
  it('cuts the WAL to zero bytes, and while a reader holds an old snapshot keeps retrying until it can', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'convene-wal-')), 'wal.db');
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    writer.exec('create table ballots (x)');
    writer.exec("insert into ballots values ('first')");
    const walSize = () => fs.statSync(`${file}-wal`).size;
    expect(walSize()).toBeGreaterThan(0);
    expect(forgetWalHistory(writer)).toBe(true);
    expect(walSize()).toBe(0);

    // Another process in the middle of a read: the checkpoint cannot truncate under it.
    const reader = new Database(file);
    reader.exec('begin');
    reader.prepare('select * from ballots').all();
    writer.exec("insert into ballots values ('second')");
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(forgetWalHistory(writer)).toBe(false);
    expect(walSize()).toBeGreaterThan(0);
    expect(warn).toHaveBeenCalledTimes(1);

    reader.exec('commit');
    await vi.waitFor(() => expect(walSize()).toBe(0), { timeout: 3_000, interval: 100 });
    warn.mockRestore();
    reader.close();
    writer.close();
  });
});
