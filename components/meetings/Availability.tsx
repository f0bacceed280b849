'use client';

import { useTranslations } from 'next-intl';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { cx } from '@/components/ui/cx';
import type { Availability } from '@/lib/registrations/availability';

const AvailabilityContext = createContext<Record<string, Availability> | null>(null);

/**
 * Asks `/api/meetings/availability` once, after the (cached) page has loaded, for
 * every meeting on it; the page itself stays cached through a registration surge.
 */
export function AvailabilityProvider({ slugs, children }: { slugs: string[]; children: ReactNode }) {
  const [availability, setAvailability] = useState<Record<string, Availability> | null>(null);
  const key = slugs.join('\n');
  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    const query = new URLSearchParams(key.split('\n').map((slug) => ['slug', slug]));
    fetch(`/api/meetings/availability?${query}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, Availability>>) : null))
      .then((body) => body && setAvailability(body))
      .catch(() => {});
    return () => controller.abort();
  }, [key]);
  return <AvailabilityContext.Provider value={availability}>{children}</AvailabilityContext.Provider>;
}

const registrable: Availability['state'][] = ['open', 'full'];

/** Seats left, or "full — waiting list place N", or why registration is not possible. */
export function SeatsLine({ slug, onBrand, className }: { slug: string; onBrand?: boolean; className?: string }) {
  const t = useTranslations('meetings.availability');
  const availability = useContext(AvailabilityContext)?.[slug];
  const text = !availability
    ? null
    : availability.state === 'full'
      ? t('full', { place: availability.waitlistPlace ?? 1 })
      : availability.state === 'open'
        ? availability.seatsLeft === null
          ? null
          : t('seatsLeft', { count: availability.seatsLeft })
        : t(availability.state);
  return (
    <p
      aria-live="polite"
      data-testid="seats-line"
      className={cx(
        'min-h-6',
        availability?.state === 'full'
          ? onBrand
            ? 'font-semibold text-amber-200'
            : 'font-semibold text-warning-800'
          : onBrand
            ? 'text-white/90'
            : 'text-muted',
        className,
      )}
    >
      {text}
    </p>
  );
}

/** The register button, hidden once the answer says registering is not possible (closed, past …) although the cached page still had it. */
export function RegisterGate({ slug, children }: { slug: string; children: ReactNode }) {
  const availability = useContext(AvailabilityContext)?.[slug];
  if (availability && !registrable.includes(availability.state)) return null;
  return children;
}
