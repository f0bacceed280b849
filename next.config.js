// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

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
  serverExternalPackages: ['better-sqlite3'],
  // Rendered pages in memory, invalidations shared through SQLite (docs/decisions/0006).
  cacheHandler: require.resolve('./lib/cache/handler.cjs'),
  cacheMaxMemorySize: 0,
};

module.exports = withNextIntl(nextConfig);
