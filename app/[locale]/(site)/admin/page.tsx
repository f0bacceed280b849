import { requireRole } from '@/lib/auth/guard';
import { redirect } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

export default async function AdminIndex({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireRole('admin', '/admin');
  redirect({ href: '/admin/organizations', locale });
}
