import { useTranslations } from 'next-intl';

type Handover = { itemId: number; itemTitle: string; campaignTitle: string; organizations: string[] };

/** Under the run sheet: who comes up to receive each pledge, so the crew can line them up. */
export function PledgeHandovers({ handovers }: { handovers: Handover[] }) {
  const t = useTranslations('pledges.agenda');
  if (handovers.length === 0) return null;
  return (
    <section className="space-y-3 print:break-inside-avoid">
      {handovers.map((handover) => (
        <div key={handover.itemId}>
          <h3 className="font-semibold">{handover.campaignTitle}</h3>
          <p className="text-sm text-muted">{t('receiving', { count: handover.organizations.length })}</p>
          <ol className="list-decimal columns-1 ps-6 text-sm sm:columns-2 print:columns-2">
            {handover.organizations.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
