import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type Db } from '@/db';
import { IMMEDIATE } from '@/db/transaction';
import { copyOfDatabase } from '@/test/tamper';
import { verifyAuditChain } from './data';
import { recordAudit } from './mutations';

function writer(
  file: string,
  events: number,
  behavior: 'immediate' | 'deferred',
): Promise<{ written: number; failures: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'test/audit-writer.ts', file, String(events), behavior, '2'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(JSON.parse(out.trim().split('\n').at(-1)!)));
  });
}

describe('two processes writing audit events to one file', () => {
  it('with IMMEDIATE transactions: every event lands, in one linear chain', async () => {
    const database = copyOfDatabase();
    const before = verifyAuditChain(database).count;
    const results = await Promise.all([
      writer(database.$client.name, 300, 'immediate'),
      writer(database.$client.name, 300, 'immediate'),
    ]);
    expect(results).toEqual([
      { written: 300, failures: [] },
      { written: 300, failures: [] },
    ]);
    const report = verifyAuditChain(database);
    expect(report.broken).toBeNull();
    expect(report.count).toBe(before + 600);
    // Both processes' events are interleaved in the chain, not one batch after the other.
    const writers = database.$client
      .prepare('select entity_id from audit_events where id > ? order by id')
      .pluck()
      .all(before) as number[];
    expect(writers.filter((w, i) => i > 0 && w !== writers[i - 1]).length).toBeGreaterThan(1);
  }, 120_000);

  it('the trap it avoids: a DEFERRED read-then-write fails when another connection appended in between', () => {
    // Two connections on one file. A reads inside its transaction, B appends an event, then A records its own.
    const a = copyOfDatabase();
    const b = openDatabase(a.$client.name);
    b.$client.pragma('busy_timeout = 0');
    const appendFromB = () =>
      b.transaction(
        (tx) => recordAudit(tx, { actorId: null, action: 'user.update', entityType: 'user', entityId: 2 }),
        IMMEDIATE,
      );
    const readThenRecord = (database: Db, behavior: 'deferred' | 'immediate', between: () => void) =>
      database.transaction(
        (tx) => {
          tx.get(sql`select count(*) from users`);
          between();
          return recordAudit(tx, { actorId: null, action: 'user.update', entityType: 'user', entityId: 1 });
        },
        { behavior },
      );

    let code = '';
    try {
      readThenRecord(a, 'deferred', appendFromB);
    } catch (error) {
      const failure = error as { code?: string; cause?: { code?: string } };
      code = failure.cause?.code ?? failure.code ?? String(error);
    }
    expect(code).toBe('SQLITE_BUSY_SNAPSHOT');
    // IMMEDIATE: A holds the write lock from its start, so B waits (here: is told busy) and A appends after the true head.
    // On a fresh connection A: under the libsql driver the failed statement above keeps its stale snapshot
    // on the old one (db/libsql-limits.test.ts; docs/decisions/0023-database-driver.md).
    a.$client.close();
    const fresh = openDatabase(b.$client.name);
    let refused = '';
    const link = readThenRecord(fresh, 'immediate', () => {
      try {
        appendFromB();
      } catch (error) {
        refused = (error as { code: string }).code;
      }
    });
    expect(refused).toBe('SQLITE_BUSY');
    appendFromB();
    expect(verifyAuditChain(fresh)).toMatchObject({ broken: null });
    expect(link.id).toBeGreaterThan(0);
    b.$client.close();
    fresh.$client.close();
  });
});
