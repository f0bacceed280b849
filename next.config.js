// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');
const { CHOICE_COOKIE, DEFAULT_LOCALE, NOT_PLAIN, ROUTER_HEADER } = require('./lib/i18n/plain-address.cjs');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // scripts/serve.mjs swaps each page's nonce on the way out (docs/decisions/0017): that needs
  // the bytes uncompressed (compress at the reverse proxy), and no ETag, since a 304 would pair
  // a fresh nonce in the header with an old body in the browser's cache.
  compress: false,
  generateEtags: false,
  // better-sqlite3 and bcryptjs run only on the server; keep them out of the bundle.
  // libsql (DATABASE_DRIVER=libsql) loads a native binary at run time too.
  serverExternalPackages: ['better-sqlite3', 'libsql'],
  // Rendered pages in memory, invalidations shared through SQLite (docs/decisions/0006).
  cacheHandler: require.resolve('./lib/cache/handler.cjs'),
  cacheMaxMemorySize: 0,
  // A plain address is the Chinese page (docs/decisions/0002). For a visitor who never chose a
  // language (no NEXT_LOCALE cookie: nearly everyone) the router rewrites it here, so the proxy
  // does not run at all; running it cost about as much CPU as the whole rest of a
  // registration (docs/decisions/0022). proxy.ts's matcher takes the other cases. After files,
  // so static files are served first; /api, Next's own paths and the bench control are left alone.
  async rewrites() {
    // Not for the client router's own requests (the RSC header): answering those through a
    // rewrite gives an empty x-nextjs-rewritten-query, and the router then served its cached
    // copy for a link that only changed the query (?lang=en on the poster page). They go
    // through proxy.ts, whose rewrite keeps the query.
    // The same rule answers server actions in scripts/serve.mjs (lib/i18n/plain-address.cjs).
    /** @type {import('next/dist/lib/load-custom-routes').RouteHas[]} */
    const noChoice = [
      { type: 'cookie', key: CHOICE_COOKIE },
      { type: 'header', key: ROUTER_HEADER },
    ];
    return {
      afterFiles: [
        { source: '/', missing: noChoice, destination: `/${DEFAULT_LOCALE}` },
        {
          source: `/:first((?!(?:${NOT_PLAIN.join('|')})(?:/|$))[^/]+)/:rest*`,
          missing: noChoice,
          destination: `/${DEFAULT_LOCALE}/:first/:rest*`,
        },
      ],
    };
  },
  experimental: {
    serverActions: {
      // Next's default of 1 MB turned 1–5 MB photos and evidence files into a 500. One file
      // at the app's own limit (5 MB, lib/uploads.ts) plus the form's text fits in 6 MB;
      // the forms refuse a larger file before sending it, and scripts/serve.mjs answers 413 to
      // a larger body sent by hand (by its Content-Length, or counted as it streams when it has
      // none), since Next would otherwise end it in a 500.
      bodySizeLimit: '6mb',
    },
  },
};

module.exports = withNextIntl(nextConfig);
