import { useTranslations } from 'next-intl';
import type { MeetingStatus } from '@/db/schema/enums';
import { Badge } from '@/components/ui/Badge';

const tones = { draft: 'neutral', published: 'success', closed: 'brand', cancelled: 'warning' } as const;

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = useTranslations('meetingStatuses');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
