import { domainErrors } from '@/lib/errors';

/**
 * Refusals particular to pledges. Their messages live in the `pledges.errors` namespace
 * (not the shared `errors` list); raised as AppErrors with the full key as the code, which
 * defineAction translates: `throw pledgeError('alreadySigned')`.
 */
export const pledgeError = domainErrors('pledges', [
  'nameMismatch',
  'notRepresentative',
  'alreadySigned',
  'oldVersion',
  'declined',
  'notSigned',
  'alreadyCountersigned',
  'reasonRequired',
  'confirmRequired',
  'evidenceType',
  'evidenceSize',
  'targetNotYours',
  'noOrganizations',
  'targetInUse',
  'targetLineFormat',
  'targetLineDate',
  'targetLineOrganization',
  'invalidDate',
  'percentRequired',
  'unknownCode',
  'textDiffers',
]);
export type PledgeErrorReason = (typeof pledgeError.reasons)[number];
