import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as schema from './schema';

const folder = path.join(import.meta.dirname, 'migrations');

describe('committed migrations', () => {
  it('match the schema: no change is waiting for `npm run db:generate`', async () => {
    // drizzle-kit's own diff between the last committed snapshot and the schema in code.
    const { generateSQLiteDrizzleJson, generateSQLiteMigration } = await import('drizzle-kit/api');
    const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { idx: number; tag: string }[];
    };
    const last = journal.entries.at(-1)!;
    const snapshot = JSON.parse(
      fs.readFileSync(path.join(folder, 'meta', `${String(last.idx).padStart(4, '0')}_snapshot.json`), 'utf8'),
    );
    const current = await generateSQLiteDrizzleJson(schema as unknown as Record<string, unknown>);
    const pending = await generateSQLiteMigration(snapshot, current);
    expect(pending).toEqual([]);
  });

  it('are all listed in the journal', () => {
    const files = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => f.replace(/\.sql$/, ''));
    const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    expect(files.sort()).toEqual(journal.entries.map((e) => e.tag).sort());
  });
});
