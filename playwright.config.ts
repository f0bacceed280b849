import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;
/** A second app process on the same database file (see e2e/live-display.spec.ts). */
export const secondURL = `http://localhost:${port + 1}`;

export default defineConfig({
  testDir: 'e2e',
  // One SQLite file behind one server: tests run one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  webServer: [
    {
      // The production build (`npm run build` first) on a fresh database with the demo loaded.
      command: `node e2e/server.mjs`,
      url: `${baseURL}/api/health`,
      env: { PORT: String(port) },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node e2e/server.mjs --same-database-as ${baseURL}`,
      url: `${secondURL}/api/health`,
      env: { PORT: String(port + 1) },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
