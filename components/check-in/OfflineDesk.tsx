'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { DoorVerdictPanel } from '@/components/registrations/DoorVerdictPanel';
import { signalDoorVerdict, unlockDoorSound } from '@/components/registrations/door-signal';
import { QrScanner } from '@/components/registrations/QrScanner';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/Field';
import type { SnapshotTicket } from '@/lib/check-in/data';
import { clock } from './clock';
import { NameMatches } from './NameMatches';
import type { LocalVerdict, useDoorStation } from './use-door-station';

type Station = ReturnType<typeof useDoorStation>;

/**
 * The door without the server: the same three answers as online, from the device's list,
 * and a name search over it. Each check-in waits in the queue until the network is back.
 */
export function OfflineDesk({ station, locale }: { station: Station; locale: string }) {
  const t = useTranslations('doorStation');
  const tc = useTranslations('checkIn');
  const [answer, setAnswer] = useState<{ verdict: LocalVerdict; round: number } | null>(null);
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const zone = station.copy?.snapshot.timeZone;
  const category = (ticket: SnapshotTicket) => (locale === 'en' && ticket.categoryEn) || ticket.category || '';
  const seatOf = (ticket: SnapshotTicket) => (locale === 'en' ? ticket.seatEn : ticket.seat);

  if (!station.copy) return <p className="text-muted">{t('noCopy')}</p>;

  const submit = async (code: string) => {
    if (!code.trim()) return;
    const verdict = await station.checkIn(code);
    signalDoorVerdict(verdict.verdict);
    setAnswer((previous) => ({ verdict, round: (previous?.round ?? 0) + 1 }));
    if (input.current) input.current.value = verdict.verdict === 'refused' ? code : '';
    input.current?.focus();
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    unlockDoorSound();
    void submit(input.current?.value ?? '');
  };
  const message = (verdict: LocalVerdict) => {
    if (verdict.verdict === 'checkedIn') {
      const seat = seatOf(verdict.ticket);
      return seat
        ? tc('doneSeat', { name: verdict.ticket.name, category: category(verdict.ticket), seat })
        : tc('done', { name: verdict.ticket.name, category: category(verdict.ticket) });
    }
    if (verdict.verdict === 'already')
      return t('alreadyAt', {
        name: verdict.ticket.name,
        time: clock(verdict.at, zone),
        station: verdict.station ?? '—',
      });
    return t('notInList', { time: clock(station.copy!.syncedAt, zone) });
  };
  const needle = query.trim();
  const found = needle
    ? [...station.tickets.values()].filter((ticket) => ticket.name.includes(needle)).slice(0, 20)
    : [];

  return (
    <div className="space-y-6">
      <p className="text-sm text-muted">{t('offlineHint')}</p>
      <div aria-live="polite">
        {answer ? (
          <DoorVerdictPanel key={answer.round} verdict={answer.verdict.verdict} message={message(answer.verdict)} />
        ) : null}
      </div>
      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <TextField
          ref={input}
          label={tc('code')}
          name="code"
          idPrefix="offline"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="max-w-sm"
          aria-invalid={answer?.verdict.verdict === 'refused' ? true : undefined}
          hint={tc('codeHint')}
        />
        <Button type="submit" className="w-full sm:w-auto">
          {tc('checkIn')}
        </Button>
      </form>
      <QrScanner onCode={(code) => void submit(code)} />
      <div role="search">
        <TextField
          type="search"
          label={tc('name')}
          name="q"
          idPrefix="offline-search"
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          hint={tc('searchHint')}
        />
        {needle ? (
          <NameMatches
            label={tc('byName')}
            none={t('noName')}
            matches={found.map((ticket) => ({
              key: ticket.code,
              name: ticket.name,
              details: [category(ticket), ticket.organization, seatOf(ticket)],
              checkedIn: ticket.checkedInAt
                ? t('checkedInAt', { time: clock(ticket.checkedInAt, zone), station: ticket.station ?? '—' })
                : null,
            }))}
            checkIn={(match) => (
              <Button variant="secondary" onClick={() => void submit(match.key)}>
                {tc('checkIn')} <span className="sr-only">{match.name}</span>
              </Button>
            )}
          />
        ) : null}
      </div>
    </div>
  );
}
