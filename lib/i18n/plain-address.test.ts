// The router's own path matcher, as Next compiles it (it ships no types).
// @ts-expect-error -- next/dist/compiled/path-to-regexp has no declaration file
import { compile, match } from 'next/dist/compiled/path-to-regexp';
import { describe, expect, it } from 'vitest';
import nextConfig from '@/next.config.js';
import plainAddress from './plain-address.cjs';
import { LOCALE_COOKIE, routing } from './routing';

type PathMatch = (
  source: string,
  options: { decode: (part: string) => string },
) => (path: string) => { params: Record<string, unknown> } | false;
type Compile = (destination: string) => (params: Record<string, unknown>) => string;

type Rule = {
  source: string;
  destination: string;
  missing: { type: 'cookie' | 'header'; key: string }[];
};

/** Where next.config.js's rewrites send a request, as the router would (the rule serve.mjs must agree with). */
async function routerRewrite(url: string, headers: Record<string, string>): Promise<string | null> {
  const rewrites = (await (nextConfig as { rewrites: () => Promise<{ afterFiles: Rule[] }> }).rewrites()).afterFiles;
  const [path, query] = url.split('?');
  const cookies = headers.cookie ?? '';
  for (const rule of rewrites) {
    const missing = rule.missing.every(({ type, key }) =>
      type === 'cookie' ? !new RegExp(`(?:^|;\\s*)${key}=`).test(cookies) : !(key in headers),
    );
    const found = (match as PathMatch)(rule.source, { decode: decodeURIComponent })(path!);
    if (missing && found) return (compile as Compile)(rule.destination)(found.params) + (query ? `?${query}` : '');
  }
  return null;
}

const action = { 'next-action': 'abc123' };
const cases: [string, Record<string, string>][] = [
  ['/meetings/annual-2031/register', action],
  ['/meetings/annual-2031/register?from=poster', action],
  ['/', action],
  ['/registrations/AbC_d-9', action],
  ['/organize/meetings/12/seating', action],
  ['/zh-CN/meetings/annual-2031/register', action],
  ['/en/meetings/annual-2031/register', action],
  ['/en', action],
  ['/api/health', action],
  ['/_next/static/chunk.js', action],
  ['/bench-control', action],
  ['/english/page', action],
  ['/meetings/annual-2031/register', { ...action, cookie: `theme=dark; ${LOCALE_COOKIE}=en` }],
  ['/meetings/annual-2031/register', { ...action, cookie: `${LOCALE_COOKIE}=zh-CN` }],
  ['/meetings/annual-2031/register', { ...action, cookie: `not_${LOCALE_COOKIE}=en` }],
  ['/meetings/annual-2031/register', { ...action, rsc: '1' }],
];

describe('a server action posted to a plain address (scripts/serve.mjs)', () => {
  it.each(cases)('%s %j goes where the router’s rewrite sends it', async (url, headers) => {
    const expected = await routerRewrite(url, headers);
    expect(plainAddress.chineseActionAddress({ method: 'POST', url, headers })).toBe(expected);
  });

  it('is the Chinese page, under the names the rest of the app uses', async () => {
    expect(plainAddress.DEFAULT_LOCALE).toBe(routing.defaultLocale);
    expect(plainAddress.CHOICE_COOKIE).toBe(LOCALE_COOKIE);
    expect(plainAddress.NOT_PLAIN).toEqual(expect.arrayContaining([...routing.locales]));
    expect(await routerRewrite('/meetings/x', {})).toBe('/zh-CN/meetings/x');
  });

  it('leaves every other request to the router: pages, reads, other methods', () => {
    const url = '/meetings/annual-2031/register';
    expect(plainAddress.chineseActionAddress({ method: 'GET', url, headers: action })).toBeNull();
    expect(plainAddress.chineseActionAddress({ method: 'POST', url, headers: {} })).toBeNull();
  });
});
