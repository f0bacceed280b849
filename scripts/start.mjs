#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then run
// the production server. The server migrates the database and loads the demo
// meeting on first start (instrumentation.ts), so nothing else is needed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const buildId = path.join(root, '.next', 'BUILD_ID');
const sources = ['app', 'components', 'lib', 'db', 'messages', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'package-lock.json'];

function newestChange(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full, { recursive: true })
    .map((name) => fs.statSync(path.join(full, name)).mtimeMs)
    .reduce((a, b) => Math.max(a, b), stat.mtimeMs);
}

const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (builtAt < Math.max(...sources.map(newestChange))) {
  console.log(builtAt ? 'Sources changed since the last build; building…' : 'No build yet; building…');
  const build = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || '3000';
const demo = JSON.parse(fs.readFileSync(path.join(root, 'db', 'seed', 'demo-accounts.json'), 'utf8'));
console.log(`\nConvene → http://localhost:${port}`);
console.log(`Database: ${path.resolve(root, process.env.DATABASE_FILE || 'data/convene.db')}`);
console.log(`Demo sign-ins (password for all: ${demo.password}):`);
for (const account of demo.accounts) console.log(`  ${account.role.padEnd(10)} ${account.email.padEnd(26)} ${account.what}`);
console.log('');

const server = spawn('npx', ['next', 'start', '-p', port], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
