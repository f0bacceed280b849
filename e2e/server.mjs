// Starts the production server for the end-to-end tests on a database of its own,
// new each run, so the tests start from the demo data and nothing else.
// With --same-database-as <url>, waits for that server and starts a second app
// process on the same file: the venue display test proves they agree.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { e2eRateLimitsEnv } from './limits.mjs';

const folder = path.resolve('data', 'e2e');
const after = process.argv.includes('--same-database-as')
  ? process.argv[process.argv.indexOf('--same-database-as') + 1]
  : null;

if (after) {
  for (let ready = false; !ready;) {
    ready = await fetch(`${after}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
  }
} else {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
}

const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: process.env.PORT ?? '3100',
    DATABASE_FILE: path.join(folder, 'convene.db'),
    SEED_DEMO: '1',
    RATE_LIMITS: process.env.RATE_LIMITS ?? e2eRateLimitsEnv,
    // One worker each: the suite already runs two servers on one file, on a shared machine;
    // e2e/multi-worker.spec.ts starts the production default of several (docs/decisions/0022).
    WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? '1',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
