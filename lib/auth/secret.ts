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
  // Read once per file: sealing calls this inside the registration's write lock, where two
  // file reads per registration were time every other registrant waited (docs/decisions/0022).
  let secret = fromFile.get(file);
  if (secret === undefined) {
    secret = readOrCreate(file);
    fromFile.set(file, secret);
  }
  return secret;
}

const fromFile = new Map<string, string>();

function readOrCreate(file: string): string {
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
