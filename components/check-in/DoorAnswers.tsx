'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { clock } from './clock';
import type { StoredAnswer } from './door-store';
import type { useDoorStation } from './use-door-station';

type Station = ReturnType<typeof useDoorStation>;

/** What the server said about this station's queued check-ins that the organizer should see, until dismissed. */
export function DoorAnswers({ station }: { station: Station }) {
  const t = useTranslations('doorStation');
  if (station.answers.length === 0) return null;
  const zone = station.copy?.snapshot.timeZone;
  const sentence = (answer: StoredAnswer) => {
    const who = answer.name ?? answer.code;
    const time = answer.checkedInAt ? clock(answer.checkedInAt, zone) : '';
    if (answer.outcome === 'already')
      return answer.station
        ? t('answer.already', { who, time, station: answer.station })
        : t('answer.alreadyNoStation', { who, time });
    return t(`answer.${answer.reason ?? 'unknown'}`, { who, code: answer.code, time });
  };
  return (
    <section aria-labelledby="door-answers" className="rounded-lg border-2 border-warning-300 bg-warning-50 p-4">
      <h2 id="door-answers" className="mb-2 text-lg font-semibold text-warning-800">
        {t('answersTitle')}
      </h2>
      <ul className="divide-y divide-warning-300" aria-labelledby="door-answers">
        {station.answers.map((answer) => (
          <li
            key={answer.id}
            data-door-answer={answer.outcome}
            className="flex flex-wrap items-center justify-between gap-2 py-2"
          >
            <span className="min-w-0 break-words">{sentence(answer)}</span>
            <Button
              variant="secondary"
              onClick={() => void station.dismiss(answer.id)}
              aria-label={t('dismissLabel', { who: answer.name ?? answer.code })}
            >
              {t('dismiss')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
