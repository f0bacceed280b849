// @ts-check
/**
 * What `npm start` prints before the server's own log: where the app answers, which
 * database file it uses, the demo sign-ins, and where a newcomer starts (issue 17, item
 * 16). Plain JavaScript: scripts/start.mjs runs under node without a build step.
 */

/** The reference conference the demo data loads (db/seed/scenario.ts, scenarioMeeting.slug). */
export const DEMO_MEETING_SLUG = '2020-civic-conference';

/**
 * @param {{
 *   port: string;
 *   databaseFile: string;
 *   demo: { password: string; accounts: { role: string; email: string; what: string }[] };
 * }} start
 * @returns {string[]} the lines, in order, without line ends
 */
export function startBanner({ port, databaseFile, demo }) {
  const origin = `http://localhost:${port}`;
  return [
    '',
    `Convene → ${origin}`,
    `Database: ${databaseFile}`,
    `Demo sign-ins, from this computer only (password for all: ${demo.password}):`,
    ...demo.accounts.map((account) => `  ${account.role.padEnd(10)} ${account.email.padEnd(26)} ${account.what}`),
    'Start here:',
    `  the demo meeting      ${origin}/meetings/${DEMO_MEETING_SLUG}`,
    `  emails sent (outbox)  ${origin}/admin/outbox   (sign in as admin; without SMTP_URL every email waits here)`,
    '',
  ];
}
