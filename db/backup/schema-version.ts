import fs from 'node:fs';
import path from 'node:path';

type Journal = { entries: { when: number; tag: string }[] };
let journal: Journal | null = null;

function committedMigrations(): Journal {
  journal ??= JSON.parse(
    fs.readFileSync(
      path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations', 'meta', '_journal.json'),
      'utf8',
    ),
  ) as Journal;
  return journal;
}

/**
 * The name of a migration (e.g. "0011_backups") from the time drizzle records for it
 * in __drizzle_migrations.created_at, which is the `when` of the committed journal.
 * A time this code does not know (a database migrated by newer code) gives null.
 */
export function migrationTag(appliedWhen: number | null | undefined): string | null {
  if (appliedWhen == null) return null;
  return committedMigrations().entries.find((entry) => entry.when === Number(appliedWhen))?.tag ?? null;
}

/** The newest migration this code carries. */
export function newestMigration(): { when: number; tag: string } {
  const entries = committedMigrations().entries;
  return entries[entries.length - 1]!;
}
