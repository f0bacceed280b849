import { and, eq } from 'drizzle-orm';
import type { Tx } from '../index';
import { guestsOfHonour, organizations, registrations } from '../schema';

/**
 * The dignitaries of the reference article, with the titles it gives them: the head of
 * each delegation below stands in for them (the people's names are invented), so the
 * 2020 report's lead names them as the article does, in its order (the order of marking).
 */
const dignitaries: { organization: string; title: string }[] = [
  { organization: '静安区委组织部', title: '静安区委组织部副部长、区社会工作党委书记' },
  { organization: '静安区委宣传部', title: '区委宣传部副部长、文明办主任' },
  { organization: '上海汽车集团股份有限公司', title: '上汽集团总部党委副书记' },
  { organization: '南京西路街道党工委', title: '南西街道党工委书记' },
  { organization: '南京西路街道办事处', title: '街道办事处主任' },
];

export function seedGuestsOfHonour(tx: Tx, meetingId: number) {
  const markedAt = Date.now();
  for (const [index, { organization, title }] of dignitaries.entries()) {
    const head = tx
      .select({ id: registrations.id })
      .from(registrations)
      .innerJoin(organizations, eq(organizations.id, registrations.organizationId))
      .where(and(eq(registrations.meetingId, meetingId), eq(organizations.name, organization)))
      .orderBy(registrations.id)
      .limit(1)
      .get();
    if (head)
      tx.insert(guestsOfHonour)
        .values({ registrationId: head.id, title, createdAt: new Date(markedAt + index) })
        .onConflictDoNothing()
        .run();
  }
}
