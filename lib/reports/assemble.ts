import type { ReportAgendaItem, ReportAward, ReportCampaign, ReportFacts } from './facts';
import { escapeMarkup } from './markup';
import { phrases, type ReportLocale } from './phrases';

/** What stops a draft; each is a message key under reports.missing. */
export type MissingFact = 'cancelled' | 'notYetHeld' | 'notRun';
/** What the draft leaves out and why; keys under reports.notes, for the organizer's eyes only. */
export type DraftNote = {
  key: 'noGuests' | 'guestsAbsent' | 'noCheckIns' | 'resultsUnpublished' | 'noAwardsLinked' | 'noCampaignLinked';
  values?: Record<string, string>;
};

export type Draft = { ok: true; body: string; notes: DraftNote[] } | { ok: false; missing: MissingFact[] };

/** The organizer pages each fact comes from (locale-free paths; the editor links them). */
export const sources = {
  meeting: (id: number) => `/organize/meetings/${id}`,
  agenda: (id: number) => `/organize/meetings/${id}/agenda`,
  registrations: (id: number) => `/organize/meetings/${id}/registrations`,
  registration: (id: number, registrationId: number) =>
    `/organize/meetings/${id}/registrations#registration-${registrationId}`,
  award: (id: number) => `/organize/awards/${id}`,
  campaign: (id: number) => `/organize/pledges/${id}`,
};

const link = (text: string, href: string) => `[${escapeMarkup(text)}](${href})`;

/** Why a meeting cannot be reported on yet; empty when it has run. */
export function missingFacts(facts: ReportFacts, now: Date): MissingFact[] {
  if (facts.meeting.status === 'cancelled') return ['cancelled'];
  const missing: MissingFact[] = [];
  if (facts.meeting.startsAt > now) missing.push('notYetHeld');
  if (!facts.agenda.some((item) => item.startedAt)) missing.push('notRun');
  return missing;
}

/**
 * A news report draft from the record alone, shaped like the reference article: lead,
 * the agenda as it ran, one section per award with published winners, the pledge,
 * then the exact attendance. States nothing the facts do not hold.
 */
export function assembleReport(facts: ReportFacts, locale: ReportLocale, now: Date): Draft {
  const missing = missingFacts(facts, now);
  if (missing.length) return { ok: false, missing };
  const p = phrases[locale];
  const { meeting } = facts;
  const notes: DraftNote[] = [];
  const ran = facts.agenda.filter((item) => item.startedAt);
  const began = new Date(Math.min(...ran.map((item) => item.startedAt!.getTime())));
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: meeting.timeZone, hour: '2-digit', hourCycle: 'h23' }).format(began),
  );
  const meetingHref = sources.meeting(meeting.id);

  const lines: string[] = [`# ${escapeMarkup(meeting.title)}`];
  let lead = p.lead({
    date: p.date(began, meeting.timeZone),
    part: p.partOfDay(hour),
    theme: meeting.theme ? link(meeting.theme, meetingHref) : null,
    title: link(meeting.title, meetingHref),
    venue: meeting.venueName ? link(meeting.venueName, meetingHref) : null,
  });
  const present = facts.attendees.filter((a) => a.checkedIn);
  if (present.length) {
    const groups = facts.categories
      .filter((c) => present.some((a) => a.categoryId === c.id))
      .map((c) => escapeMarkup(c.name));
    const kinds = (Object.keys(p.kind) as (keyof typeof p.kind)[])
      .filter((kind) => present.some((a) => a.organizationKind === kind))
      .map((kind) => p.kind[kind]);
    lead += locale === 'en' ? ' ' : '';
    // Guests of honour are named only when the door saw them: a mark alone is no proof they came.
    const guests = facts.guests
      .filter((g) => g.checkedIn)
      .map((g) => link(p.guest(g.name, g.title), sources.registration(meeting.id, g.registrationId)));
    const absent = facts.guests.filter((g) => !g.checkedIn);
    if (!facts.guests.length) notes.push({ key: 'noGuests' });
    if (absent.length)
      notes.push({
        key: 'guestsAbsent',
        values: { names: absent.map((g) => g.name).join(locale === 'en' ? ', ' : '、') },
      });
    lead += p.attended({
      guests,
      groups,
      kinds,
      count: link(p.headcount(present.length), sources.registrations(meeting.id)),
    });
  } else {
    notes.push({ key: 'noCheckIns' });
  }
  lines.push(lead);

  const awardsById = new Map(facts.awards.map((a) => [a.id, a]));
  const campaignsById = new Map(facts.campaigns.map((c) => [c.id, c]));
  const presented: ReportAward[] = [];
  const handedOver: ReportCampaign[] = [];
  const steps = ran
    .filter((item) => item.kind !== 'break')
    .map((item) => agendaPhrase(item, p, meeting.id, awardsById, campaignsById, presented, handedOver, notes));
  if (steps.length) lines.push(p.agenda(steps));

  for (const award of presented) {
    if (!award.published || award.categories.every((c) => c.winners.length === 0)) {
      notes.push({ key: 'resultsUnpublished', values: { award: award.name } });
      continue;
    }
    lines.push(`## ${p.awardHeading(award.cycleYear, link(award.name, sources.award(award.id)))}`);
    for (const category of award.categories) {
      if (!category.winners.length) continue;
      const special = category.name !== award.name;
      lines.push(
        `### ${special ? p.specialCategory(escapeMarkup(award.name), escapeMarkup(category.name)) : escapeMarkup(category.name)}`,
      );
      for (const winner of category.winners) {
        lines.push(
          p.winner({
            names: link(winner.names, sources.award(award.id)),
            organization: winner.organization ? escapeMarkup(winner.organization) : null,
            citation: escapeMarkup(winner.citation),
          }),
        );
      }
    }
  }

  for (const campaign of handedOver) {
    const href = sources.campaign(campaign.id);
    lines.push(`## ${p.pledgeHeading(link(campaign.title, href))}`);
    lines.push(
      p.pledge({
        title: escapeMarkup(campaign.title),
        issued: link(p.organizations(campaign.issuedTo), href),
        signed: campaign.signedBy,
        due: p.date(campaign.signingDueAt, meeting.timeZone),
        asOf: p.date(now, meeting.timeZone),
      }),
    );
  }

  if (present.length) {
    lines.push(`## ${p.attendanceHeading}`);
    const confirmed = facts.attendees.length;
    lines.push(
      p.attendanceTotal({ checkedIn: link(String(present.length), sources.registrations(meeting.id)), confirmed }),
    );
    for (const category of facts.categories) {
      const inCategory = facts.attendees.filter((a) => a.categoryId === category.id);
      if (!inCategory.length) continue;
      lines.push(
        p.attendanceCategory({
          name: escapeMarkup(category.name),
          checkedIn: inCategory.filter((a) => a.checkedIn).length,
          confirmed: inCategory.length,
        }),
      );
    }
  }
  return { ok: true, body: lines.join('\n\n'), notes };
}

function agendaPhrase(
  item: ReportAgendaItem,
  p: (typeof phrases)[ReportLocale],
  meetingId: number,
  awardsById: Map<number, ReportAward>,
  campaignsById: Map<number, ReportCampaign>,
  presented: ReportAward[],
  handedOver: ReportCampaign[],
  notes: DraftNote[],
): string {
  const title = link(item.title, sources.agenda(meetingId));
  if (item.kind === 'award_ceremony') {
    const awards = item.awardIds.map((id) => awardsById.get(id)).filter((a): a is ReportAward => !!a);
    if (!awards.length) {
      notes.push({ key: 'noAwardsLinked', values: { item: item.title } });
      return title;
    }
    presented.push(...awards.filter((a) => !presented.includes(a)));
    const years = [...new Set(awards.map((a) => a.cycleYear))];
    const named = years.map((year) =>
      p.awardNames(
        year,
        awards.filter((a) => a.cycleYear === year).map((a) => link(a.name, sources.award(a.id))),
      ),
    );
    return p.ceremony(p.list(named));
  }
  if (item.kind === 'pledge_handover') {
    const campaign = item.pledgeCampaignId === null ? undefined : campaignsById.get(item.pledgeCampaignId);
    if (!campaign) {
      notes.push({ key: 'noCampaignLinked', values: { item: item.title } });
      return title;
    }
    if (!handedOver.includes(campaign)) handedOver.push(campaign);
    const named = campaign.title.includes(String(campaign.year))
      ? campaign.title
      : p.yearTitle(campaign.year, campaign.title);
    return p.handover({ count: p.organizations(campaign.issuedTo), title: link(named, sources.campaign(campaign.id)) });
  }
  if (item.kind === 'speech')
    return p.speech({ presenters: item.presenters ? escapeMarkup(item.presenters) : null, title });
  return title;
}
