import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { sealAuditChain } from './audit-chain';
import { sealRegistrationTokens } from './registration-tokens';
import type { Db } from './index';

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/**
 * Brings the database up to the committed migrations, then does what SQL cannot: hashes any
 * pre-chain audit events and seals registration links kept in clear before. Safe on every start.
 */
export function runMigrations(database: Db): void {
  migrate(database, { migrationsFolder });
  sealAuditChain(database);
  sealRegistrationTokens(database);
}
