import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from 'luxon';
import { PrintButton } from '@/components/ui/PrintButton';
import { id as idField } from '@/lib/actions/fields';
import { getPublishedWinner, getRound } from '@/lib/awards/data';
import { awardFromParam } from '@/lib/awards/guard';
import { AWARD_TIME_ZONE } from '@/lib/awards/schema';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import '@/components/fonts/chinese-web-font';

export async function generateMetadata() {
  const t = await getTranslations('awards');
  return { title: t('certificate') };
}

/** One winner's certificate, A4 landscape; only for winners of published rounds. */
export default async function CertificatePage({
  params,
}: {
  params: Promise<{ locale: string; id: string; nominationId: string }>;
}) {
  await pageLocale(params);
  const { id, nominationId } = await params;
  const award = awardFromParam(id);
  const parsed = idField.safeParse(nominationId);
  const winner = parsed.success ? getPublishedWinner(award.id, parsed.data) : undefined;
  if (!winner) notFound();
  const [t, locale] = await Promise.all([getTranslations('awards.certificateText'), getLocale()]);
  // Dated when the result was published, so a reprint carries the same date.
  const date = DateTime.fromJSDate(getRound(winner.roundId)?.publishedAt ?? new Date(), { zone: AWARD_TIME_ZONE })
    .setLocale(locale)
    .toLocaleString(DateTime.DATE_FULL);
  const awardName = localizedName(award, locale);
  const categoryName = localizedName({ name: winner.categoryName, nameEn: winner.categoryNameEn }, locale);
  // A category named like its award (the Golden Key Award's one category) is the award itself: name it once.
  const sameName = winner.categoryName === award.name || categoryName === awardName;
  return (
    <div>
      <style>{'@page { size: A4 landscape; margin: 0; }'}</style>
      <div className="mb-4 print:hidden">
        <PrintButton>{t('print')}</PrintButton>
      </div>
      <article className="mx-auto flex aspect-[297/210] w-full max-w-[297mm] flex-col items-center justify-center gap-6 border-[6px] border-double border-brand-700 bg-white p-6 text-center sm:p-12 print:h-[210mm] print:w-[297mm] print:max-w-none print:border-[10px]">
        <h1 className="text-3xl font-bold tracking-widest text-brand-800 sm:text-5xl">{t('title')}</h1>
        <p className="text-2xl font-semibold sm:text-4xl">{winner.nomination.nomineeNames}</p>
        {winner.nomination.organization ? <p className="text-lg text-muted">{winner.nomination.organization}</p> : null}
        <p className="max-w-3xl text-lg sm:text-2xl">
          {sameName
            ? t('bodyAwardOnly', { award: awardName, year: award.cycleYear })
            : t('body', { award: awardName, year: award.cycleYear, category: categoryName })}
        </p>
        <div className="mt-4 text-right sm:self-end">
          <p className="font-medium">{t('issuer')}</p>
          <p className="text-muted">{date}</p>
        </div>
      </article>
    </div>
  );
}
