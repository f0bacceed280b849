import { getTranslations } from 'next-intl/server';
import { RunSheet } from '@/components/agenda/RunSheet';
import { MeetingWhenWhere } from '@/components/meetings/MeetingWhenWhere';
import { PrintButton } from '@/components/ui/PrintButton';
import { listAgendaItems } from '@/lib/agenda/data';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireManagedMeeting } from '@/lib/meetings/guard';
import { ceremonyWinnersByItem } from '@/lib/awards/data';
import { PledgeHandovers } from '@/components/pledges/PledgeHandovers';
import { pledgeHandovers } from '@/lib/pledges/data';
import '@/components/fonts/chinese-web-font';

export async function generateMetadata() {
  const t = await getTranslations('runSheet');
  return { title: t('title') };
}

export default async function RunSheetPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}/run-sheet`);
  const t = await getTranslations('runSheet');
  const items = listAgendaItems(meeting.id);
  return (
    <article className="print-sheet space-y-4 rounded-lg border border-line bg-white p-4 sm:p-6 print:border-0 print:p-0">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">{t('title')}</p>
          <h2 className="text-xl font-bold">{localizedName(meeting, locale)}</h2>
          <MeetingWhenWhere meeting={meeting} whenClassName="text-sm" />
        </div>
        <PrintButton>{t('print')}</PrintButton>
      </div>
      <RunSheet
        items={items}
        startsAt={meeting.startsAt}
        timeZone={meeting.timeZone}
        winners={ceremonyWinnersByItem(items)}
      />
      <PledgeHandovers handovers={pledgeHandovers(meeting.id)} />
      <p className="text-xs text-muted">{t('confidential')}</p>
    </article>
  );
}
