'use client';

import { useTranslations } from 'next-intl';
import { createContext, useContext, type ReactNode } from 'react';
import { SelectField } from '@/components/ui/Field';

type Choice = { id: number; name: string; cycleYear: number };
const AwardChoicesContext = createContext<Choice[]>([]);

/** Hands the awards an agenda item may link to down to every item form, without threading them through the editor. */
export function AwardChoicesProvider({ awards, children }: { awards: Choice[]; children: ReactNode }) {
  return <AwardChoicesContext.Provider value={awards}>{children}</AwardChoicesContext.Provider>;
}

/** The award an award-ceremony item presents. */
export function AwardSelect({ idPrefix, value, error }: { idPrefix: string; value: string; error?: string }) {
  const t = useTranslations('awards.ceremony');
  const awards = useContext(AwardChoicesContext);
  const known = awards.some((a) => String(a.id) === value);
  return (
    <SelectField
      idPrefix={idPrefix}
      label={t('linkedAward')}
      name="awardId"
      defaultValue={value}
      key={`award-${value}`}
      error={error}
      options={[
        { value: '', label: t('noAward') },
        ...awards.map((a) => ({ value: String(a.id), label: `${a.cycleYear} ${a.name}` })),
        ...(value && !known ? [{ value, label: `#${value}` }] : []),
      ]}
    />
  );
}
