import { createTranslator } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { listCategories } from '@/lib/registrations/data';
import { defaultRateLimits } from '@/lib/limits/policy';
import { makeUser } from '@/test/factories';
import { makeRegistrableMeeting } from '@/test/meetings';

// The request as the production server hands it over: the socket's address in x-convene-peer.
const request = vi.hoisted(() => ({ peer: '203.0.113.9' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-convene-peer': request.peer }),
  cookies: async () => new Map(),
}));
vi.mock('@/lib/auth/session', () => ({ getViewer: async () => null }));
vi.mock('next-intl/server', async () => {
  const messages = (await import('@/messages/en.json')).default;
  return { getTranslations: async () => createTranslator({ locale: 'en', messages }), getLocale: async () => 'en' };
});

const { registerAction } = await import('./actions');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

describe('registration is rate-limited per client (issue 12, finding 8)', () => {
  it('refuses the registration past the limit with "try again in N s", and counts other clients apart', async () => {
    const organizer = makeUser({ role: 'organizer' });
    const meeting = makeRegistrableMeeting(organizer, { capacity: '100' });
    const [category] = listCategories(meeting.id);
    const { limit } = defaultRateLimits.registration;
    const guest = (i: number) =>
      form({
        meetingId: String(meeting.id),
        categoryId: String(category!.id),
        name: 'Guest',
        email: `guest${i}-${request.peer}@example.com`,
      });

    for (let i = 0; i < limit; i++) {
      const answer = await registerAction({}, guest(i));
      expect(answer.ok, answer.formError).toBe(true);
    }
    const refused = await registerAction({}, guest(limit));
    expect(refused.ok).toBe(false);
    expect(refused.formError).toMatch(/^Too many attempts\. Please try again in \d+ s\.$/);
    // What was typed stays in the form.
    expect(refused.values?.email).toBe(`guest${limit}-${request.peer}@example.com`);

    request.peer = '198.51.100.77';
    expect((await registerAction({}, guest(0))).ok).toBe(true);
  }, 60_000);
});
