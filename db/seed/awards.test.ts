import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { agendaItems, awardCategories, awards, meetings, registrationCategories } from '@/db/schema';
import { ceremonyWinnersByItem } from '@/lib/awards/data';
import { seedDemo } from './index';

describe('award demo data', () => {
  it('links both 2019 awards to the conference ceremony, whose walk-on list names their published winners in order', () => {
    seedDemo(db);
    const ceremony = db
      .select({ id: agendaItems.id, kind: agendaItems.kind })
      .from(agendaItems)
      .where(eq(agendaItems.kind, 'award_ceremony'))
      .get()!;
    const walkOn = ceremonyWinnersByItem([ceremony])[ceremony.id]!;
    // The 2019 cycle (the 2021 draft's ceremony presents the 2020 cycle: db/seed/next-edition.test.ts).
    expect(
      db
        .select()
        .from(awards)
        .where(eq(awards.cycleYear, 2019))
        .all()
        .map((a) => a.name)
        .sort(),
    ).toEqual(['福民奖', '金钥匙奖']);
    // Golden Key (two categories, two winners each), then Fumin (two winners).
    expect(walkOn.map((w) => w.category)).toEqual([
      '金钥匙奖',
      '金钥匙奖',
      '最美战“疫”者',
      '最美战“疫”者',
      '福民奖',
      '福民奖',
    ]);
  });

  it('gives the conference, its agenda, categories and awards English names (decision 0020)', () => {
    seedDemo(db);
    expect(
      db
        .select()
        .from(awards)
        .where(eq(awards.cycleYear, 2019))
        .all()
        .map((a) => a.nameEn)
        .sort(),
    ).toEqual(['Fumin Award', 'Golden Key Award']);
    const cycle2019 = db
      .select()
      .from(awardCategories)
      .innerJoin(awards, eq(awards.id, awardCategories.awardId))
      .where(eq(awards.cycleYear, 2019))
      .all();
    expect(cycle2019.map((row) => row.award_categories.nameEn).sort()).toEqual([
      'Fumin Award',
      'Golden Key Award',
      'Most Beautiful Anti-Epidemic Fighter',
    ]);
    expect(
      db
        .select()
        .from(registrationCategories)
        .all()
        .every((c) => !!c.nameEn),
    ).toBe(true);
    expect(
      db
        .select()
        .from(agendaItems)
        .all()
        .every((item) => !!item.titleEn),
    ).toBe(true);
    expect(db.select().from(meetings).where(eq(meetings.slug, '2020-civic-conference')).get()?.titleEn).toMatch(
      /^2020 /,
    );
  });
});
