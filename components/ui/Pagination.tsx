import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PAGE_SIZE } from '@/lib/search';
import { buttonClass } from './Button';

/** Previous/next links that keep the current filters. */
export async function Pagination({
  pathname,
  query,
  page,
  total,
}: {
  pathname: string;
  query: Record<string, string | undefined>;
  page: number;
  total: number;
}) {
  const t = await getTranslations('common');
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return null;
  const href = (p: number) => ({
    pathname,
    query: Object.fromEntries(Object.entries({ ...query, page: String(p) }).filter(([, v]) => v)) as Record<
      string,
      string
    >,
  });
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonClass('secondary')} rel="prev">
          {t('previousPage')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">{t('pageOf', { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={buttonClass('secondary')} rel="next">
          {t('nextPage')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
