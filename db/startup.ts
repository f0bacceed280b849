import { appOrigin, readEnv } from '@/lib/env';
import { isPublicDeployment, setDemoBanner } from '@/lib/auth/demo';
import { authSecret } from '@/lib/auth/secret';
import { activeDemoAccounts } from '@/lib/setup/data';
import { db } from './index';
import { runMigrations } from './migrate';
import { truncateWal } from './wal';
import { isEmpty, seedDemo } from './seed';

/** Runs once when the server starts: migrate, load the demo on a new database, settle the auth config. */
export function startUp(): void {
  const env = readEnv();
  // next-auth reads these from the environment; a local start needs neither set by hand.
  process.env.NEXTAUTH_SECRET ??= authSecret();
  if (env.APP_URL) process.env.NEXTAUTH_URL ??= env.APP_URL;
  else {
    // next-auth's own sign-in redirects may follow the host the page was opened on (a phone
    // on the venue network); links that leave the app (email, calendar, print) never do.
    if (!env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= '1';
    console.warn(`Convene: APP_URL is not set; links in emails and printed documents point at ${appOrigin()}.`);
  }

  runMigrations(db);
  // A migration that rewrote secret ballots (0011) leaves the old pages' versions in the
  // WAL until a checkpoint; fold them in now. Harmless when another process holds the file.
  truncateWal(db.$client);
  if (env.SEED_DEMO === '1' && isEmpty(db)) {
    const loaded = seedDemo(db);
    console.log(
      `Convene: new database, demo data loaded (${loaded.organizations} organizations, ${loaded.people} people).`,
    );
  }
  // Decided here, once, so that cached pages carry the same banner for everyone.
  const demoAccounts = activeDemoAccounts().length;
  setDemoBanner(demoAccounts > 0);
  if (demoAccounts > 0 && isPublicDeployment(env)) {
    console.warn(
      'Convene: demo accounts exist but cannot sign in on an https APP_URL; `npm run setup` creates your administrator and archives them.',
    );
  }
}
