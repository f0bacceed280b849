import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration, validated once. Everything is optional so that a first
 * `npm start` on a fresh machine works without any setup.
 */
const envSchema = z.object({
  DATABASE_FILE: z.string().min(1).default('data/convene.db'),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.url().optional(),
  // Set to "0" to start on an empty database without the reference scenario.
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  // Automatic backups (docs/decisions/0013): how often (0 turns them off), how long they are kept, where.
  BACKUP_INTERVAL_HOURS: z.coerce.number().min(0).max(24 * 365).default(24),
  BACKUP_KEEP_DAYS: z.coerce.number().positive().max(3650).default(14),
  BACKUP_DIR: z.string().min(1).optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse({
    DATABASE_FILE: source.DATABASE_FILE || undefined,
    NEXTAUTH_SECRET: source.NEXTAUTH_SECRET || undefined,
    NEXTAUTH_URL: source.NEXTAUTH_URL || undefined,
    SEED_DEMO: source.SEED_DEMO || undefined,
    BACKUP_INTERVAL_HOURS: source.BACKUP_INTERVAL_HOURS || undefined,
    BACKUP_KEEP_DAYS: source.BACKUP_KEEP_DAYS || undefined,
    BACKUP_DIR: source.BACKUP_DIR || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function databaseFile(): string {
  // Any location the operator chooses; not a file to trace into the build.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), readEnv().DATABASE_FILE);
}

/** The folder that holds the database; secrets and uploads live beside it. */
export function dataDirectory(): string {
  return path.dirname(databaseFile());
}

/** Where backups go: BACKUP_DIR (relative to where the app runs), or `backups/` beside the database. */
export function backupDirectory(): string {
  const chosen = readEnv().BACKUP_DIR;
  return chosen ? path.resolve(/*turbopackIgnore: true*/ process.cwd(), chosen) : path.join(dataDirectory(), 'backups');
}
