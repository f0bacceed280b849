// @ts-check
/**
 * Next.js's cache for rendered pages (ISR), shared correctly between app processes.
 *
 * Rendered pages stay in this process's memory, as with Next's default; nothing is
 * written under .next/, so a restart, or a database restored from a backup, never
 * serves pages rendered from other data. Invalidations (revalidatePath) are written
 * to the `cache_revalidations` table in the app's SQLite file and checked on every
 * read, so a change saved through one process refreshes the pages of all of them.
 * See docs/decisions/0006-cached-public-pages.md.
 */
const path = require('node:path');
const Database = require('better-sqlite3');

const MAX_ENTRIES = 1000;
// A page whose render began before an invalidation may be stored just after it,
// holding the old data. Entries stored this soon after an invalidation of one of
// their tags are treated as stale too (renders here take well under this).
const RENDER_MARGIN_MS = 2000;
const TAGS_HEADER = 'x-next-cache-tags';

/** @type {Map<string, { value: any, lastModified: number, cacheControl?: unknown }>} */
const entries = new Map();
/** @type {{ latest: import('better-sqlite3').Statement, record: import('better-sqlite3').Statement } | null} */
let statements = null;

function database() {
  if (statements) return statements;
  // Same rule as lib/env.ts: the operator's DATABASE_FILE, relative to where the app runs.
  const connection = openConnection();
  statements = {
    latest: connection.prepare(
      'select max(revalidated_at) as at from cache_revalidations where tag in (select value from json_each(?))',
    ),
    record: connection.prepare(
      'insert into cache_revalidations (tag, revalidated_at) values (?, ?) on conflict(tag) do update set revalidated_at = excluded.revalidated_at',
    ),
  };
  return statements;
}

/** @returns {import('better-sqlite3').Database} */
function openConnection() {
  // Under libsql, write through the connection db/index.ts opened in this process: an embedded
  // replica (DATABASE_SYNC_URL, docs/deploy.md) may be written only through libsql, which sends
  // the write to the primary, and on a local file a better-sqlite3 and a libsql connection were
  // seen not to wait for each other's write lock (lib/contention/mutations.test.ts).
  // instrumentation.ts opens it at start, before any page is read from this cache.
  if (process.env.DATABASE_DRIVER === 'libsql' || process.env.DATABASE_SYNC_URL) {
    const shared = /** @type {{ conveneDb?: { db: { $client: import('better-sqlite3').Database } } }} */ (globalThis)
      .conveneDb;
    if (!shared) throw new Error('Convene: the page cache needs the app’s database connection, not open yet.');
    return shared.db.$client;
  }
  // better-sqlite3 (the default): a connection of its own on the same file, as the app's.
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATABASE_FILE || 'data/convene.db');
  const connection = new Database(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('busy_timeout = 5000');
  return connection;
}

/** @param {any} entry @param {any} ctx */
function tagsOf(entry, ctx) {
  const header = entry.value?.headers?.[TAGS_HEADER];
  const own = typeof header === 'string' ? header.split(',') : [];
  return [...own, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

class SqliteRevalidatedCache {
  /** @param {unknown} _context */
  constructor(_context) {}

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) return null;
    const tags = tagsOf(entry, ctx);
    if (tags.length > 0) {
      let at;
      try {
        at = /** @type {{ at: number | null }} */ (database().latest.get(JSON.stringify(tags))).at;
      } catch {
        return null; // cannot tell whether it is fresh: render again
      }
      if (at !== null && at > entry.lastModified - RENDER_MARGIN_MS) {
        entries.delete(key);
        return null;
      }
    }
    // Most recently used last, so the oldest is evicted first.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    entries.delete(key);
    if (!data) return;
    entries.set(key, {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
    });
    if (entries.size > MAX_ENTRIES) entries.delete(/** @type {string} */ (entries.keys().next().value));
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags;
    const now = Date.now();
    const { record } = database();
    for (const tag of list) record.run(tag, now);
  }

  resetRequestCache() {}
}

module.exports = SqliteRevalidatedCache;
