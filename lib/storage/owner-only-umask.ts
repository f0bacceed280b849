// Imported first by the command-line scripts, before anything opens the database:
// ES imports run in order, so the files they create are owner-only too.
import { ownerOnlyFromNowOn } from './owner-only';

ownerOnlyFromNowOn();
