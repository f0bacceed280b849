import type BetterSqlite3 from 'better-sqlite3';
import Libsql from 'libsql';

/**
 * The `libsql` package (0.5.29) speaks better-sqlite3's synchronous API closely enough for
 * drizzle's better-sqlite3 driver, but not exactly. Each difference below was seen on this
 * machine (db/libsql.test.ts holds them) and is smoothed here, so the rest of the app sees one
 * connection type whichever driver DATABASE_DRIVER picks (docs/decisions/0023-database-driver.md):
 *
 * - one bound value that is an object (a Buffer, null) is taken for a map of named parameters,
 *   which aborts the whole process (a Rust panic) or throws "failed to downcast": positional
 *   values always go in as one array;
 * - a boolean, Date or plain object among the values aborts the process: refused here with
 *   better-sqlite3's own TypeError;
 * - `get()` rows carry an extra enumerable `_metadata` key, `run()` an extra `duration`;
 * - `pluck()` is ignored by `get()` (and so `pragma(…, { simple: true })` returns a row);
 * - blobs come back as ArrayBuffer from `all()`/`iterate()` (Buffer from `get()`);
 * - `transaction()` cannot nest (better-sqlite3 uses a savepoint) and commits a callback that
 *   returned a promise, so the awaited writes land outside it (better-sqlite3 throws);
 * - a statement that failed (a unique violation) is not reset, and fails again with any values;
 *   libsql has no way to reset it, so statements compiled once (db/prepared.ts) are written not
 *   to fail in normal use (the registration insert answers a duplicate with ON CONFLICT DO NOTHING);
 * - `name` is always "", and `backup()`, `function()`, `serialize()` throw "not implemented".
 */

export type ReplicaOptions = { syncUrl: string; authToken?: string };

type LibsqlDatabase = InstanceType<typeof Libsql>;
/** The members of libsql's statement used here, with the one-argument binding this file always uses. */
type LibsqlStatement = {
  readonly reader: boolean;
  run(values: unknown): unknown;
  get(values: unknown): unknown;
  iterate(values: unknown): IterableIterator<unknown>;
  raw(toggle?: boolean): unknown;
  columns(): BetterSqlite3.ColumnDefinition[];
};

const BIND_ERROR = 'SQLite3 can only bind numbers, strings, bigints, buffers, and null';

function bindable(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'bigint':
      return value;
  }
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError(BIND_ERROR);
}

function isNamed(values: unknown[]): values is [Record<string, unknown>] {
  const [first] = values;
  return (
    values.length === 1 &&
    typeof first === 'object' &&
    first !== null &&
    Object.getPrototypeOf(first) === Object.prototype
  );
}

/** Always one array for positional values, one plain object for named ones. */
function bindings(values: unknown[]): unknown {
  if (isNamed(values))
    return Object.fromEntries(Object.entries(values[0]).map(([key, value]) => [key, bindable(value)]));
  return values.flat().map(bindable);
}

function cleanValue(value: unknown): unknown {
  return value instanceof ArrayBuffer ? Buffer.from(value) : value;
}

function cleanRow(row: unknown): unknown {
  if (row === undefined || row === null) return row;
  if (Array.isArray(row)) return row.map(cleanValue);
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row as Record<string, unknown>))
    if (key !== '_metadata') clean[key] = cleanValue(value);
  return clean;
}

class CompatStatement {
  private plucked = false;
  private rawMode = false;

  constructor(
    private readonly inner: LibsqlStatement,
    readonly source: string,
    readonly database: CompatDatabase,
  ) {}

  get reader(): boolean {
    return this.inner.reader;
  }

  raw(toggle = true): this {
    this.rawMode = toggle;
    if (toggle) this.plucked = false;
    this.inner.raw(toggle);
    return this;
  }

  pluck(toggle = true): this {
    this.plucked = toggle;
    if (toggle && this.rawMode) this.raw(false);
    return this;
  }

  private shape(row: unknown): unknown {
    const clean = cleanRow(row);
    if (!this.plucked || clean === undefined || clean === null) return clean;
    return Object.values(clean as Record<string, unknown>)[0];
  }

  run(...values: unknown[]): BetterSqlite3.RunResult {
    const { changes, lastInsertRowid } = this.inner.run(bindings(values)) as BetterSqlite3.RunResult;
    return { changes, lastInsertRowid };
  }

  get(...values: unknown[]): unknown {
    return this.shape(this.inner.get(bindings(values)));
  }

  all(...values: unknown[]): unknown[] {
    return Array.from(this.iterate(...values));
  }

  *iterate(...values: unknown[]): IterableIterator<unknown> {
    for (const row of this.inner.iterate(bindings(values))) yield this.shape(row);
  }

  columns() {
    return this.inner.columns();
  }
}

class CompatDatabase {
  readonly name: string;
  readonly memory: boolean;
  readonly readonly = false;

  constructor(
    readonly inner: LibsqlDatabase,
    file: string,
  ) {
    this.name = file;
    this.memory = file === ':memory:';
  }

  get open(): boolean {
    return this.inner.open;
  }

  get inTransaction(): boolean {
    return this.inner.inTransaction;
  }

  prepare(source: string): CompatStatement {
    return new CompatStatement(this.inner.prepare(source) as unknown as LibsqlStatement, source, this);
  }

  exec(source: string): this {
    this.inner.exec(source);
    return this;
  }

  pragma(source: string, options: { simple?: boolean } = {}): unknown {
    const statement = this.prepare(`PRAGMA ${source}`);
    return options.simple ? statement.pluck().get() : statement.all();
  }

  /**
   * better-sqlite3's semantics: BEGIN <mode> at the outside, a savepoint when already inside one,
   * and a callback that returns a promise is rolled back and refused.
   */
  transaction<F extends (...args: never[]) => unknown>(fn: F) {
    const wrap =
      (mode: string) =>
      (...args: Parameters<F>): ReturnType<F> => {
        const nested = this.inner.inTransaction;
        this.inner.exec(nested ? 'SAVEPOINT convene_nested' : `BEGIN ${mode}`);
        try {
          const result = fn(...args);
          if (result && typeof (result as { then?: unknown }).then === 'function') {
            throw new TypeError('Transaction function cannot return a promise');
          }
          this.inner.exec(nested ? 'RELEASE convene_nested' : 'COMMIT');
          return result as ReturnType<F>;
        } catch (error) {
          if (this.inner.inTransaction) {
            if (nested) {
              this.inner.exec('ROLLBACK TO convene_nested');
              this.inner.exec('RELEASE convene_nested');
            } else this.inner.exec('ROLLBACK');
          }
          throw error;
        }
      };
    return Object.assign(wrap(''), {
      deferred: wrap('DEFERRED'),
      immediate: wrap('IMMEDIATE'),
      exclusive: wrap('EXCLUSIVE'),
    });
  }

  /** Pulls the primary's newest frames into this embedded replica (a no-op without DATABASE_SYNC_URL). */
  sync(): unknown {
    return this.inner.sync();
  }

  close(): this {
    if (this.inner.open) this.inner.close();
    return this;
  }

  backup(): never {
    throw new Error(
      'The libsql driver has no online backup API; Convene copies with VACUUM INTO (lib/backup/snapshot.ts).',
    );
  }

  function(): never {
    throw new Error('The libsql driver cannot register JavaScript functions in SQL.');
  }

  serialize(): never {
    throw new Error('The libsql driver cannot serialize a database.');
  }
}

/**
 * Opens a file through libsql and returns it under better-sqlite3's type, which is the
 * contract drizzle's better-sqlite3 driver and the app code are written against. Only the
 * members above exist; the three that throw are the ones libsql lacks.
 */
export function openLibsqlConnection(file: string, replica?: ReplicaOptions): BetterSqlite3.Database {
  const inner = replica
    ? new Libsql(file, { syncUrl: replica.syncUrl, authToken: replica.authToken } as never)
    : new Libsql(file);
  return new CompatDatabase(inner, file) as unknown as BetterSqlite3.Database;
}

/** True when this connection came from the libsql driver. */
export function isLibsqlConnection(connection: unknown): boolean {
  return connection instanceof CompatDatabase;
}
