import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { LOCALE_COOKIE, routing } from '@/lib/i18n/routing';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/uploads';

const handleLocale = createMiddleware(routing);
const prefixed = new Set<string>(routing.locales);

// Only picks the language and remembers it. Who may see what is decided in
// every page and action on the server, never here.
export default function proxy(request: NextRequest) {
  // A form post over Next's server-action limit (next.config.js) would end in a 500 after
  // Next refused it; answer 413 first. The forms check the file before sending (issue 12).
  if (request.method === 'POST' && Number(request.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT_BYTES) {
    return new NextResponse('Payload Too Large', { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (request.cookies.has(LOCALE_COOKIE)) return handleLocale(request);
  // Chinese unless the visitor chose otherwise: a browser's Accept-Language is
  // not a choice (an organizer's laptop often runs an English system), the
  // NEXT_LOCALE cookie set by the language switcher is. See docs/decisions/0002.
  const { pathname, search } = request.nextUrl;
  if (!prefixed.has(pathname.split('/')[1] ?? '')) {
    // The common case, and the hot path of cached public pages: an unprefixed
    // address is the Chinese page, with nothing to negotiate.
    return NextResponse.rewrite(new URL(`/${routing.defaultLocale}${pathname === '/' ? '' : pathname}${search}`, request.url));
  }
  const headers = new Headers(request.headers);
  headers.set('accept-language', routing.defaultLocale);
  return handleLocale(new NextRequest(request, { headers }));
}

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
