import { describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { IMMEDIATE } from '@/db/transaction';
import { copyOfDatabase, rehashChainFrom, withTriggersDropped } from '@/test/tamper';
import { FULL_WALK_EVERY_MS } from './checkpoint';
import { verifyAuditChain, verifyAuditChainForView } from './data';
import { recordAudit } from './mutations';

function append(database: Db, events: number): { first: number; last: number } {
  const ids = database.transaction(
    (tx) =>
      Array.from({ length: events }, (_, n) =>
        recordAudit(tx, {
          actorId: null,
          action: 'user.update',
          entityType: 'user',
          entityId: n + 1,
          changes: { name: [`甲${n}`, `乙${n}`] },
        }),
      ),
    IMMEDIATE,
  );
  return { first: ids[0]!.id, last: ids.at(-1)!.id };
}

/** A database of its own (the checkpoint is per file), with 20 events and one view behind it. */
function viewedChain() {
  const database = copyOfDatabase();
  const { first, last } = append(database, 20);
  const now = Date.now();
  const view = verifyAuditChainForView({ now }, database);
  expect(view).toMatchObject({ walk: 'full', verifiedUpTo: last, broken: null, rewritten: null });
  return { database, first, checkpoint: last, now };
}

describe('the audit page’s chain check from a checkpoint (decision 0030)', () => {
  it('after a full walk, the next view walks only from the checkpoint to the head', () => {
    const { database, checkpoint, now } = viewedChain();
    const { last } = append(database, 3);
    const view = verifyAuditChainForView({ now: now + 1000 }, database);
    expect(view).toMatchObject({ walk: 'since', since: checkpoint, verifiedUpTo: last, broken: null, fullWalkAt: now });
    expect(view.count).toBe(4);
    // And the checkpoint moved to the head: the view after that reads one event.
    expect(verifyAuditChainForView({ now: now + 2000 }, database)).toMatchObject({ since: last, count: 1 });
  });

  it('an event after the checkpoint changed in the file is still caught and named', () => {
    const { database, checkpoint, now } = viewedChain();
    append(database, 5);
    withTriggersDropped(database.$client, () =>
      database.$client
        .prepare(`update audit_events set changes = '{"name":["甲","丙"]}' where id = ?`)
        .run(checkpoint + 2),
    );
    const view = verifyAuditChainForView({ now: now + 1000 }, database);
    expect(view.broken).toEqual({ id: checkpoint + 2, reason: 'content' });
    expect(view.verifiedUpTo).toBe(checkpoint + 1);
  });

  it('events deleted after the checkpoint are named as audit:verify names them', () => {
    const { database, checkpoint, now } = viewedChain();
    append(database, 5);
    withTriggersDropped(database.$client, () =>
      database.$client.prepare('delete from audit_events where id in (?, ?)').run(checkpoint + 1, checkpoint + 2),
    );
    expect(verifyAuditChainForView({ now: now + 1000 }, database).broken).toEqual({
      id: checkpoint + 3,
      reason: 'missing',
      missing: [checkpoint + 1, checkpoint + 2],
    });
  });

  it('a rewrite before the checkpoint that recomputes every hash: the full walk passes, the view does not', () => {
    const { database, first, checkpoint, now } = viewedChain();
    const was = database.$client.prepare('select hash from audit_events where id = ?').pluck().get(checkpoint);
    withTriggersDropped(database.$client, () =>
      database.$client.prepare(`update audit_events set changes = '{"name":["甲","丙"]}' where id = ?`).run(first + 1),
    );
    rehashChainFrom(database.$client, first + 1);
    append(database, 2);
    expect(verifyAuditChain(database).broken).toBeNull();
    const view = verifyAuditChainForView({ now: now + 1000 }, database);
    expect(view.rewritten).toMatchObject({ id: checkpoint, was, verifiedAt: now });
    expect(view.rewritten?.now).toMatch(/^[0-9a-f]{64}$/);
    expect(view.rewritten?.now).not.toBe(was);
    // Said on every view, the full one included, not once.
    expect(verifyAuditChainForView({ full: true, now: now + 2000 }, database).rewritten?.id).toBe(checkpoint);
  });

  it('an event deleted before the checkpoint sends the view back to the full walk, which names it', () => {
    const { database, first, now } = viewedChain();
    withTriggersDropped(database.$client, () =>
      database.$client.prepare('delete from audit_events where id = ?').run(first + 3),
    );
    expect(verifyAuditChainForView({ now: now + 1000 }, database)).toMatchObject({
      walk: 'full',
      broken: { id: first + 4, reason: 'missing', missing: [first + 3, first + 3] },
    });
  });

  it('the limit: an edit before the checkpoint that leaves the hashes is found by the full walk (asked for, or hourly)', () => {
    const { database, first, now } = viewedChain();
    withTriggersDropped(database.$client, () =>
      database.$client.prepare("update audit_events set action = 'user.restore' where id = ?").run(first + 1),
    );
    expect(verifyAuditChainForView({ now: now + 1000 }, database)).toMatchObject({ walk: 'since', broken: null });
    expect(verifyAuditChainForView({ full: true, now: now + 2000 }, database).broken).toEqual({
      id: first + 1,
      reason: 'content',
    });
    expect(verifyAuditChainForView({ now: now + FULL_WALK_EVERY_MS + 1 }, database)).toMatchObject({
      walk: 'full',
      broken: { id: first + 1, reason: 'content' },
    });
  });
});
