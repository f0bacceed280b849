import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { decodeChoices } from '@/lib/awards/ballot-slots';
import { migrationsFolder } from './migrate';

/** Migrates a database up to just before the slot migration, fills it with ballots in the old shape, then runs the rest. */
function migrateAcrossSlots(fill: (sqlite: Database.Database) => void) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-slots-'));
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((entry) => entry.tag.endsWith('_secret_ballot_slots'));
  fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  const sqlite = new Database(':memory:');
  sqlite.pragma('foreign_keys = ON');
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  fill(sqlite);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  return sqlite;
}

describe('the secret ballot slot migration', () => {
  it('turns cast ballots into filled slots in order, and gives an open round an empty slot per member yet to vote', () => {
    const sqlite = migrateAcrossSlots((db) => {
      const insert = (table: string, row: Record<string, unknown>) =>
        db
          .prepare(
            `insert into ${table} (${Object.keys(row).join(', ')}) values (${Object.keys(row)
              .map(() => '?')
              .join(', ')})`,
          )
          .run(...Object.values(row));
      for (const id of [1, 2, 3])
        insert('users', {
          id,
          name: `委员${id}`,
          email: `${id}@test.local`,
          role: 'member',
          created_at: 1,
          updated_at: 1,
        });
      insert('awards', {
        id: 1,
        name: '金钥匙奖',
        cycle_year: 2019,
        nominations_open_at: 1,
        nominations_close_at: 2,
        voting_opens_at: 3,
        voting_closes_at: 4,
        created_at: 1,
      });
      insert('award_categories', { id: 1, award_id: 1, name: '金钥匙奖', position: 1 });
      for (const userId of [1, 2, 3]) insert('committee_members', { award_id: 1, user_id: userId });
      insert('voting_rounds', {
        id: 1,
        award_id: 1,
        category_id: 1,
        name: '进行中',
        method: 'ranked',
        max_choices: 3,
        secret: 1,
        status: 'open',
        created_at: 1,
      });
      insert('voting_rounds', {
        id: 2,
        award_id: 1,
        category_id: 1,
        name: '已结束',
        method: 'approval',
        max_choices: 2,
        secret: 1,
        status: 'closed',
        created_at: 1,
      });
      insert('secret_ballots', { receipt_hash: 'a'.repeat(64), round_id: 1, choices: '[12,5]' });
      insert('secret_ballots', { receipt_hash: 'b'.repeat(64), round_id: 2, choices: '[7]' });
      insert('secret_ballots', { receipt_hash: 'c'.repeat(64), round_id: 2, choices: '[]' });
    });
    const slots = sqlite
      .prepare(
        'select slot, round_id as roundId, receipt_hash as receiptHash, choices, filled, stir from secret_ballots',
      )
      .all() as { slot: number; roundId: number; receiptHash: string; choices: string; filled: number; stir: Buffer }[];
    const filled = (roundId: number) =>
      slots.filter((s) => s.roundId === roundId && s.filled).map((s) => [s.receiptHash[0], decodeChoices(s.choices)]);
    expect(filled(1)).toEqual([['a', [12, 5]]]); // a ranking keeps its order
    expect(filled(2).sort()).toEqual([
      ['b', [7]],
      ['c', []],
    ]);
    // The open round: three members, one ballot, so two empty slots of the same size.
    const round1 = slots.filter((s) => s.roundId === 1);
    expect(round1.map((s) => s.filled).sort()).toEqual([0, 0, 1]);
    expect(new Set(round1.map((s) => `${s.receiptHash.length}:${s.choices.length}:${s.stir.length}`))).toEqual(
      new Set(['64:30:8']),
    );
    expect(slots.filter((s) => s.roundId === 2)).toHaveLength(2); // a closed round gets no empty slots
    expect(sqlite.prepare('pragma foreign_key_check').all()).toEqual([]);
  });
});
