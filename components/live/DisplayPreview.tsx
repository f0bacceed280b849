'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { LiveState } from '@/lib/live/data';
import { sceneOf, useLiveState } from './useLiveState';

const POLL_MS = 2000;

/**
 * A small copy of the venue screen on the control page, fed by the same endpoint
 * and the same choice of scene, so the organizer sees what the hall sees (a winner
 * revealed, the item on stage, or the waiting/ended/past screens).
 */
export function DisplayPreview({
  slug,
  initial,
  openLabel,
  href,
}: {
  slug: string;
  initial: LiveState;
  openLabel: string;
  href: string;
}) {
  const t = useTranslations('display');
  const kinds = useTranslations('agendaKinds');
  const format = useFormatter();
  const { state, offline } = useLiveState(slug, initial, POLL_MS);
  const scene = sceneOf(state);
  return (
    <div className="space-y-2">
      <div
        data-testid="display-preview"
        className="flex aspect-video flex-col justify-between overflow-hidden rounded-md bg-brand-800 p-3 text-white"
      >
        <p className="truncate text-xs text-white/80">{state.title}</p>
        <div className="min-w-0">
          {scene.kind === 'reveal' ? (
            <>
              <p className="truncate text-xs text-white/80">{scene.reveal.category}</p>
              <p className="line-clamp-2 text-xl leading-tight font-bold">{scene.reveal.names}</p>
            </>
          ) : scene.kind === 'current' ? (
            <>
              <p className="text-xs text-white/80">
                {t('now')} · {kinds(scene.current.kind)}
              </p>
              <p className="line-clamp-2 text-lg leading-tight font-bold">{scene.current.title}</p>
            </>
          ) : (
            <p className="line-clamp-2 text-lg leading-tight font-bold">
              {scene.kind === 'past'
                ? t('past', {
                    date: format.dateTime(new Date(state.startsAt), { dateStyle: 'long', timeZone: state.timeZone }),
                  })
                : t(scene.kind)}
            </p>
          )}
        </div>
        <p className="truncate text-xs text-white/80">
          {offline
            ? t('reconnecting')
            : state.next && state.status !== 'past'
              ? `${t('next')} ${state.next.title}`
              : '\u00a0'}
        </p>
      </div>
      {/* A plain link in a new tab: the projector laptop opens the same address. */}
      <a href={href} target="_blank" rel="noopener" className="text-sm text-brand-800 underline">
        {openLabel}
      </a>
    </div>
  );
}
