// Where Chromium comes from: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium
// (these machines cannot download Playwright's own build), else Playwright's.
import fs from 'node:fs';

const systemChromium = '/usr/bin/chromium';

export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync(systemChromium) ? systemChromium : undefined;
}

// Without the background-networking flags Chromium keeps dialling out, which this
// sandbox refuses; --no-sandbox because CI runs as root.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumLaunchOptions() {
  return { executablePath: chromiumExecutable(), args: chromiumArgs };
}
