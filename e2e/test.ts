import { test as base, expect, type BrowserContext } from '@playwright/test';

/**
 * Every spec imports `test` and `expect` from here, not from '@playwright/test' (lint
 * enforces it): the server runs with its Content-Security-Policy on, and any violation a
 * page reports fails the test that caused it, so a change that needs an inline script, an
 * eval or a foreign origin is caught where it happens (docs/decisions/0017).
 */
/** Violations seen so far in this test; a test that provokes one on purpose empties it after checking. */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, run) => {
      const violations: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on('console', (message) => {
          // Chromium reports each violation as a console error naming the "Content Security Policy" directive.
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
            violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
          }
        });
      watch(context);
      // Contexts a test opens itself (a second person, a guest) are watched too.
      const { newContext, newPage } = browser;
      browser.newContext = async (...args) => {
        const opened = await newContext.apply(browser, args);
        watch(opened);
        return opened;
      };
      browser.newPage = async (...args) => {
        const page = await newPage.apply(browser, args);
        watch(page.context());
        return page;
      };
      try {
        await run(violations);
      } finally {
        browser.newContext = newContext;
        browser.newPage = newPage;
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
