'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { localizedName, localizedText } from '@/lib/i18n/localized-name';
import type { LiveState } from '@/lib/live/data';
import { ItemClock } from './ItemClock';

const POLL_MS = 1000;

/**
 * The venue screen. Asks the server every second what is on stage; the server
 * reads it from the database, so any app process answers the same and a reload
 * loses nothing. Keeps showing the last state while the network hiccups.
 */
export function VenueDisplay({ slug, initial }: { slug: string; initial: LiveState }) {
  const t = useTranslations('display');
  const kinds = useTranslations('agendaKinds');
  const locale = useLocale();
  const [state, setState] = useState(initial);
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    let failures = 0;
    const poll = async () => {
      try {
        const response = await fetch(`/api/meetings/${encodeURIComponent(slug)}/live`, { cache: 'no-store' });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as LiveState;
        failures = 0;
        setOffline(false);
        setState((previous) => (previous.version === next.version && previous.title === next.title ? { ...previous, serverNow: next.serverNow } : next));
      } catch {
        failures += 1;
        if (failures >= 3) setOffline(true);
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [slug]);

  const { current, next } = state;
  return (
    <div className="flex min-h-screen flex-col bg-brand-800 px-[4vw] py-[4vh] text-white">
      <header className="flex items-start justify-between gap-6 border-b border-white/30 pb-[2vh]">
        <div>
          <h1 className="text-[clamp(1.25rem,2.6vw,3rem)] leading-tight font-bold">{localizedName(state, locale)}</h1>
          {state.theme ? <p className="text-[clamp(1rem,1.8vw,2rem)] text-white/85">{localizedText(state.theme, state.themeEn, locale)}</p> : null}
        </div>
        <FullScreenButton label={t('fullScreen')} />
      </header>

      <main id="main" className="flex flex-1 flex-col justify-center gap-[4vh] py-[4vh]" aria-live="polite">
        {state.reveal ? (
          <section aria-label={localizedName({ name: state.reveal.category, nameEn: state.reveal.categoryEn }, locale)} data-testid="display-reveal" className="space-y-[2vh]">
            <p className="text-[clamp(1rem,2.2vw,2.5rem)] text-white/80">
              {localizedName({ name: state.reveal.award, nameEn: state.reveal.awardEn }, locale)} · {localizedName({ name: state.reveal.category, nameEn: state.reveal.categoryEn }, locale)}
            </p>
            <p className="text-[clamp(2.5rem,7vw,8rem)] leading-tight font-bold">{state.reveal.names}</p>
            {state.reveal.organization ? <p className="text-[clamp(1.25rem,3vw,3.5rem)] text-white/85">{state.reveal.organization}</p> : null}
            <p className="max-w-[70ch] text-[clamp(1rem,2vw,2.25rem)] leading-relaxed whitespace-pre-line">{state.reveal.citation}</p>
          </section>
        ) : state.status === 'running' && current ? (
          <>
            <section aria-label={t('now')}>
              <p className="text-[clamp(1rem,2vw,2.25rem)] text-white/75">
                {t('now')} · {kinds(current.kind)}
              </p>
              <p className="text-[clamp(2rem,6vw,7rem)] leading-tight font-bold" data-testid="display-current">
                {localizedName(current, locale)}
              </p>
              {current.presenters ? <p className="text-[clamp(1.25rem,3vw,3.5rem)]">{current.presenters}</p> : null}
            </section>
            {current.startedAt ? (
              <ItemClock startedAt={current.startedAt} plannedMinutes={current.plannedMinutes} serverNow={state.serverNow} size="screen" />
            ) : null}
          </>
        ) : state.status === 'ended' ? (
          <p className="text-[clamp(2rem,6vw,7rem)] font-bold" data-testid="display-current">
            {t('ended')}
          </p>
        ) : (
          <p className="text-[clamp(2rem,6vw,7rem)] font-bold" data-testid="display-current">
            {t('waiting')}
          </p>
        )}
      </main>

      <footer className="flex items-end justify-between gap-6 border-t border-white/30 pt-[2vh]">
        {next ? (
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
