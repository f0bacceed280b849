import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/index';
import { runMigrations } from '../db/migrate';

/** Migrates one base database for the whole run; each test file then works on its own copy. */
export default function setup(project: TestProject) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-test-'));
  const base = path.join(folder, 'base.db');
  const db = openDatabase(base);
  runMigrations(db);
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  project.provide('baseDatabase', base);
  return () => fs.rmSync(folder, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseDatabase: string;
  }
}
