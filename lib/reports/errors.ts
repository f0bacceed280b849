/** Refusals of the reports feature: message keys in the `reports` namespace, raised as AppError codes. */
export const reportErrors = {
  notRun: 'reports.errors.notRun',
  staleVersion: 'reports.errors.staleVersion',
  photoSize: 'reports.errors.photoSize',
  photoType: 'reports.errors.photoType',
  photoRequired: 'reports.errors.photoRequired',
} as const;
