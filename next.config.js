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
};

module.exports = withNextIntl(nextConfig);
