import type { ReactNode } from 'react';

export type NameMatch = {
  key: string | number;
  name: string;
  /** What tells namesakes apart (category, organization, seat); empty ones are left out. */
  details: (string | null | undefined)[];
  /** "Checked in at …" for someone already in; null while they are not. */
  checkedIn: string | null;
};

/**
 * The people a name search at the door found, the same online and offline; `checkIn`
 * draws the way to check one in (online a server action, offline the device's queue).
 */
export function NameMatches<Match extends NameMatch>({
  label,
  none,
  matches,
  checkIn,
}: {
  label: string;
  none: string;
  matches: Match[];
  checkIn: (match: Match) => ReactNode;
}) {
  if (matches.length === 0) return <p className="mt-3 text-muted">{none}</p>;
  return (
    <ul className="mt-3 divide-y divide-line" aria-label={label}>
      {matches.map((match) => (
        <li key={match.key} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span className="min-w-0">
            <span className="font-medium">{match.name}</span>{' '}
            <span className="text-sm text-muted">{match.details.filter(Boolean).join(' · ')}</span>
          </span>
          {/* Someone already in gets a mark with the time, not a button to press again. */}
          {match.checkedIn !== null ? (
            <span className="rounded-full border border-success-300 bg-success-50 px-3 py-1 text-sm font-medium text-success-800">
              {match.checkedIn}
            </span>
          ) : (
            checkIn(match)
          )}
        </li>
      ))}
    </ul>
  );
}
