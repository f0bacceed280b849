/** Refusals of the reports feature: message keys in the `reports` namespace, raised as AppError codes. */
export const reportErrors = {
  notRun: 'reports.errors.notRun',
  staleVersion: 'reports.errors.staleVersion',
} as const;
