import type { AgendaItemKind, MeetingStatus, OrganizationKind } from '@/db/schema/enums';

/**
 * Everything a news report may state about one meeting, loaded by data.ts and
 * turned into text by assemble.ts. Plain data, so assembly is a pure function
 * tested over fixtures; a fact absent here is a fact the report cannot state.
 */
export type ReportFacts = {
  meeting: {
    id: number;
    title: string;
    theme: string | null;
    venueName: string | null;
    timeZone: string;
    startsAt: Date;
    status: MeetingStatus;
  };
  /** In agenda order; startedAt/endedAt are what happened on the day (null: never run). */
  agenda: ReportAgendaItem[];
  /** Confirmed registrations only: who had a seat, and who was checked in at the door. */
  attendees: { categoryId: number; organizationKind: OrganizationKind | null; checkedIn: boolean }[];
  categories: { id: number; name: string }[];
  /** Registrations the organizer marked as guests of honour, in the order they were marked (precedence), with their titles as registered. */
  guests: { registrationId: number; name: string; title: string; checkedIn: boolean }[];
  awards: ReportAward[];
  campaigns: ReportCampaign[];
};

export type ReportAgendaItem = {
  id: number;
  kind: AgendaItemKind;
  title: string;
  presenters: string | null;
  startedAt: Date | null;
  endedAt: Date | null;
  /** For an award ceremony: the awards it presented, in order. */
  awardIds: number[];
  pledgeCampaignId: number | null;
};

export type ReportAward = {
  id: number;
  name: string;
  cycleYear: number;
  /** Categories in order; winners only from published rounds (empty while unpublished). */
  categories: { name: string; winners: { names: string; organization: string | null; citation: string }[] }[];
  published: boolean;
};

export type ReportCampaign = {
  id: number;
  title: string;
  year: number;
  signingDueAt: Date;
  issuedTo: number;
  /** Organizations whose representative has signed. */
  signedBy: number;
};
