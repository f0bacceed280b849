import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDirectory, readEnv } from '@/lib/env';

/**
 * The key that signs session tokens. Taken from NEXTAUTH_SECRET when set;
 * otherwise made once and kept beside the database, so a fresh machine starts
 * without setup and sessions survive a restart.
 */
export function authSecret(): string {
  const fromEnv = readEnv().NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(dataDirectory(), '.nextauth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    try {
      // 'wx' fails if another process wrote it first; then that one wins.
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}
