import { domainErrors } from '@/lib/errors';

/** Refusals of the reports feature: messages under `reports.errors`, raised as AppErrors. */
export const reportError = domainErrors('reports', [
  'notRun',
  'staleVersion',
  'photoSize',
  'photoType',
  'photoRequired',
]);
