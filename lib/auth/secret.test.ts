import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataDirectory } from '@/lib/env';
import { authSecret } from './secret';

const file = () => path.join(dataDirectory(), '.nextauth-secret');

describe('session secret', () => {
  afterEach(() => {
    delete process.env.NEXTAUTH_SECRET;
    fs.rmSync(file(), { force: true });
  });

  it('is made once and kept beside the database, so sessions survive a restart', () => {
    delete process.env.NEXTAUTH_SECRET;
    fs.rmSync(file(), { force: true });
    const first = authSecret();
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.readFileSync(file(), 'utf8')).toBe(first);
    expect(authSecret()).toBe(first);
    expect(fs.statSync(file()).mode & 0o077).toBe(0); // readable by the owner only
  });

  it('comes from NEXTAUTH_SECRET when set', () => {
    process.env.NEXTAUTH_SECRET = 'a-secret-from-the-environment';
    expect(authSecret()).toBe('a-secret-from-the-environment');
    expect(fs.existsSync(file())).toBe(false);
  });
});
