// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // better-sqlite3 and bcryptjs run only on the server; keep them out of the bundle.
  serverExternalPackages: ['better-sqlite3'],
};

module.exports = withNextIntl(nextConfig);
