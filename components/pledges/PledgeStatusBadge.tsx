import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/Badge';
import type { PledgeStatus } from '@/lib/pledges/data';

const tone = {
  issued: 'neutral',
  viewed: 'brand',
  overdue: 'warning',
  signed: 'success',
  countersigned: 'success',
  declined: 'warning',
} as const;

export function PledgeStatusBadge({ status }: { status: PledgeStatus }) {
  const t = useTranslations('pledges.status');
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
