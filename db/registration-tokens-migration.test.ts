import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { openAccessToken } from '@/lib/registrations/access-token';
import { openDatabase, type Db } from './index';
import { migrationsFolder } from './migrate';
import { sealRegistrationTokens } from './registration-tokens';

/**
 * A database from before decision 0018 keeps its guests' tokens in clear. Migrated (as
 * runMigrations does: the SQL, then the sealing step), every link must still open its
 * registration, and no token may be left in the file, WAL folded in.
 */
function migrateAcrossTokens(fill: (database: Db) => void) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-links-migration-'));
  const migrations = path.join(folder, 'migrations');
  fs.cpSync(migrationsFolder, migrations, { recursive: true });
  const journalFile = path.join(migrations, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((entry) => entry.tag.endsWith('_registration_tokens_to_seal'));
  fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  const file = path.join(folder, 'old.db');
  const database = openDatabase(file);
  migrate(database, { migrationsFolder: migrations });
  fill(database);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  migrate(database, { migrationsFolder: migrations });
  const sealed = sealRegistrationTokens(database);
  return { database, file, sealed, folder };
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

describe('the migration of registration links', () => {
  it('turns every clear token into its hash and seal, keeps each link working, and leaves no token in the file', () => {
    const tokens = Array.from({ length: 40 }, () => crypto.randomBytes(32).toString('base64url'));
    const { database, file, sealed, folder } = migrateAcrossTokens(({ $client: sqlite }) => {
      sqlite
        .prepare(
          "insert into meetings (id, slug, title, starts_at, ends_at, created_at, updated_at) values (1, 'old', '旧会议', 1, 2, 1, 1)",
        )
        .run();
      sqlite
        .prepare(
          "insert into registration_categories (id, meeting_id, name, position, created_at) values (1, 1, '公众', 1, 1)",
        )
        .run();
      const insert = sqlite.prepare(
        "insert into registrations (meeting_id, category_id, name, phone, status, access_token, created_at) values (1, 1, ?, ?, 'waitlisted', ?, 1)",
      );
      tokens.forEach((token, index) => insert.run(`来宾${index}`, `1390000${String(index).padStart(4, '0')}`, token));
    });
    const sqlite = database.$client;
    try {
      expect(sealed).toBe(tokens.length);
      const columns = (sqlite.prepare('pragma table_info(registrations)').all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(columns).not.toContain('access_token');
      expect(sqlite.prepare("select name from sqlite_master where name = 'registration_tokens_to_seal'").get()).toBe(
        undefined,
      );
      // Each old link finds its own registration by the hash, and the seal opens to the same token.
      const byHash = sqlite.prepare(
        'select name, access_token_sealed as sealed from registrations where access_token_hash = ?',
      );
      tokens.forEach((token, index) => {
        const row = byHash.get(sha256(token)) as { name: string; sealed: string };
        expect(row.name).toBe(`来宾${index}`);
        expect(openAccessToken(row.sealed)).toBe(token);
      });
      // Once done, later starts find nothing to do.
      expect(sealRegistrationTokens(database)).toBe(0);

      // As startup does (db/startup.ts), the WAL is folded in; then the file is read as a thief would.
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const bytes = Buffer.concat([fs.readFileSync(file), fs.readFileSync(`${file}-wal`)]);
      const left = tokens.filter((token) => bytes.includes(token));
      expect(left, 'clear tokens left in the file').toEqual([]);
    } finally {
      sqlite.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
