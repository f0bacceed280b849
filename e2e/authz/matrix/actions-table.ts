// Every server action, who may call it and how (e2e/authz/matrix.spec.ts), one file per part of the app.
import { awardsRows } from './actions/awards';
import { meetingsRows } from './actions/meetings';
import { peopleRows } from './actions/people';
import { pledgesRows } from './actions/pledges';
import { registrationRows } from './actions/registration';
import type { ActionRow } from './actions/rules';

export * from './actions/rules';

export const actionRows: ActionRow[] = [
  ...peopleRows,
  ...meetingsRows,
  ...registrationRows,
  ...awardsRows,
  ...pledgesRows,
];
