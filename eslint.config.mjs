import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

// Only data.ts (reads) and mutations.ts (writes) of a domain may reach the database.
// Elsewhere the schema may be used for types and its plain vocabularies (db/schema/enums).
const databaseBoundary = {
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: [
        { name: '@/db', message: 'Only lib/<domain>/data.ts and mutations.ts may import the database.' },
        { name: '@/db/index', message: 'Only lib/<domain>/data.ts and mutations.ts may import the database.' },
        { name: '@/db/schema', message: 'Import types only here, or use @/db/schema/enums.', allowTypeImports: true },
      ],
      patterns: [
        {
          regex: '^@/db/(?!schema/enums$|schema(/\\w+)?$)',
          message: 'Only lib/<domain>/data.ts and mutations.ts may reach into db/.',
        },
        {
          regex: '^@/db/schema/(?!enums$)\\w+$',
          message: 'Import types only here, or use @/db/schema/enums.',
          allowTypeImports: true,
        },
        { regex: '^(\\.\\./)+db(/|$)', message: 'Use @/ imports; only data.ts and mutations.ts may import the database.' },
      ],
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'db/migrations/**']),
  {
    plugins: { drizzle },
    rules: {
      // An update or delete without a where clause changes every row.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Next loads these with require(); they stay CommonJS.
    files: ['next.config.js', 'lib/cache/handler.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts'],
    ignores: ['lib/*/data.ts', 'lib/*/mutations.ts', '**/*.test.ts'],
    rules: databaseBoundary,
  },
  {
    // e2e/test.ts fails a test on any Content-Security-Policy violation; a spec that imports
    // Playwright's own `test` would silently skip that check.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test', 'expect'], message: "Import test and expect from e2e/test.ts (it fails a test on CSP violations)." }] },
      ],
    },
  },
]);
