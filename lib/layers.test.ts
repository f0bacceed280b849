import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.mjs (decisions 0001 and 0029), each proven on a small
 * fixture: the text is linted as if it were the named file, so each leak must be refused
 * by the rule meant for it, and its allowed twin must pass. Fixtures live here, not on
 * disk, so `npm run lint` over the tree never sees them.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });
});

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter(
    (m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-syntax',
  );
}

const refused = async (filePath: string, code: string, message: RegExp) => {
  const found = await problems(filePath, code);
  expect(found.map((m) => m.message).join('\n'), `${filePath} should be refused`).toMatch(message);
};
const allowed = async (filePath: string, code: string) => {
  expect(
    (await problems(filePath, code)).map((m) => m.message),
    `${filePath} should pass`,
  ).toEqual([]);
};

describe('the four leaks into the database', () => {
  it('refuses a dynamic import of the database outside data and mutations files', async () => {
    await refused(
      'lib/meetings/guard.ts',
      "export const load = async () => (await import('@/db')).db;\n",
      /dynamic import of the database/,
    );
    await refused(
      'app/[locale]/page.tsx',
      "export const load = () => import('@/db/index');\n",
      /dynamic import of the database/,
    );
    await refused('proxy.ts', "export const load = () => import('./db/index');\n", /dynamic import of the database/);
  });

  it('lets only the start-up hook load db/startup dynamically', async () => {
    await allowed('instrumentation.ts', "export const up = () => import('./db/startup');\n");
    await refused(
      'instrumentation.ts',
      "export const up = () => import('./db/index');\n",
      /dynamic import of the database/,
    );
  });

  it('refuses ./db from a file at the root', async () => {
    await refused('proxy.ts', "import { db } from './db';\nexport const x = db;\n", /only data\.ts and mutations\.ts/);
  });

  it('refuses better-sqlite3 opened outside db/, by import or require; types stay allowed', async () => {
    await refused(
      'lib/meetings/data.ts',
      "import Database from 'better-sqlite3';\nexport const open = () => new Database(':memory:');\n",
      /Open SQLite only in db\//,
    );
    await refused(
      'lib/reports/export.ts',
      "import Database from 'better-sqlite3';\nexport const open = () => new Database(':memory:');\n",
      /Open SQLite only in db\//,
    );
    await refused(
      'lib/reports/legacy.cjs',
      "const Database = require('better-sqlite3');\nmodule.exports = () => new Database(':memory:');\n",
      /Open SQLite only in db\//,
    );
    await allowed(
      'lib/health/data.ts',
      "import type { Statement } from 'better-sqlite3';\nexport type S = Statement;\n",
    );
    await allowed(
      'db/backup/snapshot.ts',
      "import Database from 'better-sqlite3';\nexport const open = () => new Database(':memory:');\n",
    );
  });

  it('has exactly one exception: the cache handler, which Next loads outside the app', async () => {
    await allowed(
      'lib/cache/handler.cjs',
      "const Database = require('better-sqlite3');\nmodule.exports = () => new Database(':memory:');\n",
    );
  });

  it('refuses a data file that hands out the database itself', async () => {
    const message = /hands out rows, never the database/;
    await refused('lib/meetings/data.ts', "export { db } from '@/db';\n", message);
    await refused('lib/meetings/data.ts', "export * from '@/db';\n", message);
    await refused('lib/meetings/data.ts', "import { db } from '@/db';\nexport { db };\n", message);
    await refused('lib/meetings/data.ts', "import { db } from '@/db';\nexport const reader = db;\n", message);
    await allowed('lib/meetings/data.ts', "import { db } from '@/db';\nexport const count = () => db.$count;\n");
  });
});

describe('the direction of the layers', () => {
  it('refuses lib importing components or app', async () => {
    const message = /lib never imports components or app/;
    await refused(
      'lib/meetings/data.ts',
      "import { Card } from '@/components/ui/Card';\nexport const c = Card;\n",
      message,
    );
    await refused(
      'lib/meetings/format.ts',
      "import Page from '@/app/[locale]/page';\nexport const p = Page;\n",
      message,
    );
    await refused(
      'lib/meetings/mutations.ts',
      "import { Card } from '../../components/ui/Card';\nexport const c = Card;\n",
      message,
    );
  });

  it('refuses app and components importing a mutations file', async () => {
    const message = /never import mutations/;
    await refused(
      'app/[locale]/(site)/pledges/page.tsx',
      "import { markViewed } from '@/lib/pledges/mutations';\nexport const m = markViewed;\n",
      message,
    );
    await refused(
      'components/pledges/Sign.tsx',
      "import { signPledge } from '@/lib/pledges/mutations';\nexport const s = signPledge;\n",
      message,
    );
    await allowed(
      'components/pledges/Sign.tsx',
      "import { signAction } from '@/lib/pledges/actions';\nexport const s = signAction;\n",
    );
  });

  it('counts a file in lib/<domain>/mutations/ exactly as mutations.ts', async () => {
    await allowed(
      'lib/registrations/mutations/registrant.ts',
      "import { db } from '@/db';\nexport const count = () => db.$count;\n",
    );
    await allowed('lib/registrations/mutations/index.ts', "export { register } from './registrant';\n");
    await refused(
      'lib/registrations/mutations/registrant.ts',
      "import { Card } from '@/components/ui/Card';\nexport const c = Card;\n",
      /lib never imports components or app/,
    );
    await refused(
      'lib/registrations/mutations/registrant.ts',
      "import Database from 'better-sqlite3';\nexport const open = () => new Database(':memory:');\n",
      /Open SQLite only in db\//,
    );
    // Only the folder's own files: a deeper helper, or a look-alike name, is an ordinary lib file.
    await refused(
      'lib/registrations/mutations/parts/seats.ts',
      "import { db } from '@/db';\nexport const count = () => db.$count;\n",
      /data\.ts and mutations\.ts may import the database/,
    );
    await refused(
      'lib/registrations/mutations-seats.ts',
      "import { db } from '@/db';\nexport const count = () => db.$count;\n",
      /data\.ts and mutations\.ts may import the database/,
    );
    const message = /never import mutations/;
    await refused(
      'app/[locale]/(site)/meetings/page.tsx',
      "import { register } from '@/lib/registrations/mutations/registrant';\nexport const r = register;\n",
      message,
    );
    await refused(
      'components/registrations/Form.tsx',
      "import { register } from '@/lib/registrations/mutations/index';\nexport const r = register;\n",
      message,
    );
    await refused(
      'app/[locale]/(site)/meetings/page.tsx',
      "import { register } from '@/lib/registrations/mutations';\nexport const r = register;\n",
      message,
    );
  });

  it('counts a file in lib/<domain>/data/ exactly as data.ts', async () => {
    await allowed('lib/awards/data/rounds.ts', "import { db } from '@/db';\nexport const count = () => db.$count;\n");
    await allowed('lib/awards/data/index.ts', "export { getRound } from './rounds';\n");
    await refused(
      'lib/awards/data/rounds.ts',
      "import { Card } from '@/components/ui/Card';\nexport const c = Card;\n",
      /lib never imports components or app/,
    );
    await refused(
      'lib/awards/data/rounds.ts',
      "import Database from 'better-sqlite3';\nexport const open = () => new Database(':memory:');\n",
      /Open SQLite only in db\//,
    );
    // It hands out rows like data.ts: never the database, not even through the folder's index.
    await refused('lib/awards/data/rounds.ts', "import { db } from '@/db';\nexport { db };\n", /hands out rows/);
    await refused('lib/awards/data/index.ts', "export { db } from '@/db';\n", /hands out rows/);
    // Only the folder's own files: a deeper helper, or a look-alike name, is an ordinary lib file.
    await refused(
      'lib/awards/data/parts/tally.ts',
      "import { db } from '@/db';\nexport const count = () => db.$count;\n",
      /data\.ts and mutations\.ts may import the database/,
    );
    await refused(
      'lib/awards/data-rounds.ts',
      "import { db } from '@/db';\nexport const count = () => db.$count;\n",
      /data\.ts and mutations\.ts may import the database/,
    );
  });
});
