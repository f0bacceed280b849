import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { agendaItems, awards, meetings } from '@/db/schema';
import { ceremonyAwardIds } from '@/lib/awards/data';
import { seedDemo } from './index';

describe('the demo 2021 draft', () => {
  it("is prepared from the 2020 conference, with its agenda and next cycle's awards, once", () => {
    seedDemo(db);
    seedDemo(db);
    const conference = db.select().from(meetings).where(eq(meetings.slug, '2020-civic-conference')).get()!;
    const drafts = db.select().from(meetings).where(eq(meetings.previousEditionId, conference.id)).all();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      slug: '2021-civic-conference',
      status: 'draft',
      title: '2021年南京西路街道党建和精神文明建设大会',
    });
    const items = db
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, drafts[0]!.id))
      .orderBy(asc(agendaItems.position))
      .all();
    expect(items.length).toBeGreaterThan(3);
    const ceremony = items.find((item) => item.kind === 'award_ceremony')!;
    const presentedIds = ceremonyAwardIds([ceremony.id]).get(ceremony.id) ?? [];
    const presented = presentedIds.map((awardId) =>
      db.select({ name: awards.name, cycleYear: awards.cycleYear }).from(awards).where(eq(awards.id, awardId)).get()!,
    );
    expect(presented).toEqual([
      { name: '金钥匙奖', cycleYear: 2020 },
      { name: '福民奖', cycleYear: 2020 },
    ]);
  });
});
