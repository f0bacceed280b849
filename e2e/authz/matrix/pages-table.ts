import {
  awardRunners,
  admins,
  campaignRunners,
  committeeVoters,
  everyone,
  meetingRunners,
  signedIn,
  siteOrganizers,
} from './actions-table';
import type { Role, World } from './world';

export type PageRow = {
  /** The route's pattern as appRoutes() lists it (app/ folders without [locale] and groups). */
  route: string;
  /** The address to ask for, with this world's ids. */
  url: (w: World) => string;
  /** Who gets the page; everyone else is sent to sign in, to /forbidden, or answered 401/403/404. */
  allow: readonly Role[];
  /** A route handler that also takes POST: the body each role sends, checked against the same `allow`. */
  post?: (w: World, role: Role) => { data: unknown; headers?: Record<string, string> };
};

const union = (...sets: (readonly Role[])[]) => [...new Set(sets.flat())];
const meeting = (w: World) => `/organize/meetings/${w.meetingThis.id}`;

/** Every page and route handler × every role. A route without a row fails the matrix. */
export const pageRows: PageRow[] = [
  // ——— public ———
  { route: '/', url: () => '/', allow: everyone },
  { route: '/[...rest]', url: () => '/no-such-page-matrix', allow: [] }, // nobody: the not-found page, 404 for all
  { route: '/meetings/[slug]', url: (w) => `/meetings/${w.meetingThis.slug}`, allow: everyone },
  {
    route: '/meetings/[slug]/calendar (route)',
    url: (w) => `/meetings/${w.meetingThis.slug}/calendar`,
    allow: everyone,
  },
  { route: '/meetings/[slug]/program', url: (w) => `/meetings/${w.meetingThis.slug}/program`, allow: everyone },
  // A published meeting's poster is public; a draft's only for its organizers (e2e/poster.spec.ts).
  { route: '/meetings/[slug]/poster', url: (w) => `/meetings/${w.meetingThis.slug}/poster`, allow: everyone },
  {
    route: '/api/meetings/[slug]/poster.png (route)',
    url: (w) => `/api/meetings/${w.meetingThis.slug}/poster.png`,
    allow: everyone,
  },
  { route: '/meetings/[slug]/display', url: (w) => `/meetings/${w.meetingThis.slug}/display`, allow: everyone },
  { route: '/meetings/[slug]/register', url: (w) => `/meetings/${w.meetingThis.slug}/register`, allow: everyone },
  { route: '/awards', url: () => '/awards', allow: everyone },
  { route: '/awards/[id]', url: (w) => `/awards/${w.awardThis.id}`, allow: everyone },
  { route: '/awards/[id]/nominate', url: (w) => `/awards/${w.awardThis.id}/nominate`, allow: everyone },
  { route: '/awards/[id]/certificates/[nominationId]', url: (w) => w.publishedCertificate, allow: everyone },
  { route: '/forbidden', url: () => '/forbidden', allow: everyone },
  { route: '/sign-in', url: () => '/sign-in', allow: everyone },
  { route: '/sign-up', url: () => '/sign-up', allow: everyone },
  { route: '/verify/[code]', url: () => '/verify/NOPE', allow: everyone },
  // Private links: the token is the key, whoever holds it.
  { route: '/registrations/[token]', url: (w) => `/registrations/${w.meetingThis.registrationToken}`, allow: everyone },
  { route: '/nominations/[token]', url: (w) => `/nominations/${w.awardThis.nominationTokens[0]}`, allow: everyone },
  { route: '/api/health (route)', url: () => '/api/health', allow: everyone },
  { route: '/api/auth/[...nextauth] (route)', url: () => '/api/auth/session', allow: everyone },
  {
    route: '/api/meetings/[slug]/live (route)',
    url: (w) => `/api/meetings/${w.meetingThis.slug}/live`,
    allow: everyone,
  },
  {
    route: '/api/meetings/availability (route)',
    url: (w) => `/api/meetings/availability?slug=${w.meetingThis.slug}`,
    allow: everyone,
  },
  { route: '/api/viewer (route)', url: () => '/api/viewer', allow: everyone },
  // Browsers fetch manifests without cookies; it names only the station's address (decision 0024).
  {
    route: '/api/check-in/[meetingId]/manifest (route)',
    url: (w) => `/api/check-in/${w.meetingThis.id}/manifest`,
    allow: everyone,
  },

  // ——— anyone signed in ———
  { route: '/account', url: () => '/account', allow: signedIn },
  { route: '/registrations', url: () => '/registrations', allow: signedIn },
  { route: '/pledges', url: () => '/pledges', allow: signedIn },
  { route: '/api/pledges/campaigns (route)', url: () => '/api/pledges/campaigns', allow: signedIn },

  // ——— admin ———
  { route: '/admin', url: () => '/admin', allow: admins },
  { route: '/admin/audit', url: () => '/admin/audit', allow: admins },
  { route: '/admin/organizations', url: () => '/admin/organizations', allow: admins },
  { route: '/admin/organizations/new', url: () => '/admin/organizations/new', allow: admins },
  { route: '/admin/organizations/[id]', url: (w) => `/admin/organizations/${w.orgThis}`, allow: admins },
  { route: '/admin/people', url: () => '/admin/people', allow: admins },
  { route: '/admin/people/new', url: () => '/admin/people/new', allow: admins },
  { route: '/admin/people/[id]', url: (w) => `/admin/people/${w.userIds.member}`, allow: admins },
  { route: '/admin/outbox', url: () => '/admin/outbox', allow: admins },
  { route: '/admin/outbox/[id]', url: (w) => `/admin/outbox/${w.outboxEmailId}`, allow: admins },

  // ——— organizers: the site role for lists and new records, the meeting's own organizers for it ———
  { route: '/organize', url: () => '/organize', allow: siteOrganizers },
  { route: '/organize/meetings/new', url: () => '/organize/meetings/new', allow: siteOrganizers },
  { route: '/organize/meetings/[id]', url: meeting, allow: meetingRunners },
  { route: '/organize/meetings/[id]/agenda', url: (w) => `${meeting(w)}/agenda`, allow: meetingRunners },
  { route: '/organize/meetings/[id]/check-in', url: (w) => `${meeting(w)}/check-in`, allow: meetingRunners },
  // The station's offline copy of the ticket list (GET) and its sync (POST: a queued check-in of
  // a code no ticket has, so an allowed sync changes no registration).
  {
    route: '/api/check-in/[meetingId] (route)',
    url: (w) => `/api/check-in/${w.meetingThis.id}`,
    allow: meetingRunners,
    post: (_w, role) => ({
      data: {
        events: [{ id: `matrix-${role}-${Date.now()}`, code: 'MATRIX-NO-TICKET', at: Date.now(), station: 'MX01' }],
      },
      headers: { 'Content-Type': 'application/json' },
    }),
  },
  { route: '/organize/meetings/[id]/control', url: (w) => `${meeting(w)}/control`, allow: meetingRunners },
  { route: '/organize/meetings/[id]/preview', url: (w) => `${meeting(w)}/preview`, allow: meetingRunners },
  { route: '/organize/meetings/[id]/registration', url: (w) => `${meeting(w)}/registration`, allow: meetingRunners },
  { route: '/organize/meetings/[id]/registrations', url: (w) => `${meeting(w)}/registrations`, allow: meetingRunners },
  { route: '/organize/meetings/[id]/run-sheet', url: (w) => `${meeting(w)}/run-sheet`, allow: meetingRunners },
  { route: '/organize/meetings/[id]/seating', url: (w) => `${meeting(w)}/seating`, allow: meetingRunners },
  { route: '/organize/meetings/[id]/seating/chart', url: (w) => `${meeting(w)}/seating/chart`, allow: meetingRunners },
  { route: '/organize/meetings/[id]/seating/cards', url: (w) => `${meeting(w)}/seating/cards`, allow: meetingRunners },
  {
    route: '/organize/meetings/[id]/seating/door-list',
    url: (w) => `${meeting(w)}/seating/door-list`,
    allow: meetingRunners,
  },
  { route: '/organize/meetings/[id]/export (route)', url: (w) => `${meeting(w)}/export`, allow: meetingRunners },
  { route: '/organize/meetings/[id]/evidence (route)', url: (w) => `${meeting(w)}/evidence`, allow: meetingRunners },
  { route: '/organize/meetings/[id]/attendance', url: (w) => `${meeting(w)}/attendance`, allow: meetingRunners },
  {
    route: '/organize/meetings/[id]/attendance/export (route)',
    url: (w) => `${meeting(w)}/attendance/export`,
    allow: meetingRunners,
  },
  { route: '/organize/meetings/[id]/report', url: (w) => `${meeting(w)}/report`, allow: meetingRunners },
  {
    route: '/organize/meetings/[id]/report/article',
    url: (w) => `${meeting(w)}/report/article`,
    allow: meetingRunners,
  },
  {
    route: '/organize/meetings/[id]/report/docx (route)',
    url: (w) => `${meeting(w)}/report/docx`,
    allow: meetingRunners,
  },
  {
    route: '/organize/meetings/[id]/report/photos/[photoId] (route)',
    url: (w) => `${meeting(w)}/report/photos/${w.meetingThis.reportPhotoId}`,
    allow: meetingRunners,
  },

  // ——— awards: lists for site organizers; one award for its managers and its chair (the admin here) ———
  { route: '/organize/awards', url: () => '/organize/awards', allow: siteOrganizers },
  { route: '/organize/awards/new', url: () => '/organize/awards/new', allow: siteOrganizers },
  { route: '/organize/awards/[id]', url: (w) => `/organize/awards/${w.awardThis.id}`, allow: awardRunners },
  {
    route: '/organize/awards/[id]/rounds/[roundId]',
    url: (w) => `/organize/awards/${w.awardThis.id}/rounds/${w.awardThis.roundId}`,
    allow: awardRunners,
  },
  {
    route: '/awards/[id]/rounds/[roundId]',
    url: (w) => `/awards/${w.awardThis.id}/rounds/${w.awardThis.roundId}`,
    allow: committeeVoters,
  },
  // A nominee's photo before publication: the award's runners and its committee.
  {
    route: '/api/awards/photos/[nominationId] (route)',
    url: (w) => `/api/awards/photos/${w.awardThis.photoNominationId}`,
    allow: union(awardRunners, committeeVoters),
  },

  // ——— pledges: lists for site organizers; one campaign for its managers and admins ———
  { route: '/organize/pledges', url: () => '/organize/pledges', allow: siteOrganizers },
  { route: '/organize/pledges/new', url: () => '/organize/pledges/new', allow: siteOrganizers },
  { route: '/organize/pledges/[id]', url: (w) => `/organize/pledges/${w.campaignThis.id}`, allow: campaignRunners },
  {
    route: '/organize/pledges/[id]/edit',
    url: (w) => `/organize/pledges/${w.campaignThis.id}/edit`,
    allow: campaignRunners,
  },
  {
    route: '/organize/pledges/[id]/summary',
    url: (w) => `/organize/pledges/${w.campaignThis.id}/summary`,
    allow: campaignRunners,
  },
  {
    route: '/organize/pledges/[id]/export (route)',
    url: (w) => `/organize/pledges/${w.campaignThis.id}/export`,
    allow: campaignRunners,
  },
  // An organization's pledge: its representatives and the campaign's runners.
  {
    route: '/pledges/[issueId]',
    url: (w) => `/pledges/${w.campaignThis.issueId}`,
    allow: union(['repThis'], campaignRunners),
  },
  {
    route: '/api/pledges/evidence/[id] (route)',
    url: (w) => `/api/pledges/evidence/${w.campaignThis.evidenceReportId}`,
    allow: union(['repThis'], campaignRunners),
  },

  // The bench's minimal control (lib/bench/actions.ts): a 404 for everyone unless BENCH_CONTROL=1.
  { route: '/bench-control', url: () => '/bench-control', allow: [] },
];
