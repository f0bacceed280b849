/** Refusals of next year's edition: message keys in the `editions` namespace, raised as AppError codes. */
export const editionErrors = {
  exists: 'editions.errors.exists',
  notStarted: 'editions.errors.notStarted',
  awardExists: 'editions.errors.awardExists',
  yearRange: 'editions.errors.yearRange',
} as const;
