import { AppError } from '@/lib/errors';

/**
 * Refusals particular to pledges. Their messages live in the `pledges.errors` namespace
 * (not the shared `errors` list); as AppErrors with a dotted code, defineAction translates them.
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
  'targetLineFormat',
  'targetLineDate',
  'targetLineOrganization',
  'invalidDate',
  'percentRequired',
  'unknownCode',
  'textDiffers',
] as const;
export type PledgeErrorCode = (typeof pledgeErrorCodes)[number];

export class PledgeError extends AppError {
  /** The short code (`alreadySigned`); `code` is its full message key. */
  readonly reason: PledgeErrorCode;

  constructor(reason: PledgeErrorCode, options: { field?: string; values?: Record<string, string | number> } = {}) {
    super(`pledges.errors.${reason}`, options);
    this.name = 'PledgeError';
    this.reason = reason;
  }
}
