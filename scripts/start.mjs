#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then run
// the production server. The server migrates the database and loads the demo
// meeting on first start (instrumentation.ts), so nothing else is needed; with several
// workers (WEB_CONCURRENCY) the first does it alone before the others start (serve.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startBanner } from '../lib/setup/start-banner.mjs';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale();

const port = process.env.PORT || '3000';
const demo = JSON.parse(fs.readFileSync(path.join(root, 'db', 'seed', 'demo-accounts.json'), 'utf8'));
const databaseFile = path.resolve(root, process.env.DATABASE_FILE || 'data/convene.db');
for (const line of startBanner({ port, databaseFile, demo })) console.log(line);

const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: port },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
