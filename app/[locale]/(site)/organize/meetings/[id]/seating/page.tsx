import { getTranslations } from 'next-intl/server';
import { AutoAssignForm } from '@/components/seating/AutoAssignForm';
import { BlockForm } from '@/components/seating/BlockForm';
import { SeatingBoard } from '@/components/seating/SeatingBoard';
import { ActionButton } from '@/components/ui/ActionButton';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { localizedName } from '@/lib/i18n/localized-name';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireManagedMeeting } from '@/lib/meetings/guard';
import { removeBlockAction } from '@/lib/seating/actions';
import { getSeatingBoard } from '@/lib/seating/data';

export async function generateMetadata() {
  const t = await getTranslations('meetings.tabs');
  return { title: t('seating') };
}

export default async function SeatingPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}/seating`);
  const t = await getTranslations('seating');
  const board = getSeatingBoard(meeting.id);
  const seated = board.people.filter((p) => p.seat).length;
  const base = `/organize/meetings/${meeting.id}/seating`;
  return (
    <div className="space-y-6">
      <Card title={t('plan.title')}>
        <div className="space-y-4">
          <p>{t('plan.summary', { seats: board.seats, confirmed: board.people.length, seated })}</p>
          {board.short > 0 ? (
            <p role="alert" className="rounded-md border border-warning-200 bg-warning-50 px-3 py-2 text-warning-800">
              {t('plan.short', { short: board.short })}
            </p>
          ) : null}
          {board.blocks.length === 0 ? <EmptyState title={t('plan.empty')} /> : null}
          <ol className="space-y-2">
            {board.blocks.map((block) => (
              <li key={block.id} className="rounded-md border border-line p-3">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-medium">{localizedName(block, locale)}</span>{' '}
                    <span className="text-sm text-muted">
                      {t(block.kind === 'rows' ? 'board.rowsSize' : 'board.tablesSize', {
                        rows: block.rows,
                        seats: block.seats,
                      })}
                    </span>
                  </summary>
                  <div className="mt-3 space-y-3">
                    <BlockForm meetingId={meeting.id} block={block} />
                    <ActionButton
                      action={removeBlockAction}
                      fields={{ meetingId: String(meeting.id), blockId: String(block.id) }}
                      confirm={t('plan.removeConfirm')}
                    >
                      {t('plan.remove', { name: block.name })}
                    </ActionButton>
                  </div>
                </details>
              </li>
            ))}
          </ol>
          <h3 className="font-semibold text-ink">{t('plan.addTitle')}</h3>
          <BlockForm meetingId={meeting.id} />
        </div>
      </Card>
      {board.blocks.length > 0 ? (
        <>
          <Card title={t('auto.title')}>
            <AutoAssignForm meetingId={meeting.id} categories={board.categories} />
          </Card>
          <Card title={t('print.title')}>
            <ul className="flex flex-wrap gap-4">
              <li>
                <Link className="text-brand-800 underline" href={`${base}/chart`}>
                  {t('print.chart')}
                </Link>
              </li>
              <li>
                <Link className="text-brand-800 underline" href={`${base}/cards`}>
                  {t('print.cards')}
                </Link>
              </li>
              <li>
                <Link className="text-brand-800 underline" href={`${base}/door-list`}>
                  {t('print.doorList')}
                </Link>
              </li>
            </ul>
          </Card>
          <SeatingBoard
            meetingId={meeting.id}
            blocks={board.blocks.map(({ id: blockId, name, nameEn, kind, rows, seats }) => ({
              id: blockId,
              name,
              nameEn,
              kind,
              rows,
              seats,
            }))}
            people={board.people}
            reserved={board.reserved.map((r) => `${r.blockId}:${r.row}:${r.seat}`)}
          />
        </>
      ) : null}
    </div>
  );
}
