import { type ActionRow, campaignPage, campaignRunners, everyone, issuePage, siteOrganizers } from './rules';
import { call, campaignFields, png, roles } from '../world';

export const pledgesRows: ActionRow[] = [
  // ——— pledges: the campaign's managers (and admins); representatives for their own organization ———
  // Valid input: the permission is checked after validation here, so a refusal only shows with input that passes.
  {
    key: 'pledges/createCampaignAction',
    page: () => '/organize/pledges/new',
    allow: siteOrganizers,
    fields: (_w, role) => ({ title: `承诺${role}`, ...campaignFields }),
  },
  {
    key: 'pledges/updateCampaignAction',
    page: (w) => `${campaignPage(w)}/edit`,
    allow: campaignRunners,
    fields: (w) => ({ campaignId: w.campaignThis.id, title: w.campaignThis.title, ...campaignFields }),
  },
  {
    key: 'pledges/issueCampaignAction',
    page: campaignPage,
    allow: campaignRunners,
    fields: (w) => ({ campaignId: w.campaignThis.id, organizationIds: w.orgThis }),
  },
  {
    key: 'pledges/addCampaignManagerAction',
    page: campaignPage,
    allow: campaignRunners,
    fields: (w) => ({ campaignId: w.campaignThis.id, userId: w.spareOrganizers[0]! }),
  },
  {
    key: 'pledges/removeCampaignManagerAction',
    page: campaignPage,
    allow: campaignRunners,
    fields: async (w, role) => {
      const userId = w.spareOrganizers[roles.indexOf(role)]!;
      await call(w.as.admin, campaignPage(w), 'pledges/addCampaignManagerAction', {
        campaignId: w.campaignThis.id,
        userId,
      });
      return { campaignId: w.campaignThis.id, userId };
    },
  },
  {
    key: 'pledges/remindAction',
    page: campaignPage,
    allow: campaignRunners,
    fields: (w) => ({ campaignId: w.campaignThis.id }),
  },
  {
    key: 'pledges/countersignAction',
    page: issuePage,
    allow: campaignRunners,
    fields: (w) => ({ issueId: w.campaignThis.issueId }),
  },
  // Only the representatives of the issue's organization sign, decline and report for it.
  // Sent by the document page once shown (a render never writes); a representative's repeat is a no-op.
  {
    key: 'pledges/markViewedAction',
    page: issuePage,
    allow: ['repThis'],
    fields: (w) => ({ issueId: w.campaignThis.issueId }),
  },
  {
    key: 'pledges/signAction',
    page: issuePage,
    allow: ['repThis'],
    fields: (w) => ({
      issueId: w.campaignThis.issueId,
      versionId: w.campaignThis.versionId,
      typedName: '许佳宁',
      confirm: 'on',
    }),
  },
  {
    key: 'pledges/declineAction',
    page: issuePage,
    allow: ['repThis'],
    fields: (w) => ({ issueId: w.campaignThis.issueId, reason: '需要讨论' }),
  },
  {
    key: 'pledges/progressAction',
    page: issuePage,
    allow: ['repThis'],
    fields: (w) => ({
      issueId: w.campaignThis.issueId,
      targetId: w.campaignThis.targetId,
      status: 'in_progress',
      percent: '50',
    }),
    valid: (w) => ({
      issueId: w.campaignThis.issueId,
      targetId: w.campaignThis.targetId,
      status: 'in_progress',
      percent: '50',
      note: '进展',
      evidence: { name: 'evidence.png', mimeType: 'image/png', buffer: png },
    }),
  },
  {
    key: 'pledges/checkTextAction',
    page: () => '/verify/NOPE',
    allow: everyone,
    fields: () => ({ code: 'NOPE', text: '文本' }),
  },

  // ——— the bench's minimal control (lib/bench/actions.ts): answers only while BENCH_CONTROL=1, which no deployment sets ———
  { key: 'bench/benchControlAction', page: () => '/bench-control', allow: [], fields: () => ({}) },
];
