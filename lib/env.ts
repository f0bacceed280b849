import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration, validated once per read. Everything is optional so that a first
 * `npm start` on a fresh machine works without any setup. This is the only file
 * that reads process.env for the app's own settings.
 */
/** A comma-separated setting as its non-empty, trimmed entries. */
const commaList = () =>
  z.string().transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  );

const addressList = commaList().refine((list) => list.every((entry) => entry === 'loopback' || isIP(entry) !== 0), {
  message: 'a comma-separated list of IP addresses (or "loopback")',
});

// "registration=30/600,verify=30/60": at most 30 per 600 seconds, and so on (lib/limits/policy.ts).
const rateLimitOverrides = commaList()
  .refine((list) => list.every((entry) => /^[a-zA-Z]+=\d+\/\d+$/.test(entry)), {
    message: 'a comma-separated list of name=count/seconds, e.g. registration=30/600',
  })
  .transform((list) =>
    Object.fromEntries(
      list.map((entry) => {
        const [name, rule] = entry.split('=') as [string, string];
        const [limit, seconds] = rule.split('/').map(Number) as [number, number];
        return [name, { limit, windowSeconds: Math.max(1, seconds) }];
      }),
    ),
  );

const envSchema = z.object({
  DATABASE_FILE: z.string().min(1).default('data/convene.db'),
  // Which SQLite library opens DATABASE_FILE (docs/decisions/0023-database-driver.md).
  DATABASE_DRIVER: z.enum(['better-sqlite3', 'libsql']).default('better-sqlite3'),
  // libsql only: DATABASE_FILE becomes an embedded replica of this sqld primary (docs/deploy.md).
  DATABASE_SYNC_URL: z
    .url()
    .refine((value) => /^(libsql|https?):$/.test(new URL(value).protocol), {
      message: 'must start with libsql://, http:// or https://',
    })
    .optional(),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.url().optional(),
  // The public address of this deployment: every link in an email, calendar file or
  // printed document starts with it. Never taken from a request header.
  APP_URL: z
    .url()
    .refine((value) => /^https?:$/.test(new URL(value).protocol), { message: 'must start with http:// or https://' })
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Proxies whose X-Forwarded-For / -Proto headers are believed; from anyone else they are ignored.
  TRUSTED_PROXIES: addressList.default([]),
  // Set to "0" to start on an empty database without the reference scenario.
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  SMTP_URL: z.string().min(1).optional(),
  // Overrides of the default rate limits, e.g. high ones for a load test on loopback.
  RATE_LIMITS: rateLimitOverrides.default({}),
  MAIL_FROM: z.string().min(1).default('Convene <no-reply@convene.local>'),
  // Automatic backups (docs/decisions/0013): how often (0 turns them off), how long they are kept, where.
  BACKUP_INTERVAL_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 365)
    .default(24),
  BACKUP_KEEP_DAYS: z.coerce.number().positive().max(3650).default(14),
  BACKUP_DIR: z.string().min(1).optional(),
  // "1" only while `npm run bench` runs: serves the minimal control page and action (lib/bench/actions.ts).
  BENCH_CONTROL: z
    .enum(['0', '1'])
    .default('0')
    .transform((value) => value === '1'),
  // Worker processes for `npm start` (scripts/serve.mjs reads it itself, by these rules): a
  // whole number ≥ 1, default one per core (docs/decisions/0022-every-core-and-the-surge.md).
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  // Seconds per background sweep (releases, expiries, outbox retries): once per this across
  // all workers. 60 in production; the multi-worker test shortens it.
  SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
});

// The replica settings mean nothing without the driver that reads them.
const checkedEnv = envSchema
  .refine((env) => !env.DATABASE_SYNC_URL || env.DATABASE_DRIVER === 'libsql', {
    message: 'needs DATABASE_DRIVER=libsql',
    path: ['DATABASE_SYNC_URL'],
  })
  .refine((env) => !env.DATABASE_AUTH_TOKEN || env.DATABASE_SYNC_URL, {
    message: 'is used only with DATABASE_SYNC_URL',
    path: ['DATABASE_AUTH_TOKEN'],
  });

export type Env = z.infer<typeof envSchema>;

const KEYS = Object.keys(envSchema.shape) as (keyof Env)[];

let lastRead: { given: string; env: Env } | undefined;

export function readEnv(source: Partial<Record<string, string>> = process.env): Env {
  // An empty variable counts as unset, as shells and .env files tend to leave them.
  const given = Object.fromEntries(KEYS.map((key) => [key, source[key] || undefined]));
  // Read several times per request, some inside the seat decision's write lock: parse again
  // only when a value changed (tests change process.env between cases).
  const key = JSON.stringify(given);
  if (lastRead?.given === key) return lastRead.env;
  const parsed = checkedEnv.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  lastRead = { given: key, env: parsed.data };
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

/**
 * Where links sent out of the app point: APP_URL, else this machine on its port
 * (startup warns about the latter). Never the Host or X-Forwarded-Host of a request,
 * which anyone can set.
 */
export function appOrigin(source: Partial<Record<string, string>> = process.env): string {
  const env = readEnv(source);
  return env.APP_URL ? new URL(env.APP_URL).origin : `http://localhost:${env.PORT}`;
}

/** Where backups go: BACKUP_DIR (relative to where the app runs), or `backups/` beside the database. */
export function backupDirectory(): string {
  const chosen = readEnv().BACKUP_DIR;
  return chosen ? path.resolve(/*turbopackIgnore: true*/ process.cwd(), chosen) : path.join(dataDirectory(), 'backups');
}

/** The driver that opens DATABASE_FILE, and the sqld primary it replicates when one is set. */
export function databaseDriver(source: Partial<Record<string, string>> = process.env) {
  const env = readEnv(source);
  const replica = env.DATABASE_SYNC_URL
    ? { syncUrl: env.DATABASE_SYNC_URL, authToken: env.DATABASE_AUTH_TOKEN }
    : undefined;
  return { driver: env.DATABASE_DRIVER, replica };
}
