import fs from 'node:fs';
import path from 'node:path';
import { backupDirectory, databaseFile, dataDirectory } from '@/lib/env';
import { uploadFolders } from './folders';

/**
 * Everything this process creates from now on is readable by its owner only:
 * files 0600, folders 0700. SQLite gives the WAL and shared-memory files the
 * database file's own mode, so they follow.
 */
export function ownerOnlyFromNowOn(): void {
  process.umask(0o077);
}

/**
 * Narrows what an earlier version (or a copy made by hand) left readable by others:
 * the database and its WAL files, the generated secret, uploads, backups.
 * The data folder itself is left as the operator made it (it may be a shared one
 * such as /tmp); it is created 0700 when the app creates it.
 */
export function restrictDataFiles(): void {
  const database = databaseFile();
  for (const file of [database, `${database}-wal`, `${database}-shm`, path.join(dataDirectory(), '.nextauth-secret')])
    restrict(file);
  for (const folder of uploadFolders) restrict(path.join(dataDirectory(), folder));
  restrict(backupDirectory());
}

/** Takes away group and other access, recursively (0644 → 0600, 0755 → 0700); skips what is missing or someone else's. */
export function restrict(target: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) return;
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return;
  if (stat.mode & 0o077) fs.chmodSync(target, stat.mode & 0o700);
  if (stat.isDirectory()) for (const entry of fs.readdirSync(target)) restrict(path.join(target, entry));
}
