// Starts the production server for the end-to-end tests on a database of its own,
// new each run, so the tests start from the demo data and nothing else.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const folder = path.resolve('data', 'e2e');
fs.rmSync(folder, { recursive: true, force: true });
fs.mkdirSync(folder, { recursive: true });

const server = spawn('npx', ['next', 'start', '-p', process.env.PORT ?? '3100'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_FILE: path.join(folder, 'convene.db'), SEED_DEMO: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
