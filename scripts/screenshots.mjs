#!/usr/bin/env node
// Takes screenshots of the main pages at phone and desktop widths in both
// languages, against a running server (BASE_URL, default http://localhost:3000).
// Usage: npm run screenshots [-- /path/one /path/two]
// PRINT=1 renders with the print stylesheet at A4 width (794 px) instead.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.mjs';

const base = process.env.BASE_URL || 'http://localhost:3000';
const out = process.env.SCREENSHOT_DIR || 'screenshots';
const demo = JSON.parse(fs.readFileSync('db/seed/demo-accounts.json', 'utf8'));
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      '/sign-in',
      '/sign-up',
      '/account',
      '/admin/organizations',
      '/admin/organizations/7',
      '/admin/people',
      '/admin/people/2',
      '/admin/audit',
      '/forbidden',
    ];

fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
const print = !!process.env.PRINT;
for (const width of print ? [794] : [390, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL: base });
  const page = await context.newPage();
  if (print) await page.emulateMedia({ media: 'print' });
  await page.goto('/sign-in');
  // SCREENSHOT_AS picks the demo account (admin by default).
  await page.getByLabel(/电子邮箱|Email/).fill(process.env.SCREENSHOT_AS || 'admin@convene.local');
  await page.getByLabel(/^(密码|Password)/).fill(demo.password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
  for (const locale of ['zh-CN', 'en']) {
    for (const p of paths) {
      const url = locale === 'zh-CN' ? p : `/en${p === '/' ? '' : p}`;
      await page.goto(url);
      const file = path.join(out, `${print ? 'print-' : ''}${locale}-${width}-${p.replace(/\W+/g, '_') || 'home'}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
  await context.close();
}
await browser.close();
