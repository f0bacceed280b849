import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { DEMO_PASSWORD } from '@/lib/auth/demo';
import { hashPassword } from '@/lib/auth/password';
import { makeUser } from '@/test/factories';
import { activeDemoAccounts } from './data';
import { archiveDemoAccounts, createAdmin } from './mutations';
import { firstAdminSchema } from './schema';

/** Issue 12, finding 2: a deployment gets its own administrator, not the published demo one. */
describe('npm run setup', () => {
  it.each([
    'convene-demo',
    'password1234',
    '123456789012',
    'aaaaaaaaaaaaaaaa',
    'qwertyuiopasdf',
    'short',
    'lin.jingyi-2024',
  ])('refuses the weak password %j', (password) => {
    expect(firstAdminSchema.safeParse({ name: '林静怡', email: 'lin.jingyi@example.cn', password }).success).toBe(
      false,
    );
  });

  it('refuses a demo address and accepts a strong password', () => {
    expect(
      firstAdminSchema.safeParse({
        name: '林静怡',
        email: 'admin@convene.local',
        password: 'tea kettle on the 9th floor',
      }).success,
    ).toBe(false);
    expect(
      firstAdminSchema.safeParse({ name: '林静怡', email: 'lin@example.cn', password: 'tea kettle on the 9th floor' })
        .success,
    ).toBe(true);
  });

  it('creates an administrator who can sign in, and archives the demo accounts', async () => {
    const demo = makeUser({
      email: 'organizer@convene.local',
      role: 'organizer',
      passwordHash: await hashPassword(DEMO_PASSWORD),
    });
    const admin = await createAdmin(
      firstAdminSchema.parse({ name: '林静怡', email: 'Lin@Example.cn', password: 'tea kettle on the 9th floor' }),
    );
    expect(admin.created).toBe(true);
    await expect(authenticate({ email: 'lin@example.cn', password: 'tea kettle on the 9th floor' })).resolves.toBe(
      admin.id,
    );

    expect(activeDemoAccounts().map((account) => account.email)).toContain(demo.email);
    expect(archiveDemoAccounts()).toContain(demo.email);
    expect(activeDemoAccounts()).toEqual([]);
    await expect(authenticate({ email: demo.email, password: DEMO_PASSWORD })).rejects.toThrow();
  });

  it('works from the command line on a new, empty database', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-setup-'));
    const file = path.join(folder, 'convene.db');
    const output = execFileSync(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'scripts/setup.ts',
        '--name',
        '顾文杰',
        '--email',
        'gu@example.cn',
        '--keep-demo',
      ],
      {
        env: { ...process.env, DATABASE_FILE: file, SEED_DEMO: '0', SETUP_PASSWORD: 'seven lanterns over the river' },
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
    expect(output).toMatch(/Created administrator gu@example.cn/);
    const database = new Database(file, { readonly: true });
    const row = database
      .prepare("select role, password_hash as hash from users where email = 'gu@example.cn'")
      .get() as { role: string; hash: string };
    database.close();
    expect(row.role).toBe('admin');
    expect(bcrypt.compareSync('seven lanterns over the river', row.hash)).toBe(true);

    // A weak password is refused, with the reason, and nothing is written.
    expect(() =>
      execFileSync(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'scripts/setup.ts', '--name', '许佳宁', '--email', 'xu@example.cn'],
        {
          env: { ...process.env, DATABASE_FILE: file, SETUP_PASSWORD: 'password1234' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      ),
    ).toThrow(/too easy to guess/);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
