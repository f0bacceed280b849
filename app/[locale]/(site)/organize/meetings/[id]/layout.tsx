import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { MeetingStatusBadge } from '@/components/meetings/MeetingStatusBadge';
import { EditionLinks } from '@/components/editions/EditionLinks';
import { MeetingTabs } from '@/components/meetings/MeetingTabs';
import { PageHeader } from '@/components/ui/PageHeader';
import { BackLink } from '@/components/ui/BackLink';
import { editionLinks } from '@/lib/editions/data';
import { requireManagedMeeting } from '@/lib/meetings/guard';
import { isPubliclyVisible } from '@/lib/meetings/permissions';

/** Title and tabs shared by a meeting's organizer pages; each page checks access again for itself. */
export default async function ManagedMeetingLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}`);
  const t = await getTranslations('meetings');
  return (
    <div>
      <BackLink href="/organize" className="print:hidden">
        {t('backToOrganize')}
      </BackLink>
      <div className="print:hidden">
        <PageHeader title={meeting.title} description={<MeetingStatusBadge status={meeting.status} />} />
      </div>
      <EditionLinks {...editionLinks(meeting.id)} />
      <MeetingTabs meetingId={meeting.id} slug={meeting.slug} isPublic={isPubliclyVisible(meeting)} />
      {children}
    </div>
  );
}
