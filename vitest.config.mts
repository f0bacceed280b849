import path from 'node:path';
import { defineConfig } from 'vitest/config';

// An odd-offset zone (UTC+05:45): code that mixes up local and UTC time fails here.
process.env.TZ = 'Asia/Kathmandu';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/database-per-file.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
