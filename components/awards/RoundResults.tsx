import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/ui/ActionButton';
import { Badge } from '@/components/ui/Badge';
import type { AwardCategory, Nomination, VotingRound } from '@/db/schema';
import { castingVoteAction, runoffAction } from '@/lib/awards/actions';
import type { RoundTally } from '@/lib/awards/tally';
import { TableHead } from '@/components/ui/Table';

/** The outcome per nomination and the arithmetic behind it; plus the tie step the round's rule calls for. */
export async function RoundResults({
  round,
  category,
  candidates,
  tally,
  canSettle,
  openBallots,
}: {
  round: VotingRound;
  category: AwardCategory;
  candidates: Map<number, Nomination>;
  tally: RoundTally;
  canSettle: boolean;
  openBallots: { name: string; choices: number[] }[];
}) {
  const t = await getTranslations('awards.results');
  const name = (id: number) => candidates.get(id)?.nomineeNames ?? `#${id}`;
  const ranked = round.method === 'ranked';
  return (
    <div className="space-y-4">
      <p>{t('arithmetic', { eligible: tally.eligibleVoters, ballots: tally.ballotsCast })}</p>
      {/* Phones: one card per nominee, outcome first; the full table from the small breakpoint up. */}
      <ul className="space-y-2 sm:hidden">
        {tally.nominations.map((row) => (
          <li key={row.nominationId} className="rounded-md border border-line p-3">
            <p className="flex flex-wrap items-center justify-between gap-2 font-medium">
              {name(row.nominationId)}
              <Badge tone={row.outcome === 'elected' ? 'success' : row.outcome === 'tie' ? 'warning' : 'neutral'}>
                {t(`outcomes.${row.outcome}`)}
              </Badge>
            </p>
            <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 text-sm tabular-nums">
              <dt className="text-muted">{t('votes')}</dt>
              <dd className="text-right font-semibold">{row.votes}</dd>
              {ranked ? (
                <>
                  <dt className="text-muted">{t('points')}</dt>
                  <dd className="text-right">{row.points}</dd>
                </>
              ) : null}
              <dt className="text-muted">{t('threshold')}</dt>
              <dd className="text-right">{row.thresholdVotes}</dd>
              <dt className="text-muted">{t('eligible')}</dt>
              <dd className="text-right">{row.eligible}</dd>
              <dt className="text-muted">{t('recused')}</dt>
              <dd className="text-right">{row.recused}</dd>
              <dt className="text-muted">{t('voted')}</dt>
              <dd className="text-right">{row.voted}</dd>
              <dt className="text-muted">{t('quorum')}</dt>
              <dd className="text-right">{row.quorumNeeded}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">{category.name}</caption>
          <TableHead
            rowClassName="border-b border-line"
            columns={[
              { label: t('nominee'), className: 'py-2 pr-3' },
              ...(
                [
                  'eligible',
                  'recused',
                  'voted',
                  'quorum',
                  'votes',
                  ...(ranked ? (['points'] as const) : []),
                  'threshold',
                ] as const
              ).map((key) => ({ label: t(key), className: 'px-2 text-right' })),
              { label: t('outcome'), className: 'pl-2' },
            ]}
          />
          <tbody>
            {tally.nominations.map((row) => (
              <tr key={row.nominationId} className="border-b border-line tabular-nums">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {name(row.nominationId)}
                </th>
                <td className="px-2 text-right">{row.eligible}</td>
                <td className="px-2 text-right">{row.recused}</td>
                <td className="px-2 text-right">{row.voted}</td>
                <td className="px-2 text-right">{row.quorumNeeded}</td>
                <td className="px-2 text-right font-semibold">{row.votes}</td>
                {ranked ? <td className="px-2 text-right">{row.points}</td> : null}
                <td className="px-2 text-right">{row.thresholdVotes}</td>
                <td className="pl-2">
                  <Badge tone={row.outcome === 'elected' ? 'success' : row.outcome === 'tie' ? 'warning' : 'neutral'}>
                    {t(`outcomes.${row.outcome}`)}
                  </Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-muted">{t('method')}</p>
      {tally.needsRunoff ? (
        <div className="space-y-2">
          <p className="font-medium">{t('runoffNeeded')}</p>
          {canSettle ? (
            <ActionButton action={runoffAction} fields={{ roundId: String(round.id) }}>
              {t('createRunoff')}
            </ActionButton>
          ) : null}
        </div>
      ) : null}
      {tally.awaitingCastingVote ? (
        <div className="space-y-2">
          <p className="font-medium">{t('castingNeeded')}</p>
          {canSettle
            ? tally.tiedIds.map((id) => (
                <ActionButton
                  key={id}
                  action={castingVoteAction}
                  fields={{ roundId: String(round.id), nominationId: String(id) }}
                >
                  {t('castingChoose', { nominee: name(id) })}
                </ActionButton>
              ))
            : null}
        </div>
      ) : null}
      {openBallots.length > 0 ? (
        <div>
          <h3 className="mb-2 font-semibold">{t('openBallots')}</h3>
          <ul className="space-y-1 text-sm">
            {openBallots.map((ballot) => (
              <li key={ballot.name}>
                {ballot.name}: {ballot.choices.map(name).join(ranked ? ' > ' : '、') || '—'}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
