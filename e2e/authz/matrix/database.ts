import Database from 'better-sqlite3';

/** The e2e server's database (e2e/server.mjs), read only: to find ids and count rows, never to write. */
export function readDatabase<T>(read: (db: Database.Database) => T): T {
  const db = new Database('data/e2e/convene.db', { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
export const one = <T = Record<string, unknown>>(query: string, ...params: unknown[]) =>
  readDatabase((db) => db.prepare(query).get(...params) as T | undefined);
export const all = <T = Record<string, unknown>>(query: string, ...params: unknown[]) =>
  readDatabase((db) => db.prepare(query).all(...params) as T[]);
export const idOf = (query: string, ...params: unknown[]) => {
  const row = one<{ id: number }>(query, ...params);
  if (!row) throw new Error(`nothing found: ${query} ${JSON.stringify(params)}`);
  return String(row.id);
};
