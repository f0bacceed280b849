import { readEnv } from '@/lib/env';
import { claimSweepSlot, recordSweepRun } from './mutations';

/**
 * Runs `sweep` once per slot (SWEEP_INTERVAL_SECONDS, a minute by default) across every
 * worker process on the database: each process ticks a few times per slot, at its own
 * offset, and only the one that claims the slot sweeps (docs/decisions/0022). Ticking more
 * often than the slot means a slot is not lost when one worker is busy or gone.
 */
export function everySlotOnce(sweep: (now: Date) => void): void {
  const slotMs = readEnv().SWEEP_INTERVAL_SECONDS * 1000;
  const tick = () => {
    const now = new Date();
    const slot = Math.floor(now.getTime() / slotMs);
    try {
      if (!claimSweepSlot(slot, now, slotMs)) return;
      recordSweepRun(slot);
    } catch (error) {
      // Another process held the write lock past busy_timeout: a later tick claims the slot.
      console.error('claiming the background sweep failed', error);
      return;
    }
    sweep(now);
  };
  // The first tick a few seconds after start (migrations done, server listening).
  setTimeout(tick, Math.min(5_000, slotMs)).unref();
  setInterval(tick, Math.max(250, Math.floor(slotMs / 3))).unref();
}
