import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PublicAgenda } from '@/components/agenda/PublicAgenda';
import { MeetingWhenWhere } from '@/components/meetings/MeetingWhenWhere';
import { PrintButton } from '@/components/ui/PrintButton';
import { listPublicAgenda } from '@/lib/agenda/data';
import { localizedName, localizedText } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getPublicMeeting } from '@/lib/meetings/data';
import { ceremonyWinnersByItem } from '@/lib/awards/data';
import '@/components/fonts/chinese-web-font';
import { BackLink } from '@/components/ui/BackLink';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, slug } = await params;
  const meeting = getPublicMeeting(slug);
  const t = await getTranslations('program');
  return meeting ? { title: `${t('title')} · ${localizedName(meeting, locale)}` } : {};
}

/** The attendees' printed program: one A4 page in the reader's language. */
export default async function ProgramPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const meeting = getPublicMeeting(slug);
  if (!meeting) notFound();
  const t = await getTranslations('program');
  const agenda = listPublicAgenda(meeting.id);
  return (
    <article className="print-sheet mx-auto max-w-3xl space-y-6 rounded-lg border border-line bg-white p-5 sm:p-10 print:max-w-none print:border-0 print:p-0">
      <div className="flex flex-wrap justify-between gap-3 print:hidden">
        <BackLink href={`/meetings/${meeting.slug}`}>{t('back')}</BackLink>
        <PrintButton>{t('print')}</PrintButton>
      </div>
      <header className="border-b-2 border-brand-700 pb-4 text-center">
        <p className="text-sm font-semibold tracking-widest text-brand-800">{t('title')}</p>
        <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{localizedName(meeting, locale)}</h1>
        {meeting.theme ? <p className="mt-2 text-lg">{localizedText(meeting.theme, meeting.themeEn, locale)}</p> : null}
        <MeetingWhenWhere meeting={meeting} whenClassName="mt-3 text-sm" />
      </header>
      <PublicAgenda
        items={agenda}
        startsAt={meeting.startsAt}
        timeZone={meeting.timeZone}
        winners={ceremonyWinnersByItem(agenda)}
      />
    </article>
  );
}
