import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { LOCALE_COOKIE, routing } from '@/lib/i18n/routing';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/uploads';

const handleLocale = createMiddleware(routing);
const prefixed = new Set<string>(routing.locales);

/**
 * Only picks the language. Who may see what is decided in every page and action on
 * the server, never here. The rule (docs/decisions/0002):
 * - a language in the address (/en/…) wins for that page, and changes nothing else;
 * - a plain address is Chinese, unless the person chose another language with the
 *   switcher on this device (the NEXT_LOCALE cookie, which only the switcher sets);
 * - the browser's Accept-Language is never a choice.
 */
export default function proxy(request: NextRequest) {
  // A form post over Next's server-action limit (next.config.js) would end in a 500 after
  // Next refused it; answer 413 first. The forms check the file before sending (issue 12).
  if (request.method === 'POST' && Number(request.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT_BYTES) {
    return new NextResponse('Payload Too Large', {
      status: 413,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { pathname, search } = request.nextUrl;
  if (!prefixed.has(pathname.split('/')[1] ?? '')) {
    const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
    if (chosen && chosen !== routing.defaultLocale && hasLocale(routing.locales, chosen)) {
      return NextResponse.redirect(new URL(`/${chosen}${pathname === '/' ? '' : pathname}${search}`, request.url));
    }
    // The common case, and the hot path of cached public pages: an unprefixed
    // address is the Chinese page, with nothing to negotiate.
    return NextResponse.rewrite(
      new URL(`/${routing.defaultLocale}${pathname === '/' ? '' : pathname}${search}`, request.url),
    );
  }
  // /zh-CN/… is as explicit as /en/…: served as it is, not redirected to the plain
  // address, where a cookie choosing English would take over.
  if (pathname.split('/')[1] === routing.defaultLocale) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set('accept-language', routing.defaultLocale);
  return handleLocale(new NextRequest(request, { headers }));
}

export const config = {
  // Only where a language must be picked: a plain address when the switcher's cookie is set
  // (NEXT_LOCALE, lib/i18n/routing.ts), and /en. A plain address without the cookie is
  // rewritten to Chinese by next.config.js (a server action's post: by scripts/serve.mjs, same
  // rule), and /zh-CN/… is served as it is, both without running this proxy
  // (docs/decisions/0022). bench-control: the bench's minimal control.
  matcher: [
    {
      source: '/((?!api|_next|_vercel|bench-control|zh-CN(?:/|$)|en(?:/|$)|.*\\..*).*)',
      has: [{ type: 'cookie', key: 'NEXT_LOCALE' }],
    },
    // The client router's navigations (see next.config.js: a router rewrite loses their query).
    {
      source: '/((?!api|_next|_vercel|bench-control|zh-CN(?:/|$)|en(?:/|$)|.*\\..*).*)',
      has: [{ type: 'header', key: 'rsc' }],
    },
    '/en',
    '/en/((?!.*\\..*).*)',
  ],
};
