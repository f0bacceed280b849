import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { NominationForm } from '@/components/awards/NominationForm';
import { Card } from '@/components/ui/Card';
import { PageHeader } from '@/components/ui/PageHeader';
import { editNominationAction } from '@/lib/awards/actions';
import { getAward, getCategory, getNominationByToken } from '@/lib/awards/data';
import { hashToken } from '@/lib/registrations/tokens';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('awards.nominate');
  return { title: t('editTitle'), robots: { index: false } };
}

/** The nominator's private page: whoever holds the link from the receipt email. */
export default async function NominationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ sent?: string }>;
}) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const nomination = token.length <= 100 ? getNominationByToken(hashToken(token)) : undefined;
  if (!nomination) notFound();
  const category = getCategory(nomination.categoryId)!;
  const award = getAward(category.awardId)!;
  const t = await getTranslations('awards');
  const editable = nomination.status === 'submitted' && new Date() < award.nominationsCloseAt;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('nominate.editTitle')}
        description={`${award.cycleYear} ${localizedName(award, locale)} · ${localizedName(category, locale)}`}
      />
      {(await searchParams).sent ? (
        <p role="status" className="rounded-md border border-success-300 bg-success-50 px-3 py-2 text-success-800">
          {t('nominate.sent')}
        </p>
      ) : null}
      <p>{t('nominate.status', { status: t(`screening.statuses.${nomination.status}`) })}</p>
      <Card>
        {editable ? (
          <NominationForm
            action={editNominationAction}
            token={token}
            categories={[]}
            askNominator={false}
            initial={{
              categoryId: String(nomination.categoryId),
              kind: nomination.kind,
              nomineeNames: nomination.nomineeNames,
              organization: nomination.organization ?? '',
              citation: nomination.citation,
            }}
          />
        ) : (
          <div className="space-y-2">
            <p className="text-muted">{t('nominate.locked')}</p>
            <h2 className="text-lg font-semibold">{nomination.nomineeNames}</h2>
            <p className="whitespace-pre-line">{nomination.citation}</p>
          </div>
        )}
      </Card>
    </div>
  );
}
