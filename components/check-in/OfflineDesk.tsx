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
          found.length === 0 ? (
            <p className="mt-3 text-muted">{t('noName')}</p>
          ) : (
            <ul className="mt-3 divide-y divide-line" aria-label={tc('byName')}>
              {found.map((ticket) => (
                <li key={ticket.code} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="min-w-0">
                    <span className="font-medium">{ticket.name}</span>{' '}
                    <span className="text-sm text-muted">
                      {[category(ticket), ticket.organization, seatOf(ticket)].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                  {ticket.checkedInAt ? (
                    <span className="rounded-full border border-success-300 bg-success-50 px-3 py-1 text-sm font-medium text-success-800">
                      {t('checkedInAt', { time: clock(ticket.checkedInAt, zone), station: ticket.station ?? '—' })}
                    </span>
                  ) : (
                    <Button variant="secondary" onClick={() => void submit(ticket.code)}>
                      {tc('checkIn')} <span className="sr-only">{ticket.name}</span>
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </div>
  );
}
