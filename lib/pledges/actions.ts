'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';

import { localizedPath } from '@/lib/i18n/routing';
import { deliverOutboxSoon } from '@/lib/mail/deliver';
import { clientKey, enforceRateLimit } from '@/lib/limits/guard';
import { requestContext } from '@/lib/request/context';
import { defineAction } from '@/lib/actions/define-action';
import { pledgeError } from './errors';
import { matchesHash } from './canonical';
import { verificationByCode } from './data';
import { discardEvidence, storeEvidence } from './evidence';
import {
  addCampaignManager,
  countersignPledge,
  createCampaign,
  declinePledge,
  issueCampaign,
  markViewed,
  removeCampaignManager,
  reportProgress,
  sendReminders,
  signPledge,
  updateCampaign,
} from './mutations';
import {
  campaignInput,
  campaignManagerChoice,
  campaignPerson,
  campaignRef,
  campaignUpdate,
  checkTextInput,
  declineInput,
  issueInput,
  issueRef,
  progressInput,
  signInput,
} from './schema';

const refresh = () => {
  revalidatePath('/[locale]/(site)/organize/pledges', 'layout');
  revalidatePath('/[locale]/(site)/pledges', 'layout');
};

export const createCampaignAction = defineAction({
  schema: campaignInput,
  who: 'signedIn',
  async run(input, { viewer }) {
    const campaignId = createCampaign(input, viewer);
    refresh();
    return { redirectTo: localizedPath(`/organize/pledges/${campaignId}`, await getLocale()) };
  },
});

export const updateCampaignAction = defineAction({
  schema: campaignUpdate,
  who: 'signedIn',
  async run({ campaignId, ...input }, { viewer }) {
    const { version } = updateCampaign(campaignId, input, viewer);
    refresh();
    return { message: 'pledges.saved', messageValues: { version }, keepValues: true };
  },
});

export const issueCampaignAction = defineAction({
  schema: issueInput,
  who: 'signedIn',
  async run({ campaignId, kind, organizationIds }, { viewer }) {
    const count = issueCampaign(
      campaignId,
      { kind: kind || undefined, organizationIds },
      viewer,
      await requestContext(),
    );
    deliverOutboxSoon();
    refresh();
    return { message: 'pledges.issued', messageValues: { count } };
  },
});

export const addCampaignManagerAction = defineAction({
  schema: campaignManagerChoice,
  who: 'organizer',
  run({ campaignId, userId }, { viewer }) {
    addCampaignManager(campaignId, userId, viewer);
    refresh();
    return { message: 'managers.added' };
  },
});

export const removeCampaignManagerAction = defineAction({
  schema: campaignPerson,
  who: 'organizer',
  run({ campaignId, userId }, { viewer }) {
    removeCampaignManager(campaignId, userId, viewer);
    refresh();
    return { message: 'managers.removed' };
  },
});

export const remindAction = defineAction({
  schema: campaignRef,
  who: 'signedIn',
  async run({ campaignId }, { viewer }) {
    const count = sendReminders(campaignId, viewer, await requestContext());
    deliverOutboxSoon();
    refresh();
    return { message: 'pledges.reminded', messageValues: { count } };
  },
});

/** The representative opened the document (sent by the page once shown; decision 0029: renders never write). */
export const markViewedAction = defineAction({
  schema: issueRef,
  who: 'signedIn',
  run({ issueId }, { viewer }) {
    markViewed(issueId, viewer);
    refresh();
  },
});

export const signAction = defineAction({
  schema: signInput,
  who: 'signedIn',
  async run(input, { viewer }) {
    signPledge(input, viewer, await requestContext());
    refresh();
    return { message: 'pledges.document.signed' };
  },
});

export const declineAction = defineAction({
  schema: declineInput,
  who: 'signedIn',
  async run({ issueId, reason }, { viewer }) {
    declinePledge(issueId, reason, viewer);
    refresh();
    return { message: 'pledges.document.declinedDone' };
  },
});

export const countersignAction = defineAction({
  schema: issueRef,
  who: 'signedIn',
  async run({ issueId }, { viewer }) {
    countersignPledge(issueId, viewer, await requestContext());
    refresh();
    return { message: 'pledges.document.countersigned' };
  },
});

export const progressAction = defineAction({
  schema: progressInput,
  who: 'signedIn',
  async run(input, { viewer, formData }) {
    const evidence = await storeEvidence(formData.get('evidence'));
    try {
      reportProgress(input, evidence, viewer);
    } catch (error) {
      discardEvidence(evidence);
      throw error;
    }
    refresh();
    return { message: 'pledges.progress.saved' };
  },
});

/** Public: does pasted text hash to what was signed under this code? Says nothing else. */
export const checkTextAction = defineAction({
  schema: checkTextInput,
  who: 'anyone',
  async run({ code, text }) {
    // Codes are short: lookups are limited per client, so they cannot be enumerated.
    enforceRateLimit('verify', clientKey((await requestContext()).ip));
    const found = verificationByCode(code.toUpperCase());
    if (!found) throw pledgeError('unknownCode');
    // A mismatch is the answer to an honest question, but it must read as a warning.
    if (!matchesHash(text, found.signature.sha256)) throw pledgeError('textDiffers', { field: 'text' });
    return { message: 'pledges.verify.matches', keepValues: true };
  },
});
