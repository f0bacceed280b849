#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then run
// the production server. The server migrates the database and loads the demo
// meeting on first start (instrumentation.ts), so nothing else is needed; with several
// workers (WEB_CONCURRENCY) the first does it alone before the others start (serve.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale();

const port = process.env.PORT || '3000';
const demo = JSON.parse(fs.readFileSync(path.join(root, 'db', 'seed', 'demo-accounts.json'), 'utf8'));
console.log(`\nConvene → http://localhost:${port}`);
console.log(`Database: ${path.resolve(root, process.env.DATABASE_FILE || 'data/convene.db')}`);
console.log(`Demo sign-ins, from this computer only (password for all: ${demo.password}):`);
for (const account of demo.accounts)
  console.log(`  ${account.role.padEnd(10)} ${account.email.padEnd(26)} ${account.what}`);
console.log('Start here:');
console.log(`  the demo meeting      http://localhost:${port}/meetings/2020-civic-conference`);
console.log(
  `  emails sent (outbox)  http://localhost:${port}/admin/outbox   (sign in as admin; without SMTP_URL every email waits here)`,
);
console.log('');

const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: port },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
