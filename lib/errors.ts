/**
 * An expected failure with a stable code. Codes are keys under `errors.` in the
 * message files, so the user sees a translated sentence and never an internal message.
 */
export const appErrorCodes = [
  'forbidden',
  'notSignedIn',
  'notFound',
  'emailTaken',
  'organizationNameTaken',
  'alreadyMember',
  'wrongPassword',
  'cannotDemoteSelf',
  'cannotArchiveSelf',
  'archived',
  'conflict',
  'slugTaken',
  'slugLocked',
  'statusChange',
  'agendaEmpty',
  'alreadyOrganizer',
  'lastOrganizer',
  'alreadyManager',
  'lastManager',
  'managerNeedsRole',
  'agendaChanged',
  'itemStarted',
  'liveMoved',
  'liveClosed',
  'liveNotStarted',
  'registrationNotOpen',
  'registrationClosed',
  'registrationUnavailable',
  'categoryUnavailable',
  'alreadyRegistered',
  'contactNeeded',
  'answerRequired',
  'answerInvalid',
  'invitationRequired',
  'invitationInvalid',
  'invitationUsed',
  'invitationExpired',
  'notEnoughSeats',
  'organizationNotYours',
  'invitationListInvalid',
  'invitationListEmpty',
  'notCancellable',
  'notPending',
  'reasonRequired',
  'ticketUnknown',
  'ticketNotConfirmed',
  'categoryInUse',
  'invalidTime',
  'closesBeforeOpens',
  'rateLimited',
] as const;
/**
 * A feature may keep its refusals in its own message namespace: a code with a dot
 * (`awards.errors.votingClosed`) is a full message key rather than a key under `errors.`.
 */
export type AppErrorCode = (typeof appErrorCodes)[number] | `${string}.errors.${string}`;

type AppErrorOptions = { field?: string; values?: Record<string, string | number> };

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** When set, the message is shown beside this form field instead of above the form. */
  readonly field?: string;

  /** Placeholders of the message, e.g. which lines of a pasted list are wrong. */
  readonly values?: Record<string, string | number>;

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.values = options.values;
  }

  /** The short reason (`alreadySigned` of `pledges.errors.alreadySigned`); a shared code is its own reason. */
  get reason(): string {
    const at = this.code.lastIndexOf('.errors.');
    return at === -1 ? this.code : this.code.slice(at + '.errors.'.length);
  }
}

/**
 * A feature's own refusals (decision 0029): the short reasons it may raise, whose
 * messages live under `<namespace>.errors.` in both message files. Calling the result
 * makes the one error type, an AppError whose code is the full message key:
 * `throw awardError('votingClosed')`.
 */
export function domainErrors<const R extends string>(namespace: string, reasons: readonly R[]) {
  const raise = (reason: R, options: AppErrorOptions = {}) => new AppError(`${namespace}.errors.${reason}`, options);
  return Object.assign(raise, { reasons });
}
