import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Reads an SQLite database the way someone who copied the file and its WAL would:
 * page bytes, b-tree cells with their byte offsets, and the WAL's commits in order.
 * For forensic tests of what the file gives away (lib/awards/secret-ballot-forensics.test.ts).
 */

export type Image = { pageSize: number; pages: Map<number, Buffer> };
export type Commit = { pages: Map<number, Buffer> };
export type Evidence = { base: Image; commits: Commit[]; walBytes: number };
export type Cell = { page: number; offset: number; rowid: number | null; values: unknown[] };

/** Copies the live file and its WAL (as a thief would) and reads them: the file's pages and each committed WAL transaction. */
export function seize(file: string): Evidence {
  const db = fs.readFileSync(file);
  const wal = fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0);
  const pageSize = db.readUInt16BE(16) === 1 ? 65536 : db.readUInt16BE(16);
  const pages = new Map<number, Buffer>();
  for (let n = 0; n * pageSize < db.length; n++)
    pages.set(n + 1, Buffer.from(db.subarray(n * pageSize, (n + 1) * pageSize)));
  return { base: { pageSize, pages }, commits: walCommits(wal, pageSize), walBytes: wal.length };
}

function walCommits(wal: Buffer, pageSize: number): Commit[] {
  if (wal.length < 32) return [];
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  const commits: Commit[] = [];
  let pending = new Map<number, Buffer>();
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    // Frames left over from before the WAL restarted carry other salts: not part of this log.
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    pending.set(wal.readUInt32BE(at), Buffer.from(wal.subarray(at + 24, at + 24 + pageSize)));
    if (wal.readUInt32BE(at + 4) !== 0) {
      commits.push({ pages: pending });
      pending = new Map();
    }
  }
  return commits;
}

/** The database as of the last WAL commit (what a checkpoint of the copy would give). */
export function latest(evidence: Evidence, upTo = evidence.commits.length): Image {
  const pages = new Map(evidence.base.pages);
  for (const commit of evidence.commits.slice(0, upTo)) for (const [n, page] of commit.pages) pages.set(n, page);
  return { pageSize: evidence.base.pageSize, pages };
}

/** Writes an image as a standalone database file and opens it, to read the schema and plain rows with SQL. */
export function openImage(image: Image): Database.Database {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'convene-forensics-')), 'copy.db');
  const size = Math.max(...image.pages.keys());
  const bytes = Buffer.alloc(size * image.pageSize);
  for (const [n, page] of image.pages) page.copy(bytes, (n - 1) * image.pageSize);
  // The header still says WAL mode; the copy has no WAL, which SQLite accepts.
  fs.writeFileSync(file, bytes);
  return new Database(file);
}

function varint(buf: Buffer, at: number): [value: number, length: number] {
  let value = 0;
  for (let i = 0; i < 9; i++) {
    const byte = buf[at + i]!;
    if (i === 8) return [value * 256 + byte, 9];
    value = value * 128 + (byte & 0x7f);
    if (byte < 0x80) return [value, i + 1];
  }
  return [value, 9];
}

function record(buf: Buffer, at: number): unknown[] {
  const [headerSize, first] = varint(buf, at);
  const types: number[] = [];
  for (let p = at + first; p < at + headerSize;) {
    const [type, length] = varint(buf, p);
    types.push(type);
    p += length;
  }
  const values: unknown[] = [];
  let p = at + headerSize;
  for (const type of types) {
    if (type === 0) values.push(null);
    else if (type >= 1 && type <= 6) {
      const size = [0, 1, 2, 3, 4, 6, 8][type]!;
      values.push(size === 8 ? Number(buf.readBigInt64BE(p)) : buf.readIntBE(p, size));
      p += size;
    } else if (type === 7) {
      values.push(buf.readDoubleBE(p));
      p += 8;
    } else if (type === 8 || type === 9) values.push(type - 8);
    else {
      const size = Math.floor((type - 12) / 2);
      values.push(type % 2 === 0 ? Buffer.from(buf.subarray(p, p + size)) : buf.toString('utf8', p, p + size));
      p += size;
    }
  }
  return values;
}

/** Every cell of the b-tree rooted at `root`, in key order, with the page and byte offset it sits at. */
export function cells(image: Image, root: number): Cell[] {
  const out: Cell[] = [];
  const walk = (n: number) => {
    const page = image.pages.get(n);
    if (!page) return; // not written yet at this point of the log
    const head = n === 1 ? 100 : 0;
    const type = page[head]!;
    const count = page.readUInt16BE(head + 3);
    const interior = type === 0x02 || type === 0x05;
    const pointers = head + (interior ? 12 : 8);
    for (let i = 0; i < count; i++) {
      const offset = page.readUInt16BE(pointers + 2 * i);
      let p = offset;
      if (interior) {
        walk(page.readUInt32BE(p));
        p += 4;
        if (type === 0x05) continue; // a table's interior cell holds only a rowid bound
      }
      const [, sizeLength] = varint(page, p);
      p += sizeLength;
      let rowid: number | null = null;
      if (type === 0x0d) {
        const [value, length] = varint(page, p);
        rowid = value;
        p += length;
      }
      out.push({ page: n, offset, rowid, values: record(page, p) });
    }
    if (interior) walk(page.readUInt32BE(head + 8));
  };
  walk(root);
  return out;
}

/** A table's root page and its columns in stored order (a WITHOUT ROWID table stores its key columns first). */
export function tableLayout(copy: Database.Database, table: string) {
  const { rootpage, sql } = copy
    .prepare('select rootpage, sql from sqlite_master where type = ? and name = ?')
    .get('table', table) as { rootpage: number; sql: string };
  const info = copy.prepare(`pragma table_info("${table}")`).all() as { name: string; pk: number; type: string }[];
  const withoutRowid = /WITHOUT\s+ROWID\s*$/i.test(sql);
  const columns = withoutRowid
    ? [...info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk), ...info.filter((c) => c.pk === 0)]
    : info;
  // In a rowid table, an INTEGER PRIMARY KEY is the rowid and is stored as NULL.
  const rowidAlias = withoutRowid
    ? null
    : (info.find((c) => c.pk === 1 && c.type.toUpperCase() === 'INTEGER' && info.filter((x) => x.pk > 0).length === 1)
        ?.name ?? null);
  return { root: rootpage, columns: columns.map((c) => c.name), rowidAlias };
}

/** The rows of a table read from its cells, each with where its bytes sit. */
export function rowsWithPlace(image: Image, layout: ReturnType<typeof tableLayout>) {
  return cells(image, layout.root).map((cell) => {
    const row: Record<string, unknown> = {};
    layout.columns.forEach((name, index) => (row[name] = name === layout.rowidAlias ? cell.rowid : cell.values[index]));
    return { ...cell, row };
  });
}
