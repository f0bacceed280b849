/**
 * Refusals particular to pledges. Their messages live in the `pledges.errors` namespace
 * (not the shared `errors` list), so this feature merges without touching other domains;
 * `definePledgeAction` translates them.
 */
export const pledgeErrorCodes = [
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
  'targetLine',
  'invalidDate',
  'unknownCode',
  'textDiffers',
] as const;
export type PledgeErrorCode = (typeof pledgeErrorCodes)[number];

export class PledgeError extends Error {
  constructor(
    readonly code: PledgeErrorCode,
    readonly options: { field?: string; values?: Record<string, string | number> } = {},
  ) {
    super(code);
    this.name = 'PledgeError';
  }
}
