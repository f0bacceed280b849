import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_NAME } from './snapshot';

const DAY = 86_400_000;
// backupFolderName(): backup-2026-11-30T10-26-32-123Z.
const backupName = /^backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;
const partialName = /^backup-[\dTZ-]+\.partial$/;

/** When a backup was taken, from its name: copying the folder elsewhere and back keeps it. */
function takenAt(name: string): number {
  const [, day, h, m, s, ms] = backupName.exec(name)!;
  return Date.parse(`${day}T${h}:${m}:${s}.${ms}Z`);
}

/**
 * Removes backups older than keepDays from the backup folder, and unfinished ones a
 * killed process left behind a day ago. Only folders named like ours are touched, and
 * the newest complete backup is kept whatever its age: an app that stopped backing up
 * for a month still has its last copy.
 */
export function pruneBackups(folder: string, options: { keepDays: number; now: Date }): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const now = options.now.getTime();
  const complete = names
    .filter((name) => backupName.test(name) && fs.existsSync(path.join(folder, name, MANIFEST_NAME)))
    .sort()
    .reverse();
  const expired = [
    ...complete.slice(1).filter((name) => now - takenAt(name) > options.keepDays * DAY),
    ...names.filter((name) => partialName.test(name) && now - fs.statSync(path.join(folder, name)).mtimeMs > DAY),
  ];
  for (const name of expired) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
  return expired;
}
