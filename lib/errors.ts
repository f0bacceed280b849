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
] as const;
/**
 * A feature may keep its refusals in its own message namespace: a code with a dot
 * (`awards.errors.votingClosed`) is a full message key rather than a key under `errors.`.
 */
export type AppErrorCode = (typeof appErrorCodes)[number] | `${string}.errors.${string}`;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** When set, the message is shown beside this form field instead of above the form. */
  readonly field?: string;

  /** Placeholders of the message, e.g. which lines of a pasted list are wrong. */
  readonly values?: Record<string, string | number>;

  constructor(code: AppErrorCode, options: { field?: string; values?: Record<string, string | number> } = {}) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.values = options.values;
  }
}
