// `npm run setup`: the first real administrator, and the end of the demo accounts.
// Runs on the server's own shell against DATABASE_FILE (migrating it first, so it works
// on a new, empty database started with SEED_DEMO=0). See README, "Deploying".
//
//   npm run setup                                     asks for name, email and password
//   npm run setup -- --name 林静怡 --email a@b.cn      the password from SETUP_PASSWORD or asked
//   npm run setup -- --disable-demo                   only archives the demo accounts
// Flags: --name --email --password (prefer SETUP_PASSWORD: flags show in `ps`),
// --disable-demo / --keep-demo (otherwise asked when demo accounts exist).
// First: the database and its WAL are created owner-only, like every other command (decision 0013).
import '@/lib/storage/owner-only-umask';
import { parseArgs } from 'node:util';
import readline from 'node:readline/promises';
import { db } from '@/db';
import { runMigrations } from '@/db/migrate';
import { activeDemoAccounts } from '@/lib/setup/data';
import { archiveDemoAccounts, createAdmin } from '@/lib/setup/mutations';
import { firstAdminSchema } from '@/lib/setup/schema';

const { values: flags } = parseArgs({
  options: {
    name: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    'disable-demo': { type: 'boolean' },
    'keep-demo': { type: 'boolean' },
  },
});
const interactive = process.stdin.isTTY === true;

async function ask(question: string, hidden = false): Promise<string> {
  const output = process.stdout;
  const prompt = readline.createInterface({ input: process.stdin, output, terminal: true });
  if (hidden) {
    // Show the question, echo nothing of the answer.
    const write = (prompt as unknown as { _writeToOutput: (text: string) => void })._writeToOutput;
    (prompt as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
      if (text.startsWith(question)) write.call(prompt, text);
    };
  }
  const answer = await prompt.question(question);
  if (hidden) output.write('\n');
  prompt.close();
  return answer.trim();
}

async function value(given: string | undefined, question: string, hidden = false): Promise<string> {
  if (given) return given;
  if (!interactive)
    throw new Error(`missing: ${question.replace(/:\s*$/, '')} (give it as a flag or in the environment)`);
  return ask(question, hidden);
}

async function main() {
  runMigrations(db);
  const givenAdmin =
    flags.name || flags.email || flags.password || process.env.SETUP_EMAIL || process.env.SETUP_PASSWORD;
  const onlyDemo = flags['disable-demo'] && !givenAdmin && !interactive;

  if (!onlyDemo) {
    const name = await value(flags.name ?? process.env.SETUP_NAME, 'Name of the administrator: ');
    const email = await value(flags.email ?? process.env.SETUP_EMAIL, 'Email (signs in with it): ');
    let password = flags.password ?? process.env.SETUP_PASSWORD;
    if (!password) {
      password = await value(undefined, 'Password (at least 12 characters): ', true);
      if ((await ask('The same password again: ', true)) !== password) throw new Error('the two passwords differ');
    }
    const parsed = firstAdminSchema.safeParse({ name, email, password });
    if (!parsed.success) {
      throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
    }
    const admin = await createAdmin(parsed.data);
    console.log(`${admin.created ? 'Created' : 'Updated'} administrator ${parsed.data.email} (id ${admin.id}).`);
  }

  const demo = activeDemoAccounts();
  if (demo.length > 0 && !flags['keep-demo']) {
    const archive =
      flags['disable-demo'] ||
      (interactive &&
        /^(y|yes|)$/i.test(await ask(`Archive the ${demo.length} demo accounts (they can no longer sign in)? [Y/n] `)));
    if (archive) console.log(`Archived demo accounts: ${archiveDemoAccounts().join(', ')}.`);
    else console.log('Demo accounts kept. They sign in only from this machine, and never when APP_URL is https.');
  }
  console.log('Restart the server for the demo banner to follow.');
}

main().catch((error: unknown) => {
  console.error(`Setup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
