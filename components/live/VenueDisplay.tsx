'use client';

import { revealHeading } from './reveal-heading';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { localizedName, localizedText } from '@/lib/i18n/localized-name';
import type { LiveState } from '@/lib/live/data';
import { ItemClock } from './ItemClock';
import { sceneOf, useLiveState } from './useLiveState';

const POLL_MS = 1000;

/**
 * The venue screen. Asks the server every second what is on stage (useLiveState)
 * and keeps showing the last state while the network hiccups.
 */
export function VenueDisplay({ slug, initial }: { slug: string; initial: LiveState }) {
  const t = useTranslations('display');
  const kinds = useTranslations('agendaKinds');
  const locale = useLocale();
  const format = useFormatter();
  const { state, offline } = useLiveState(slug, initial, POLL_MS);
  const scene = sceneOf(state);
  const { next } = state;
  return (
    <div className="flex min-h-screen flex-col bg-brand-800 px-[4vw] py-[4vh] text-white">
      <header className="flex items-start justify-between gap-6 border-b border-white/30 pb-[2vh]">
        <div>
          <h1 className="text-[clamp(1.25rem,2.6vw,3rem)] leading-tight font-bold">{localizedName(state, locale)}</h1>
          {state.theme ? (
            <p className="text-[clamp(1rem,1.8vw,2rem)] text-white/85">
              {localizedText(state.theme, state.themeEn, locale)}
            </p>
          ) : null}
        </div>
        <FullScreenButton label={t('fullScreen')} />
      </header>

      <main id="main" className="flex flex-1 flex-col justify-center gap-[4vh] py-[4vh]" aria-live="polite">
        {scene.kind === 'reveal' ? (
          <section
            aria-label={localizedName({ name: scene.reveal.category, nameEn: scene.reveal.categoryEn }, locale)}
            data-testid="display-reveal"
            className="space-y-[2vh]"
          >
            <p className="text-[clamp(1rem,2.2vw,2.5rem)] text-white/80">
              {revealHeading(
                localizedName({ name: scene.reveal.award, nameEn: scene.reveal.awardEn }, locale),
                localizedName({ name: scene.reveal.category, nameEn: scene.reveal.categoryEn }, locale),
              )}
            </p>
            <p className="text-[clamp(2.5rem,7vw,8rem)] leading-tight font-bold">{scene.reveal.names}</p>
            {scene.reveal.organization ? (
              <p className="text-[clamp(1.25rem,3vw,3.5rem)] text-white/85">{scene.reveal.organization}</p>
            ) : null}
            <p className="max-w-[70ch] text-[clamp(1rem,2vw,2.25rem)] leading-relaxed whitespace-pre-line">
              {scene.reveal.citation}
            </p>
          </section>
        ) : scene.kind === 'current' ? (
          <>
            <section aria-label={t('now')}>
              <p className="text-[clamp(1rem,2vw,2.25rem)] text-white/75">
                {t('now')} · {kinds(scene.current.kind)}
              </p>
              <p className="text-[clamp(2rem,6vw,7rem)] leading-tight font-bold" data-testid="display-current">
                {localizedName(scene.current, locale)}
              </p>
              {scene.current.presenters ? (
                <p className="text-[clamp(1.25rem,3vw,3.5rem)]">{scene.current.presenters}</p>
              ) : null}
            </section>
            {scene.current.startedAt ? (
              <ItemClock
                startedAt={scene.current.startedAt}
                plannedMinutes={scene.current.plannedMinutes}
                serverNow={state.serverNow}
                size="screen"
              />
            ) : null}
          </>
        ) : (
          <p
            className={
              scene.kind === 'past'
                ? 'text-[clamp(1.5rem,4vw,4.5rem)] font-bold'
                : 'text-[clamp(2rem,6vw,7rem)] font-bold'
            }
            data-testid="display-current"
          >
            {scene.kind === 'past'
              ? t('past', {
                  date: format.dateTime(new Date(state.startsAt), { dateStyle: 'long', timeZone: state.timeZone }),
                })
              : t(scene.kind)}
          </p>
        )}
      </main>

      <footer className="flex items-end justify-between gap-6 border-t border-white/30 pt-[2vh]">
        {next && state.status !== 'past' ? (
          <p className="text-[clamp(1rem,2.4vw,2.75rem)]" data-testid="display-next">
            <span className="text-white/75">{t('next')} </span>
            {localizedName(next, locale)}
            {next.presenters ? <span className="text-white/75"> · {next.presenters}</span> : null}
          </p>
        ) : (
          <span />
        )}
        {offline ? (
          <p role="status" className="rounded bg-black/40 px-3 py-1 text-[clamp(0.875rem,1.2vw,1.25rem)]">
            {t('reconnecting')}
          </p>
        ) : null}
      </footer>
    </div>
  );
}

/** Browsers only allow full screen after a click; the button hides itself once there. */
function FullScreenButton({ label }: { label: string }) {
  const [full, setFull] = useState(false);
  useEffect(() => {
    const update = () => setFull(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  if (full) return null;
  return (
    <button
      type="button"
      onClick={() => void document.documentElement.requestFullscreen?.()}
      className="min-h-11 shrink-0 rounded-md border border-white/40 px-4 text-white/90 hover:bg-white/10"
    >
      {label}
    </button>
  );
}
