'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { SelectField } from '@/components/ui/Field';

type Choice = { id: number; title: string; year: number };

/**
 * The campaign a pledge-handover agenda item hands over. It loads its own choices, so
 * the agenda editor needs no pledge data passed through it.
 */
export function PledgeCampaignSelect({
  idPrefix,
  defaultValue,
  error,
}: {
  idPrefix: string;
  defaultValue: string;
  error?: string;
}) {
  const t = useTranslations('pledges.agenda');
  const [choices, setChoices] = useState<Choice[] | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/api/pledges/campaigns', { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : { campaigns: [] }))
      .then((body: { campaigns: Choice[] }) => live && setChoices(body.campaigns))
      .catch(() => live && setChoices([]));
    return () => {
      live = false;
    };
  }, []);
  if (choices === null) return <input type="hidden" name="pledgeCampaignId" value={defaultValue} />;
  return (
    <SelectField
      idPrefix={idPrefix}
      label={t('campaign')}
      name="pledgeCampaignId"
      key={`pledge-${defaultValue}-${choices.length}`}
      defaultValue={defaultValue}
      error={error}
      placeholder={t('none')}
      options={choices.map((c) => ({ value: String(c.id), label: `${c.title}` }))}
    />
  );
}
