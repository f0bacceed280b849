import { useTranslations } from 'next-intl';
import type { RegistrationStatus } from '@/db/schema/enums';
import { Badge } from '@/components/ui/Badge';

const tones = {
  confirmed: 'success',
  pending: 'brand',
  waitlisted: 'warning',
  cancelled: 'neutral',
  rejected: 'neutral',
} as const;

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const t = useTranslations('registrationStatuses');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
