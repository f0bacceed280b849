'use client';

import { useTranslations } from 'next-intl';
import { createContext, useContext, type ReactNode } from 'react';
import { CheckboxChoice } from '@/components/ui/Field';

type Choice = { id: number; name: string; cycleYear: number };
const AwardChoicesContext = createContext<Choice[]>([]);

/** Hands the awards an agenda item may link to down to every item form, without threading them through the editor. */
export function AwardChoicesProvider({ awards, children }: { awards: Choice[]; children: ReactNode }) {
  return <AwardChoicesContext.Provider value={awards}>{children}</AwardChoicesContext.Provider>;
}

/**
 * The awards an award-ceremony item presents: one ceremony often hands out several.
 * `value` is the checked ids, comma-separated (how a form hands repeated fields back).
 */
export function AwardChecklist({ idPrefix, value, error }: { idPrefix: string; value: string; error?: string }) {
  const t = useTranslations('awards.ceremony');
  const awards = useContext(AwardChoicesContext);
  const checked = new Set(value.split(',').filter(Boolean));
  const errorId = `${idPrefix}-awardIds-error`;
  return (
    <fieldset className="space-y-1" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-ink">{t('linkedAwards')}</legend>
      {awards.length === 0 ? <p className="text-sm text-muted">{t('noAwards')}</p> : null}
      {/* Keyed by the checked ids so a failed save shows what was sent, not the first render. */}
      <div key={value} className="flex flex-wrap gap-x-4">
        {awards.map((award) => (
          <CheckboxChoice
            key={award.id}
            name="awardIds"
            value={award.id}
            defaultChecked={checked.has(String(award.id))}
          >
            <span>{`${award.cycleYear} ${award.name}`}</span>
          </CheckboxChoice>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
