import { createTranslator } from 'next-intl';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import en from '@/messages/en.json';
import { getActiveViewer } from '@/lib/auth/data';
import { AppError } from '@/lib/errors';
import { makeUser } from '@/test/factories';
import { defineAction } from './define-action';

// The session cookie is next-auth's business; which person it names is the only
// thing faked here. The wrapper still loads that person from the database.
const session = vi.hoisted(() => ({ userId: null as number | null }));
vi.mock('@/lib/auth/session', async () => {
  const data = await import('@/lib/auth/data');
  return { getViewer: async () => (session.userId ? (data.getActiveViewer(session.userId) ?? null) : null) };
});
vi.mock('next-intl/server', async () => ({
  getTranslations: async () =>
    createTranslator({ locale: 'en', messages: (await import('@/messages/en.json')).default }),
}));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

const ran = vi.fn();
const adminOnly = defineAction({
  schema: z.object({ name: z.string().trim().min(1).max(10), password: z.string().optional() }),
  who: 'admin',
  run(input) {
    ran(input);
    if (input.name === 'taken') throw new AppError('organizationNameTaken', { field: 'name' });
    if (input.name === 'boom') throw new Error('SQLITE_CORRUPT at /srv/convene/data/convene.db: password_hash');
    return { message: 'common.saved' };
  },
});

describe('defineAction', () => {
  const admin = makeUser({ role: 'admin' });
  const member = makeUser({ role: 'member' });
  beforeEach(() => {
    ran.mockClear();
    session.userId = null;
  });

  it('refuses anonymous callers and the wrong role before reading the input', async () => {
    expect(await adminOnly({}, form({ name: 'x' }))).toMatchObject({ ok: false, formError: en.errors.notSignedIn });
    session.userId = member.id;
    expect(await adminOnly({}, form({ name: 'x' }))).toMatchObject({ ok: false, formError: en.errors.forbidden });
    expect(ran).not.toHaveBeenCalled();
  });

  it('reads the role from the database, not from the session', async () => {
    session.userId = admin.id;
    expect(getActiveViewer(admin.id)?.role).toBe('admin');
    const { changeRole } = await import('@/lib/people/mutations');
    // Another admin changes it (an admin may not demote themselves).
    const other = makeUser({ role: 'admin' });
    changeRole(admin.id, 'member', other);
    expect(await adminOnly({}, form({ name: 'x' }))).toMatchObject({ formError: en.errors.forbidden });
    changeRole(admin.id, 'admin', other);
    expect(await adminOnly({}, form({ name: 'x' }))).toMatchObject({ ok: true, message: en.common.saved });
  });

  it('returns translated field errors and what was typed, but never a password', async () => {
    session.userId = admin.id;
    const result = await adminOnly({}, form({ name: 'far too long a name', password: 'hunter22' }));
    expect(result.fieldErrors).toEqual({ name: 'Use at most 10 characters.' });
    expect(result.values).toEqual({ name: 'far too long a name' });
    expect(ran).not.toHaveBeenCalled();
  });

  it('puts a domain error beside its field', async () => {
    session.userId = admin.id;
    expect(await adminOnly({}, form({ name: 'taken' }))).toMatchObject({
      ok: false,
      fieldErrors: { name: en.errors.organizationNameTaken },
      values: { name: 'taken' },
    });
  });

  it('hides an unexpected error behind a plain sentence', async () => {
    session.userId = admin.id;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await adminOnly({}, form({ name: 'boom' }));
    expect(result).toMatchObject({ ok: false, formError: en.errors.unexpected });
    expect(JSON.stringify(result)).not.toMatch(/SQLITE|password_hash|\/srv/);
  });

  it('refuses control characters and bidi overrides in any text field, beside the field, before running (issue 12, finding 11)', async () => {
    session.userId = admin.id;
    for (const hostile of ['a\u0000b', 'esc\u001b[31m', 'abc\u202edcba', 'x\u2066y\u2069', 'c1\u0085', 'del\u007f']) {
      const state = await adminOnly({}, form({ name: hostile.slice(0, 10) }));
      expect(state).toMatchObject({ ok: false, fieldErrors: { name: en.validation.controlCharacters } });
    }
    // A field the schema does not even know about is checked too.
    expect(await adminOnly({}, form({ name: 'ok', note: 'x\u202ey' }))).toMatchObject({
      ok: false,
      fieldErrors: { note: en.validation.controlCharacters },
    });
    expect(ran).not.toHaveBeenCalled();
    // Line breaks, tabs, CJK and emoji are ordinary text.
    expect(await adminOnly({}, form({ name: '会议\n🎉\t' }))).toMatchObject({ ok: true });
  });
});
