import { useTranslations } from 'next-intl';
import type { AttendanceLine } from '@/lib/reports/attendance';

const measures = ['invited', 'registered', 'confirmed', 'checkedIn', 'noShow', 'late'] as const;
type Measure = (typeof measures)[number];

/** One colour per measure, each bar with its label and number beside it: colour is never the only cue. */
const bar: Record<Measure, string> = {
  invited: 'bg-muted',
  registered: 'bg-brand-200',
  confirmed: 'bg-brand-700',
  checkedIn: 'bg-success-800',
  noShow: 'bg-danger-300',
  late: 'bg-warning-200',
};

/**
 * The attendance record as horizontal bars, one group per line (category). Plain HTML and
 * CSS, no chart library: every bar carries its label and number as text, so the chart is
 * its own text alternative, and the table below stays the source of the numbers.
 * A measure the data cannot give (null) is left out rather than drawn as zero.
 */
export function AttendanceChart({ title, lines }: { title: string; lines: AttendanceLine[] }) {
  const t = useTranslations('reports.attendance');
  const max = Math.max(1, ...lines.flatMap((line) => measures.map((m) => line[m] ?? 0)));
  return (
    <figure className="break-inside-avoid print:[print-color-adjust:exact]">
      <figcaption className="mb-1 text-base font-semibold">{title}</figcaption>
      <p className="mb-3 text-sm text-muted">{t('chartNote')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {lines.map((line) => (
          <section key={line.name} aria-label={line.name} className="break-inside-avoid">
            <h4 className="mb-1 font-medium">{line.name}</h4>
            <dl className="space-y-1 text-sm">
              {measures
                .filter((m) => line[m] !== null)
                .map((m) => (
                  <div key={m} className="grid grid-cols-[6rem_minmax(0,1fr)_2.5rem] items-center gap-2">
                    <dt className="truncate text-muted">{t(m)}</dt>
                    <dd className="contents">
                      <span aria-hidden="true" className="h-3 rounded-sm bg-surface">
                        <span
                          className={`block h-3 rounded-sm ${bar[m]}`}
                          style={{ width: `${((line[m] ?? 0) / max) * 100}%` }}
                        />
                      </span>
                      <span className="text-right tabular-nums">{line[m]}</span>
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
    </figure>
  );
}
