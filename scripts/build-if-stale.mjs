// Builds the production app when the sources are newer than the last build.
// Shared by `npm start` and `npm run bench`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sources = [
  'app',
  'components',
  'lib',
  'db',
  'messages',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'package-lock.json',
];

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

export function buildIfStale() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (builtAt >= Math.max(...sources.map(newestChange))) return;
  console.log(builtAt ? 'Sources changed since the last build; building…' : 'No build yet; building…');
  const build = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
