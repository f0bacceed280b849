import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from './test';

// The server's own file (e2e/server.mjs), read as an auditor would.
const databaseFile = path.resolve('data', 'e2e', 'convene.db');

function read<T>(query: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return query(sqlite);
  } finally {
    sqlite.close();
  }
}

/** The id of the last audit event now: an anchor read after this must be at or after it. */
export const latestEventId = () =>
  read((sqlite) => sqlite.prepare('select max(id) from audit_events').pluck().get() as number);

/**
 * Checks a printed or exported chain head: `text` names event N and a hash; N is at or after
 * `notBefore` (the head when the document was asked for), and the hash is that event's hash in the file.
 */
export function expectChainHead(text: string, pattern: RegExp, notBefore: number) {
  const match = pattern.exec(text);
  expect(match, `no chain head in: ${text.slice(-300)}`).not.toBeNull();
  const id = Number(match![1]);
  expect(id).toBeGreaterThanOrEqual(notBefore);
  const stored = read((sqlite) => sqlite.prepare('select hash from audit_events where id = ?').pluck().get(id));
  expect(match![2]).toBe(stored);
}
