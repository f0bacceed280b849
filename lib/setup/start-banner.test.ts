import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import demo from '@/db/seed/demo-accounts.json';
import { scenarioMeeting } from '@/db/seed/scenario';
import { DEMO_MEETING_SLUG, startBanner } from './start-banner.mjs';

// Issue 17, item 16: `npm start` points a newcomer to the demo meeting and to the outbox.
const lines = startBanner({ port: '3630', databaseFile: '/srv/convene/data/convene.db', demo });

describe('what npm start prints', () => {
  it('says where the app answers and which database file it uses', () => {
    expect(lines).toContain('Convene → http://localhost:3630');
    expect(lines).toContain('Database: /srv/convene/data/convene.db');
  });

  it('lists every demo sign-in with the shared password', () => {
    expect(lines.join('\n')).toContain(`password for all: ${demo.password}`);
    for (const account of demo.accounts) expect(lines.some((line) => line.includes(account.email))).toBe(true);
  });

  it('points to the demo meeting and the outbox, at addresses the app serves', () => {
    const start = lines.slice(lines.indexOf('Start here:'));
    expect(start.find((line) => line.includes('demo meeting'))).toMatch(
      /http:\/\/localhost:3630\/meetings\/2020-civic-conference$/,
    );
    expect(start.find((line) => line.includes('outbox'))).toContain('http://localhost:3630/admin/outbox ');
    // The seed's meeting and both pages exist: a renamed demo or a moved page breaks the line.
    expect(DEMO_MEETING_SLUG).toBe(scenarioMeeting.slug);
    expect(fs.existsSync('app/[locale]/(public)/meetings/[slug]/page.tsx')).toBe(true);
    expect(fs.existsSync('app/[locale]/(site)/admin/outbox/page.tsx')).toBe(true);
  });

  it('is what scripts/start.mjs prints, line by line', () => {
    const script = fs.readFileSync('scripts/start.mjs', 'utf8');
    expect(script).toContain("import { startBanner } from '../lib/setup/start-banner.mjs';");
    expect(script).toMatch(/for \(const line of startBanner\([^)]*\)\) console\.log\(line\);/);
    expect(script).not.toMatch(/console\.log\(`/);
  });
});
