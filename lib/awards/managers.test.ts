import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditEvents, awardManagers, awards, committeeMembers } from '@/db/schema';
import { makeUser } from '@/test/factories';
import { code } from '@/test/errors';
import { awardForm, makeAwardWithRound } from '@/test/awards';
import {
  addAwardManager,
  addCategory,
  appointCommitteeMember,
  changeRoundStatus,
  createAward,
  removeAwardManager,
  removeCommitteeMember,
  screenNomination,
  updateAward,
} from './mutations';

/** Finding 10: an organizer runs only the awards they manage (decision 0014). */
describe('award managers', () => {
  it('makes the creator the first manager', () => {
    const organizer = makeUser({ role: 'organizer' });
    const awardId = createAward(awardForm(), organizer);
    expect(
      db
        .select()
        .from(awardManagers)
        .where(eq(awardManagers.awardId, awardId))
        .all()
        .map((m) => m.userId),
    ).toEqual([organizer.id]);
  });

  it('refuses an organizer who does not manage the award: no committee seat, no new voting window, no dismissal, nothing changed', () => {
    const { awardId, committee, nominationIds, roundId } = makeAwardWithRound({ committee: 3, nominees: 1 });
    const stranger = makeUser({ role: 'organizer' });
    const before = db.select().from(awards).where(eq(awards.id, awardId)).get()!;
    expect(code(() => appointCommitteeMember(awardId, stranger.id, 'member', stranger))).toBe('forbidden');
    expect(
      code(() => updateAward(awardId, awardForm({ name: before.name, votingClosesAt: '2040-01-01T00:00' }), stranger)),
    ).toBe('forbidden');
    expect(code(() => removeCommitteeMember(awardId, committee[1]!.id, stranger))).toBe('forbidden');
    expect(
      code(() => addCategory({ awardId, name: '另一类', nameEn: null, description: null, winners: 1 }, stranger)),
    ).toBe('forbidden');
    expect(code(() => addAwardManager(awardId, stranger.id, stranger))).toBe('forbidden');
    expect(
      code(() =>
        screenNomination(
          { nominationId: nominationIds[0]!, status: 'withdrawn', reason: null, shortlisted: false },
          stranger,
        ),
      ),
    ).toBe('forbidden');
    expect(code(() => changeRoundStatus(roundId, 'open', stranger))).toBe('forbidden');
    expect(db.select().from(awards).where(eq(awards.id, awardId)).get()).toEqual(before);
    expect(db.select().from(committeeMembers).where(eq(committeeMembers.awardId, awardId)).all()).toHaveLength(3);
    expect(
      db
        .select()
        .from(awardManagers)
        .where(and(eq(awardManagers.awardId, awardId), eq(awardManagers.userId, stranger.id)))
        .get(),
    ).toBeUndefined();
  });

  it('lets a manager add a co-manager, who may then act; the audit log says who did it; the last manager stays', () => {
    const { organizer, awardId } = makeAwardWithRound({ committee: 1, nominees: 1 });
    const colleague = makeUser({ role: 'organizer' });
    addAwardManager(awardId, colleague.id, organizer);
    appointCommitteeMember(awardId, colleague.id, 'member', colleague);
    expect(code(() => addAwardManager(awardId, colleague.id, organizer))).toBe('alreadyManager');
    expect(code(() => addAwardManager(awardId, makeUser().id, organizer))).toBe('managerNeedsRole');
    removeAwardManager(awardId, organizer.id, colleague);
    expect(code(() => removeAwardManager(awardId, colleague.id, colleague))).toBe('lastManager');
    // The removed manager no longer runs the award.
    expect(code(() => removeCommitteeMember(awardId, colleague.id, organizer))).toBe('forbidden');
    const log = db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'award'), eq(auditEvents.entityId, awardId)))
      .all();
    expect(log.filter((e) => e.action === 'award.addManager').map((e) => e.actorId)).toEqual([organizer.id]);
    expect(log.filter((e) => e.action === 'award.removeManager').map((e) => e.actorId)).toEqual([colleague.id]);
  });

  it('lets an admin manage any award, and stops a manager who lost the organizer role', () => {
    const { organizer, awardId, committee } = makeAwardWithRound({ committee: 2, nominees: 1 });
    const admin = makeUser({ role: 'admin' });
    removeCommitteeMember(awardId, committee[1]!.id, admin);
    expect(code(() => removeCommitteeMember(awardId, committee[0]!.id, { ...organizer, role: 'member' }))).toBe(
      'forbidden',
    );
  });
});
