import { expect, test, type APIRequestContext } from '../test';
import { demoMeeting } from '../fixtures';

/**
 * Issue 12, finding 5: responses carried no security headers. Every kind of response
 * must now: pages, route handlers, error pages, static files. Cached pages must stay
 * cached and still get a fresh nonce each time (docs/decisions/0017).
 */
const policyNonce = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

async function get(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), body: await response.text() };
}

function expectEveryResponseHeaders(headers: Record<string, string>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
}

test('pages, route handlers, error pages and static files carry the security headers', async ({ request }) => {
  const home = await get(request, '/');
  expect(home.status).toBe(200);
  expectEveryResponseHeaders(home.headers);
  const policy = home.headers['content-security-policy']!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");

  const health = await get(request, '/api/health');
  expect(health.status).toBe(200);
  expectEveryResponseHeaders(health.headers);

  const missing = await get(request, '/meetings/no-such-meeting-anywhere');
  expect(missing.status).toBe(404);
  expectEveryResponseHeaders(missing.headers);
  expect(missing.headers['content-security-policy']).toContain("'nonce-");

  const dotted = await get(request, '/no-such-file.txt');
  expect(dotted.status).toBe(404);
  expectEveryResponseHeaders(dotted.headers);

  const asset = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(home.body)?.[1];
  expect(asset, 'a script of the home page').toBeTruthy();
  const script = await get(request, asset!);
  expect(script.status).toBe(200);
  expectEveryResponseHeaders(script.headers);
});

test('cached public pages stay cached and still get a fresh nonce on every response', async ({ request }) => {
  for (const path of ['/', `/meetings/${demoMeeting.slug}`, `/en/meetings/${demoMeeting.slug}`]) {
    await get(request, path);
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const { headers, body } = await get(request, path);
      expect(headers['x-nextjs-cache'], path).toBe('HIT');
      const nonce = policyNonce(headers['content-security-policy'])!;
      const inBody = [...body.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((match) => match[1]);
      expect(inBody.length, path).toBeGreaterThan(0);
      expect(new Set(inBody), path).toEqual(new Set([nonce]));
      nonces.add(nonce);
    }
    expect(nonces.size, path).toBe(3);
  }
});

test('the venue display may be framed by our own pages only', async ({ request }) => {
  const display = await get(request, `/meetings/${demoMeeting.slug}/display`);
  expect(display.headers['content-security-policy']).toContain("frame-ancestors 'self'");
});

test('a page runs under its policy, and an injected script is refused and reported', async ({
  page,
  cspViolations,
}) => {
  // What a stored cross-site script would be: markup in the page the server sent. The
  // response is the server's own, headers included; only a script is added to its body.
  await page.route(`**/meetings/${demoMeeting.slug}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</body>', '<script>window.__injected = true</script></body>');
    await route.fulfill({ response, body });
  });
  await page.goto(`/meetings/${demoMeeting.slug}`);
  // The page's own scripts ran: the header's account island asked who is signed in.
  await expect(page.getByRole('banner').getByRole('link', { name: '登录' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
  // The fixture in e2e/test.ts saw the refusal, so the same would fail any other test.
  await expect.poll(() => cspViolations.length).toBe(1);
  expect(cspViolations[0]).toMatch(/inline script violates the following Content Security Policy/);
  cspViolations.splice(0);
});
