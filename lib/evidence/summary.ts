import { formatDateTime } from '@/lib/i18n/dates';
import type { EvidencePackage } from './package';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The package's readable part, Markdown in one language: each item with its chain position
 * and event hash, and how to check the file offline. Not part of what is verified.
 */
export function evidenceSummary(pkg: Omit<EvidencePackage, 'summary'>, t: Translate, locale: string): string {
  const hashOf = new Map(pkg.chain.map((entry) => [entry.id, entry.hash]));
  // Day in words and the meeting's zone named: a summary read abroad or years on must not be "4/30/2031".
  const when = (value: string) => formatDateTime(new Date(value), locale, pkg.meeting.timeZone);
  const at = (eventId: number) => t('eventAt', { id: eventId, hash: hashOf.get(eventId) ?? '' });
  const section = (title: string, lines: string[]) => [`## ${title}`, '', ...(lines.length ? lines : [t('none')]), ''];
  return [
    `# ${t('title', { meeting: pkg.meeting.title })}`,
    '',
    t('generated', { at: when(pkg.generatedAt) }),
    '',
    pkg.head ? t('head', { id: pkg.head.id, hash: pkg.head.hash }) : t('noHead'),
    '',
    t('howToVerify'),
    '',
    ...section(
      t('attendance', { count: pkg.attendance.length }),
      pkg.attendance.map((a) => `- ${a.name} (${a.categoryName}) · ${when(a.checkedInAt)} · ${at(a.eventId)}`),
    ),
    ...section(t('ballots', { count: pkg.ballots.length }), [
      ...(pkg.ballots.some((b) => b.secret) ? [t('secretNote'), ''] : []),
      ...pkg.ballots.map(
        (b) => `- ${b.roundName} · ${t('voter', { id: b.voterId ?? '—' })} · ${when(b.castAt)} · ${at(b.eventId)}`,
      ),
    ]),
    ...section(
      t('results', { count: pkg.results.length }),
      pkg.results.flatMap((r) => [
        `- ${r.awardName} · ${r.roundName} · ${t('ballotsCast', { count: r.ballotsCast })} · ${at(r.eventId)}`,
        ...r.nominations.map(
          (n) =>
            `  - ${n.nomineeNames}: ${t('votes', { votes: n.votes, points: n.points })} · ${t(`outcome.${n.outcome}`)}`,
        ),
      ]),
    ),
    ...section(
      t('signatures', { count: pkg.signatures.length }),
      pkg.signatures.map(
        (s) =>
          `- ${s.campaignTitle} · ${s.organizationName} · ${t(`kind.${s.kind}`)}: ${s.signerName} · ${when(s.signedAt)} · SHA-256 ${s.sha256} · ${at(s.eventId)}`,
      ),
    ),
  ].join('\n');
}
