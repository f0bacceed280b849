'use client';

import { useEffect, useState } from 'react';
import type { LiveState } from '@/lib/live/data';

/**
 * Asks the server what is on stage every `everyMs`; the server reads it from the
 * database, so any app process answers the same and a reload loses nothing.
 * Keeps the last state while the network hiccups; `offline` after three misses.
 */
export function useLiveState(slug: string, initial: LiveState, everyMs: number) {
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
        setState((previous) =>
          previous.version === next.version && previous.title === next.title && previous.status === next.status
            ? { ...previous, serverNow: next.serverNow }
            : next,
        );
      } catch {
        failures += 1;
        if (failures >= 3) setOffline(true);
      }
      if (!stopped) timer = setTimeout(poll, everyMs);
    };
    timer = setTimeout(poll, everyMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [slug, everyMs]);

  return { state, offline };
}

export type Scene =
  | { kind: 'reveal'; reveal: NonNullable<LiveState['reveal']> }
  | { kind: 'current'; current: NonNullable<LiveState['current']> }
  | { kind: 'ended' | 'waiting' | 'past' };

/** What the venue screen shows for a state; the control page's preview uses the same choice. */
export function sceneOf(state: LiveState): Scene {
  if (state.reveal) return { kind: 'reveal', reveal: state.reveal };
  if (state.status === 'running' && state.current) return { kind: 'current', current: state.current };
  if (state.status === 'ended' || state.status === 'past') return { kind: state.status };
  return { kind: 'waiting' };
}
