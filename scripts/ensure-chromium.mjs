#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium: CHROMIUM_PATH, Debian's
// /usr/bin/chromium, or Playwright's own build. On a fresh Debian machine run
// as root, installs Debian's package (Playwright cannot download its browser here).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../e2e/chromium.mjs';

function found() {
  const system = chromiumExecutable();
  if (system && fs.existsSync(system)) return system;
  try {
    const bundled = chromium.executablePath();
    if (fs.existsSync(bundled)) return bundled;
  } catch {
    // no bundled browser
  }
  return null;
}

let browser = found();
if (!browser && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found; installing Debian’s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  browser = found();
}
if (!browser) {
  console.error(
    'No Chromium for the end-to-end tests. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
console.log(`Chromium for the end-to-end tests: ${browser}`);
