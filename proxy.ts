import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

// Only picks the language and remembers it. Who may see what is decided in
// every page and action on the server, never here.
export default createMiddleware(routing);

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
