import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

// The layers (docs/decisions/0001, 0029): app → components → lib → db. Each file matches exactly
// one of the blocks below, because a later block's `no-restricted-imports` replaces an earlier one's.
const onlyDataAndMutations = 'Only lib/<domain>/data.ts and mutations.ts may import the database.';
// A domain whose reads or writes outgrew one file keeps them in lib/<domain>/data/ or lib/<domain>/mutations/
// (an index.ts re-exports them): every file there counts exactly as data.ts or mutations.ts, for what it may
// import and who may import it.
const dataAndMutationsFiles = ['lib/*/data.ts', 'lib/*/data/*.ts', 'lib/*/mutations.ts', 'lib/*/mutations/*.ts'];

// Only data.ts (reads) and mutations.ts (writes) of a domain may reach the database.
// Elsewhere the schema may be used for types and its plain vocabularies (db/schema/enums).
const databasePaths = [
  { name: '@/db', message: onlyDataAndMutations },
  { name: '@/db/index', message: onlyDataAndMutations },
  { name: '@/db/schema', message: 'Import types only here, or use @/db/schema/enums.', allowTypeImports: true },
];
const databasePatterns = [
  {
    regex: '^@/db/(?!schema/enums$|schema(/\\w+)?$)',
    message: 'Only lib/<domain>/data.ts and mutations.ts may reach into db/.',
  },
  {
    regex: '^@/db/schema/(?!enums$)\\w+$',
    message: 'Import types only here, or use @/db/schema/enums.',
    allowTypeImports: true,
  },
  // `./db` from a file at the root is as much a way in as `../db` from a folder.
  {
    regex: '^(\\./|(\\.\\./)+)db(/|$)',
    message: 'Use @/ imports; only data.ts and mutations.ts may import the database.',
  },
];

// Connections are opened in db/ only (db/index.ts, backups in db/backup/). Types may be imported anywhere.
const sqlitePath = {
  name: 'better-sqlite3',
  message: 'Open SQLite only in db/ (the one connection is db/index.ts).',
  allowTypeImports: true,
};

// lib is below components and app: it never imports them.
const libDirection = {
  regex: '^(@/|(\\.\\./)+)(components|app)(/|$)',
  message: 'lib never imports components or app (app → components → lib → db).',
};
// Pages and components reach writes through actions.ts (defineAction checks who is asking), never a mutation.
const noMutations = {
  regex: '(^|/)mutations(/|$)',
  message: 'Call a server action (lib/<domain>/actions.ts); app and components never import mutations.',
};

const restrictedImports = (paths, patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});

// The ways around an import rule that an import rule cannot see.
const dynamicDatabaseImport = {
  selector: 'ImportExpression[source.value=/^(@\\/|\\.\\/|(\\.\\.\\/)+)db(\\/|$)/]',
  message: 'No dynamic import of the database outside data.ts and mutations.ts.',
};
const requiredSqlite = {
  selector: "CallExpression[callee.name='require'][arguments.0.value='better-sqlite3']",
  message: 'Open SQLite only in db/ (the one connection is db/index.ts).',
};
const databaseReExports = [
  'ExportNamedDeclaration[source.value=/^@\\/db(\\/index)?$/], ExportAllDeclaration[source.value=/^@\\/db(\\/index)?$/]',
  'ExportSpecifier[local.name=/^(db|tx)$/]',
  "ExportNamedDeclaration VariableDeclarator[init.type='Identifier'][init.name=/^(db|tx)$/]",
].map((selector) => ({ selector, message: 'A data file hands out rows, never the database itself.' }));

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'data/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'db/migrations/**',
  ]),
  {
    plugins: { drizzle },
    rules: {
      // An update or delete without a where clause changes every row.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Next loads these with require(); they stay CommonJS.
    files: ['next.config.js', 'lib/cache/handler.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['lib/**'],
    ignores: [...dataAndMutationsFiles, '**/*.test.ts'],
    rules: {
      ...restrictedImports([...databasePaths, sqlitePath], [...databasePatterns, libDirection]),
      'no-restricted-syntax': ['error', dynamicDatabaseImport, requiredSqlite],
    },
  },
  {
    files: dataAndMutationsFiles,
    rules: {
      ...restrictedImports([sqlitePath], [libDirection]),
      'no-restricted-syntax': ['error', requiredSqlite, ...databaseReExports],
    },
  },
  {
    files: ['app/**', 'components/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      ...restrictedImports([...databasePaths, sqlitePath], [...databasePatterns, noMutations]),
      'no-restricted-syntax': ['error', dynamicDatabaseImport, requiredSqlite],
    },
  },
  {
    files: ['proxy.ts', 'instrumentation.ts'],
    rules: {
      ...restrictedImports([...databasePaths, sqlitePath], databasePatterns),
      'no-restricted-syntax': ['error', dynamicDatabaseImport, requiredSqlite],
    },
  },
  {
    // Next's start-up hook opens the database once (migrations, seed): the one dynamic import of db/ outside lib.
    files: ['instrumentation.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          ...dynamicDatabaseImport,
          selector: 'ImportExpression[source.value=/^(@\\/|\\.\\/|(\\.\\.\\/)+)db\\/(?!startup$)/]',
        },
        requiredSqlite,
      ],
    },
  },
  {
    // The exception: Next loads the cache handler with require() outside the app's module graph, so it
    // cannot share db/index.ts; it opens its own connection to the one table it uses (decision 0006).
    files: ['lib/cache/handler.cjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // e2e/test.ts fails a test on any Content-Security-Policy violation; a spec that imports
    // Playwright's own `test` would silently skip that check.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: 'Import test and expect from e2e/test.ts (it fails a test on CSP violations).',
            },
          ],
        },
      ],
    },
  },
]);
