import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { makeUser } from '@/test/factories';
import { copyOfDatabase, withTriggersDropped } from '@/test/tamper';
import { createHash } from 'node:crypto';
import { GENESIS } from './chain';
import { auditChainHead, verifyAuditChain } from './data';
import { recordAudit } from './mutations';

const sqlite = db.$client;

function record(action = 'user.update', changes?: Record<string, unknown>) {
  return db.transaction((tx) => recordAudit(tx, { actorId: null, action, entityType: 'user', entityId: 1, changes }));
}

/** Ten fresh events; returns the ids of the first and last. */
function tenEvents() {
  const first = record('organization.create', {
    name: '新成居民区党总支',
    seats: 3,
    when: new Date('2020-04-30T01:00:00Z'),
  });
  for (let i = 0; i < 8; i += 1) record('user.update', { name: [`甲${i}`, `乙${i}`] });
  const last = record('user.archive');
  return { first: first.id, last: last.id };
}

describe('the audit hash chain', () => {
  it('links every event to the one before, from GENESIS, and the head is the last event', () => {
    const actor = makeUser();
    const { first, last } = tenEvents();
    db.transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.id,
        action: 'user.roleChange',
        entityType: 'user',
        entityId: actor.id,
        changes: { role: ['member', 'admin'] },
      }),
    );
    const report = verifyAuditChain();
    expect(report.broken).toBeNull();
    expect(report.verifiedUpTo).toBe(last + 1);
    expect(auditChainHead()).toEqual({ id: last + 1, hash: report.head });
    const rows = sqlite
      .prepare('select id, prev_hash as prevHash, hash from audit_events where id between ? and ? order by id')
      .all(first, last) as { id: number; prevHash: string; hash: string }[];
    rows.slice(1).forEach((row, index) => expect(row.prevHash).toBe(rows[index]!.hash));
    const genesis = sqlite.prepare('select prev_hash as prevHash from audit_events order by id limit 1').get() as {
      prevHash: string;
    };
    expect(genesis.prevHash).toBe(GENESIS);
  });

  it('hashes the serialization decision 0012 documents (recomputed here from the spec, not with our code)', () => {
    const { id, hash } = record('meeting.update', { title: ['旧', '新'], capacity: 80 });
    const row = sqlite
      .prepare('select prev_hash as prevHash, created_at as createdAt from audit_events where id = ?')
      .get(id) as { prevHash: string; createdAt: number };
    const sha = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
    const body = sha(
      `["convene-audit/1",null,"meeting.update","user",1,"{\\"title\\":[\\"旧\\",\\"新\\"],\\"capacity\\":80}",${row.createdAt}]`,
    );
    expect(sha(`["convene-audit/1",${id},"${row.prevHash}","${body}"]`)).toBe(hash);
  });

  it('names a changed event (content rewritten with the trigger dropped)', () => {
    const { first } = tenEvents();
    const target = first + 4;
    const copy = copyOfDatabase();
    withTriggersDropped(copy.$client, () =>
      copy.$client.prepare(`update audit_events set changes = '{"name":["甲3","丙"]}' where id = ?`).run(target),
    );
    expect(verifyAuditChain(copy).broken).toEqual({ id: target, reason: 'content' });
    expect(verifyAuditChain(copy).verifiedUpTo).toBe(target - 1);
    expect(verifyAuditChain().broken).toBeNull();
  });

  it('names the gap where a row was deleted', () => {
    const { first } = tenEvents();
    const copy = copyOfDatabase();
    withTriggersDropped(copy.$client, () =>
      copy.$client.prepare('delete from audit_events where id in (?, ?)').run(first + 2, first + 3),
    );
    expect(verifyAuditChain(copy).broken).toEqual({
      id: first + 4,
      reason: 'missing',
      missing: [first + 2, first + 3],
    });
  });

  it('catches two events swapped (reordered)', () => {
    const { first } = tenEvents();
    const copy = copyOfDatabase();
    const swap = copy.$client;
    withTriggersDropped(swap, () => {
      swap.prepare('update audit_events set id = -1 where id = ?').run(first + 1);
      swap.prepare('update audit_events set id = ? where id = ?').run(first + 1, first + 2);
      swap.prepare('update audit_events set id = ? where id = -1').run(first + 2);
    });
    expect(verifyAuditChain(copy).broken?.id).toBe(first + 1);
  });

  it('catches an event inserted behind the app, with or without made-up hashes', () => {
    const { last } = tenEvents();
    const copy = copyOfDatabase();
    withTriggersDropped(copy.$client, () =>
      copy.$client
        .prepare(
          "insert into audit_events (id, action, entity_type, created_at, prev_hash, hash) values (?, 'user.update', 'user', 0, ?, ?)",
        )
        .run(last + 1, 'f'.repeat(64), 'e'.repeat(64)),
    );
    expect(verifyAuditChain(copy).broken).toEqual({ id: last + 1, reason: 'link' });
  });

  it('the CLI (npm run audit:verify) exits 1 and names the first broken event', () => {
    const { first } = tenEvents();
    const copy = copyOfDatabase();
    withTriggersDropped(copy.$client, () =>
      copy.$client.prepare("update audit_events set action = 'user.restore' where id = ?").run(first + 6),
    );
    copy.$client.close();
    let output = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'lib/audit/verify-cli.ts'], {
        env: { ...process.env, DATABASE_FILE: copy.$client.name },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const failure = error as { status: number; stdout: string };
      status = failure.status;
      output = failure.stdout;
    }
    expect(status).toBe(1);
    expect(output).toContain(`BROKEN at event ${first + 6}`);
  }, 90_000);
});
