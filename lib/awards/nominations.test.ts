import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { nominations, outboxEmails } from '@/db/schema';
import { makeAwardWithRound } from '@/test/awards';
import { code } from '@/test/errors';
import { editNomination, screenNomination, submitNomination } from './mutations';

describe('nominations', () => {
  it('flag a likely duplicate, send a receipt, and stay editable by link until screened', () => {
    const award = makeAwardWithRound({ nominees: 1 });
    const context = { now: new Date(), origin: 'http://localhost', locale: 'en' };
    const base = {
      categoryId: award.categoryId,
      kind: 'individual' as const,
      organization: null,
      citation: '捐款一万元',
      nominatorName: '王小明',
      nominatorEmail: 'wang@example.com',
    };
    const { id, editToken } = submitNomination({ ...base, nomineeNames: ' 候选人 1 ' }, null, context);
    const row = db.select().from(nominations).where(eq(nominations.id, id)).get()!;
    expect(row.duplicateOfId).toBe(award.nominationIds[0]);
    expect(row.nominatorId).toBeNull();
    const mail = db.select().from(outboxEmails).all().at(-1)!;
    expect(mail).toMatchObject({ to: 'wang@example.com', topic: 'nomination.receipt' });
    // The edit link rests masked in the outbox (finding 9); SMTP delivery puts it back (lib/mail/deliver.test.ts).
    expect(mail.text).toContain('http://localhost/en/nominations/[••••••]');
    expect(`${mail.text}${mail.html}`).not.toContain(editToken);
    editNomination(editToken, { ...base, nomineeNames: '赵某某' }, context);
    expect(db.select().from(nominations).where(eq(nominations.id, id)).get()).toMatchObject({
      nomineeNames: '赵某某',
      duplicateOfId: null,
    });
    expect(
      code(() =>
        screenNomination({ nominationId: id, status: 'ineligible', reason: null, shortlisted: false }, award.organizer),
      ),
    ).toBe('awards.errors.reasonRequired');
    expect(
      code(() =>
        screenNomination(
          { nominationId: id, status: 'eligible', reason: null, shortlisted: true },
          award.committee[1]!,
        ),
      ),
    ).toBe('forbidden');
    screenNomination({ nominationId: id, status: 'eligible', reason: null, shortlisted: true }, award.chair);
    expect(code(() => editNomination(editToken, { ...base, nomineeNames: '又改' }, context))).toBe(
      'awards.errors.notEditable',
    );
    expect(
      code(() =>
        submitNomination({ ...base, nomineeNames: 'x' }, null, { ...context, now: new Date('2100-01-02T00:00:00Z') }),
      ),
    ).toBe('awards.errors.nominationsClosed');
  });
});

describe('nomination receipts (issue 12, finding 8)', () => {
  it('go to one typed address at most three times an hour, and from one client at most ten; the nominations still count', () => {
    const award = makeAwardWithRound({ nominees: 1 });
    const receipts = (to: string) =>
      db
        .select()
        .from(outboxEmails)
        .all()
        .filter((mail) => mail.to === to && mail.topic === 'nomination.receipt').length;
    const context = { now: new Date(), origin: 'http://localhost', locale: 'zh-CN', ip: '203.0.113.50' };
    const base = {
      categoryId: award.categoryId,
      kind: 'individual' as const,
      organization: null,
      citation: '热心公益',
      nominatorName: '路人甲',
    };
    for (let i = 0; i < 5; i++)
      submitNomination({ ...base, nomineeNames: `被提名人${i}`, nominatorEmail: 'victim@example.com' }, null, context);
    expect(receipts('victim@example.com')).toBe(3);
    // Other addresses from the same client: every attempt counts for the client (5 so far), so five more go out.
    for (let i = 0; i < 8; i++)
      submitNomination({ ...base, nomineeNames: `候选${i}`, nominatorEmail: `other${i}@example.com` }, null, context);
    expect(
      db
        .select()
        .from(outboxEmails)
        .all()
        .filter((mail) => mail.to.startsWith('other')).length,
    ).toBe(5);
    expect(
      db
        .select()
        .from(nominations)
        .all()
        .filter((row) => row.nominatorName === '路人甲'),
    ).toHaveLength(13);
  });

  it('are limited per client: ten from one client to ten addresses, then none from it; another client is not held back', () => {
    const award = makeAwardWithRound({ nominees: 1 });
    const sentTo = (to: string) =>
      db
        .select()
        .from(outboxEmails)
        .all()
        .filter((mail) => mail.to === to && mail.topic === 'nomination.receipt').length;
    const nominate = (ip: string, email: string) =>
      submitNomination(
        {
          categoryId: award.categoryId,
          kind: 'individual',
          organization: null,
          citation: '热心公益',
          nominatorName: '路人乙',
          nomineeNames: `被提名人${email}`,
          nominatorEmail: email,
        },
        null,
        { now: new Date(), origin: 'http://localhost', locale: 'zh-CN', ip },
      );
    // Each address once (never the per-address limit): only the client's count decides.
    for (let i = 0; i < 12; i++) nominate('198.51.100.7', `relay${i}@example.net`);
    const sent = Array.from({ length: 12 }, (_, i) => sentTo(`relay${i}@example.net`));
    expect(sent).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    // A different client is counted on its own.
    nominate('198.51.100.8', 'neighbour@example.net');
    expect(sentTo('neighbour@example.net')).toBe(1);
    nominate('198.51.100.7', 'one-more@example.net');
    expect(sentTo('one-more@example.net')).toBe(0);
  });
});
