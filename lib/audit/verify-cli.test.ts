import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMMEDIATE } from '@/db/transaction';
import { copyOfDatabase } from '@/test/tamper';
import { recordAudit } from './mutations';

function auditVerify(databaseFile: string) {
  const { DATABASE_FILE: _ignored, ...env } = process.env;
  return spawnSync('npx', ['tsx', 'lib/audit/verify-cli.ts'], {
    env: { ...env, DATABASE_FILE: databaseFile },
    encoding: 'utf8',
  });
}

describe('npm run audit:verify', () => {
  it.each([
    ['in an existing folder', 'convene.db'],
    ['in a folder that does not exist', 'not-here/convene.db'],
  ])(
    'refuses a database file that does not exist (%s), names the path and creates nothing',
    (_, name) => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-verify-'));
      const missing = path.join(folder, name);
      const result = auditVerify(missing);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(`no database file at ${missing}`);
      expect(result.stdout).not.toContain('Audit chain');
      // Neither the file, its WAL companions nor its folder.
      expect(fs.readdirSync(folder)).toEqual([]);
      fs.rmSync(folder, { recursive: true });
    },
    60_000,
  );

  it('still verifies a database that exists', () => {
    const database = copyOfDatabase();
    database.transaction(
      (tx) => recordAudit(tx, { actorId: null, action: 'user.update', entityType: 'user', entityId: 1 }),
      IMMEDIATE,
    );
    database.$client.pragma('wal_checkpoint(TRUNCATE)');
    const result = auditVerify(database.$client.name);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Audit chain OK: verified up to event \d+/);
    expect(result.status).toBe(0);
  }, 60_000);
});
