/** Refusals of the guest-of-honour mark: message keys, raised as AppError codes. */
export const guestErrors = {
  notActive: 'guests.errors.notActive',
} as const;
