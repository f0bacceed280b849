import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { uploadFolders } from '@/lib/storage/folders';
import { restrict } from '@/lib/storage/owner-only';
import { migrationTag } from './schema-version';

/**
 * A backup is a folder: convene.db (a consistent copy), the upload folders, and
 * manifest.json listing every file with its size and SHA-256. Plain files, so an
 * operator can inspect or copy one with nothing but a shell (docs/decisions/0013).
 */
export const DATABASE_NAME = 'convene.db';
export const MANIFEST_NAME = 'manifest.json';

const manifestSchema = z.object({
  format: z.literal('convene-backup'),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  // Latest migration applied in the copy (its created_at, as drizzle records it).
  migratedAt: z.number().nullable(),
  // Its name, for people reading the manifest (e.g. "0011_backups").
  schemaVersion: z.string().nullable(),
  files: z.array(
    z.object({ path: z.string().min(1), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;

export class BackupInvalid extends Error {}

/** backup-2026-11-30T10-26-32-123Z: sorts by time, and is a valid name on every file system. */
export function backupFolderName(at: Date): string {
  return `backup-${at.toISOString().replace(/[:.]/g, '-')}`;
}

/**
 * Writes a backup folder while the app keeps writing. `VACUUM INTO` copies the database
 * inside one read transaction: the copy is the database as of one commit, and writers
 * (in this process or others) are not held up. Upload folders are copied after it, so
 * every file a copied row names was already there (files are written before their rows).
 * Everything is written to `<target>.partial` and renamed at the end: a folder named
 * backup-… is always complete.
 */
export async function writeBackup(
  connection: Database.Database,
  options: { dataDirectory: string; target: string; now: Date },
) {
  const { target } = options;
  if (fs.existsSync(target)) throw new Error(`${target} already exists`);
  const partial = `${target}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true, mode: 0o700 });

  connection.prepare('VACUUM INTO ?').run(path.join(partial, DATABASE_NAME));
  const migratedAt = checkDatabaseCopy(path.join(partial, DATABASE_NAME));
  for (const folder of uploadFolders)
    await copyTree(path.join(options.dataDirectory, folder), path.join(partial, folder));

  const files = [];
  for (const relative of listFiles(partial)) {
    const full = path.join(partial, ...relative.split('/'));
    files.push({ path: relative, bytes: fs.statSync(full).size, sha256: await sha256(full) });
  }
  const manifest: Manifest = {
    format: 'convene-backup',
    version: 1,
    createdAt: options.now.toISOString(),
    migratedAt,
    schemaVersion: migrationTag(migratedAt),
    files,
  };
  fs.writeFileSync(path.join(partial, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  restrict(partial);
  fs.renameSync(partial, target);
  return { manifest, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
}

/**
 * Checks a backup before anything relies on it: the manifest is ours, every file it
 * lists is present with its size and hash, nothing points outside the folder, and
 * the database passes `PRAGMA integrity_check`.
 */
export async function verifyBackup(folder: string): Promise<Manifest> {
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(folder, MANIFEST_NAME), 'utf8')));
  } catch (error) {
    throw new BackupInvalid(`${folder} has no readable ${MANIFEST_NAME} (${(error as Error).message.split('\n')[0]})`);
  }
  if (!manifest.files.some((file) => file.path === DATABASE_NAME))
    throw new BackupInvalid(`the manifest lists no ${DATABASE_NAME}`);
  for (const file of manifest.files) {
    if (!isBackupPath(file.path)) throw new BackupInvalid(`the manifest names a file outside the backup: ${file.path}`);
    const full = path.join(folder, ...file.path.split('/'));
    if (!fs.existsSync(full)) throw new BackupInvalid(`${file.path} is missing`);
    if (fs.statSync(full).size !== file.bytes || (await sha256(full)) !== file.sha256) {
      throw new BackupInvalid(`${file.path} does not match its SHA-256 in the manifest`);
    }
  }
  checkDatabaseCopy(path.join(folder, DATABASE_NAME));
  return manifest;
}

/** Only the database and files inside the upload folders; no absolute paths, no "..". */
function isBackupPath(relative: string): boolean {
  if (relative === DATABASE_NAME) return true;
  const parts = relative.split('/');
  return (
    parts.length > 1 &&
    (uploadFolders as readonly string[]).includes(parts[0]!) &&
    parts.every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\\'))
  );
}

/** integrity_check on a copy; returns the time of its latest migration. */
function checkDatabaseCopy(file: string): number | null {
  let copy: Database.Database;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupInvalid(`${DATABASE_NAME} cannot be opened: ${(error as Error).message}`);
  }
  try {
    const result = copy.pragma('integrity_check') as { integrity_check: string }[];
    if (result.length !== 1 || result[0]!.integrity_check !== 'ok') {
      throw new BackupInvalid(
        `${DATABASE_NAME} fails integrity_check: ${result.map((row) => row.integrity_check).join('; ')}`,
      );
    }
    const hasMigrations = copy.prepare("select 1 from sqlite_master where name = '__drizzle_migrations'").get();
    if (!hasMigrations) return null;
    const row = copy.prepare('select max(created_at) as at from __drizzle_migrations').get() as { at: number | null };
    return row.at == null ? null : Number(row.at);
  } catch (error) {
    if (error instanceof BackupInvalid) throw error;
    throw new BackupInvalid(`${DATABASE_NAME} cannot be read: ${(error as Error).message}`);
  } finally {
    copy.close();
  }
}

/** Copies a folder's files; one removed while we copy (a replaced photo) is skipped. */
async function copyTree(from: string, to: string): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(from, { withFileTypes: true });
  } catch {
    return;
  }
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of entries) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) await copyTree(source, path.join(to, entry.name));
    else if (entry.isFile()) await fs.promises.copyFile(source, path.join(to, entry.name)).catch(skipVanished);
  }
}

function skipVanished(error: NodeJS.ErrnoException) {
  if (error.code !== 'ENOENT') throw error;
}

/** Files under a folder, as forward-slash paths relative to it, in a stable order. */
export function listFiles(root: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of fs
    .readdirSync(path.join(root, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...listFiles(root, relative));
    else if (entry.isFile()) found.push(relative);
  }
  return found;
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
