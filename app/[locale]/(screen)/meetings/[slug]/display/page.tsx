import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { VenueDisplay } from '@/components/live/VenueDisplay';
import { meetingForDisplay } from '@/lib/live/guard';
import { readLiveState } from '@/lib/live/data';
import { pageLocale } from '@/lib/i18n/page-locale';

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata() {
  const t = await getTranslations('display');
  return { title: t('title') };
}

/** The projector screen: no site chrome, follows the control page by polling. */
export default async function DisplayPage({ params }: { params: Params }) {
  await pageLocale(params);
  const { slug } = await params;
  const meeting = await meetingForDisplay(slug);
  const state = meeting ? readLiveState(meeting.id) : undefined;
  if (!state) notFound();
  return <VenueDisplay slug={slug} initial={state} />;
}
