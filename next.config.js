// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // better-sqlite3 and bcryptjs run only on the server; keep them out of the bundle.
  serverExternalPackages: ['better-sqlite3'],
  // Rendered pages in memory, invalidations shared through SQLite (docs/decisions/0006).
  cacheHandler: require.resolve('./lib/cache/handler.cjs'),
  cacheMaxMemorySize: 0,
  experimental: {
    serverActions: {
      // Next's default of 1 MB turned 1–5 MB photos and evidence files into a 500. One file
      // at the app's own limit (5 MB, lib/uploads.ts) plus the form's text fits in 6 MB;
      // the forms refuse a larger file before sending it, and proxy.ts answers 413 to a
      // larger body sent by hand, since Next would otherwise end it in a 500.
      bodySizeLimit: '6mb',
    },
  },
};

module.exports = withNextIntl(nextConfig);
