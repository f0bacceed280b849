import { describe, expect, it } from 'vitest';
import { databaseDriver, readEnv } from './env';

describe('the database driver settings', () => {
  it('default to better-sqlite3 on a local file', () => {
    expect(databaseDriver({})).toEqual({ driver: 'better-sqlite3', replica: undefined });
  });

  it('take libsql, and a replica of a sqld primary with its token', () => {
    expect(
      databaseDriver({
        DATABASE_DRIVER: 'libsql',
        DATABASE_SYNC_URL: 'libsql://db.example.cn',
        DATABASE_AUTH_TOKEN: 'token',
      }),
    ).toEqual({
      driver: 'libsql',
      replica: { syncUrl: 'libsql://db.example.cn', authToken: 'token' },
    });
  });

  it('refuse an unknown driver, a replica without libsql, a token without a replica, and a URL of another kind', () => {
    expect(() => readEnv({ DATABASE_DRIVER: 'sqlite3' })).toThrow(/DATABASE_DRIVER/);
    expect(() => readEnv({ DATABASE_SYNC_URL: 'libsql://db.example.cn' })).toThrow(
      /DATABASE_SYNC_URL: needs DATABASE_DRIVER=libsql/,
    );
    expect(() => readEnv({ DATABASE_DRIVER: 'libsql', DATABASE_AUTH_TOKEN: 'token' })).toThrow(
      /DATABASE_AUTH_TOKEN: is used only with DATABASE_SYNC_URL/,
    );
    expect(() => readEnv({ DATABASE_DRIVER: 'libsql', DATABASE_SYNC_URL: 'ftp://db.example.cn' })).toThrow(
      /DATABASE_SYNC_URL: must start with/,
    );
  });
});
