import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { uploadFolders } from '@/lib/storage/folders';
import { restrict } from '@/lib/storage/owner-only';
import { newestMigration } from './schema-version';
import { BackupInvalid, DATABASE_NAME, verifyBackup, type Manifest } from './snapshot';

export class RestoreRefused extends Error {}

/**
 * Is any process holding the database open — a running server, a second app process,
 * a backup? Every connection to a WAL database keeps a shared lock on the file for as
 * long as it is open (that is how SQLite knows who closes last), so an exclusive lock
 * can be had only when nobody else has it open. The operating system drops a killed
 * process's locks, so a crashed server never blocks a restore, and no pid file can go
 * stale. (Reliable on local file systems; SQLite's locking is not on NFS.)
 */
export function databaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const probe = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE; COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw error;
  } finally {
    // Closing the last connection also folds the WAL into the file we may set aside.
    probe.close();
  }
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/**
 * Puts a backup back in place of `databaseFile` and its upload folders. Nothing is
 * replaced until the backup has passed verifyBackup, the backup's schema is one this
 * code knows, and no process has the database open. What it replaces is moved, not
 * deleted, to `replaced-<time>/` beside the database.
 */
export async function restoreBackup(options: {
  from: string;
  databaseFile: string;
  now: Date;
}): Promise<{ manifest: Manifest; setAside: string | null }> {
  const manifest = await verifyBackup(options.from);
  if (manifest.migratedAt != null && manifest.migratedAt > newestMigration().when) {
    throw new BackupInvalid(
      `the backup was made by a newer version of Convene (schema ${manifest.schemaVersion ?? 'unknown'}); update the code first`,
    );
  }
  const refuseIfInUse = () => {
    if (databaseInUse(options.databaseFile)) {
      throw new RestoreRefused(
        `${options.databaseFile} is open in another process (a running server?). Stop it, then restore.`,
      );
    }
  };
  refuseIfInUse();

  // Copy everything next to its destination first, so the swap below is renames only.
  const dataDirectory = path.dirname(options.databaseFile);
  fs.mkdirSync(dataDirectory, { recursive: true, mode: 0o700 });
  const staging = path.join(dataDirectory, `.restoring-${stamp(options.now)}`);
  fs.mkdirSync(staging, { mode: 0o700 });
  try {
    for (const file of manifest.files) {
      const destination = path.join(staging, ...file.path.split('/'));
      fs.mkdirSync(path.dirname(destination), { recursive: true, mode: 0o700 });
      fs.copyFileSync(path.join(options.from, ...file.path.split('/')), destination);
    }
    restrict(staging);

    refuseIfInUse();
    const aside = path.join(dataDirectory, `replaced-${stamp(options.now)}`);
    const current = [
      ...['', '-wal', '-shm', '-journal'].map((suffix) => options.databaseFile + suffix),
      ...uploadFolders.map((folder) => path.join(dataDirectory, folder)),
    ].filter((existing) => fs.existsSync(existing));
    if (current.length > 0) {
      fs.mkdirSync(aside, { mode: 0o700 });
      for (const existing of current) fs.renameSync(existing, path.join(aside, path.basename(existing)));
      restrict(aside);
    }
    fs.renameSync(path.join(staging, DATABASE_NAME), options.databaseFile);
    for (const folder of uploadFolders) {
      if (fs.existsSync(path.join(staging, folder)))
        fs.renameSync(path.join(staging, folder), path.join(dataDirectory, folder));
    }
    return { manifest, setAside: current.length > 0 ? aside : null };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
