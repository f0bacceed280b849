#!/usr/bin/env node
// `npm run bench [-- <scenario> …]`: builds if needed, starts the production
// server on a fresh database on loopback, and runs each scenario with
// autocannon. Figures are printed beside /api/health measured in the same run,
// as ratios: these machines are noisy, absolute numbers are not comparable.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, root } from '../scripts/build-if-stale.mjs';
import { load, printTable } from './load.mjs';
import { scenarios } from './scenarios/index.mjs';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !scenarios.some((s) => s.name === name));
if (unknown.length) {
  console.error(`Unknown scenario: ${unknown.join(', ')}. Known: ${scenarios.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const chosen = wanted.length ? scenarios.filter((s) => wanted.includes(s.name)) : scenarios;

// In-process scenarios (no server) run first; if nothing else was asked for, no build or server starts.
for (const scenario of chosen.filter((s) => s.local)) {
  console.log(`## ${scenario.name}: ${scenario.title}`);
  scenario.run();
  console.log('');
}
const selected = chosen.filter((s) => !s.local);
if (selected.length === 0) process.exit(0);

buildIfStale();

const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
// One worker, then one per core (npm start's default), each on a fresh database; BENCH_WORKERS="1,2" chooses.
const workerCounts = (process.env.BENCH_WORKERS ?? [...new Set([1, os.availableParallelism()])].join(','))
  .split(',')
  .map(Number)
  .filter((count) => Number.isInteger(count) && count > 0);
// BENCH_PROFILE_DIR=<folder>: each server process writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
const profile = process.env.BENCH_PROFILE_DIR
  ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.env.BENCH_PROFILE_DIR)]
  : [];

let stopCurrent = () => {};
process.on('exit', () => stopCurrent());
process.on('SIGINT', () => process.exit(130));

/** A fresh database with the scenarios' data, and the production server on it with `workers` workers. */
async function startServer(workers) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-'));
  const databaseFile = path.join(folder, 'convene.db');
  // Scenarios that need their own data write it into the file before the server opens it.
  if (selected.some((scenario) => scenario.prepare)) {
    for (const script of ['db/migrate-cli.ts', 'db/seed/cli.ts']) {
      execFileSync('npx', ['tsx', script], {
        cwd: root,
        env: { ...process.env, DATABASE_FILE: databaseFile },
        stdio: 'ignore',
      });
    }
    for (const scenario of selected) await scenario.prepare?.({ databaseFile });
  }
  const server = spawn(process.execPath, [...profile, 'scripts/serve.mjs'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // No automatic backup in the middle of a measurement (it would run a minute in); the surge is
    // 500 registrations from one loopback client, so the per-client limit is lifted (docs/decisions/0018);
    // the minimal control (lib/bench/actions.ts) answers only while BENCH_CONTROL is set.
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_FILE: databaseFile,
      NODE_ENV: 'production',
      WEB_CONCURRENCY: String(workers),
      BACKUP_INTERVAL_HOURS: '0',
      BENCH_CONTROL: '1',
      RATE_LIMITS: process.env.RATE_LIMITS ?? 'registration=1000000/60,nomination=1000000/60',
    },
    detached: true,
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  stopCurrent = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    fs.rmSync(folder, { recursive: true, force: true });
  };
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok)
        return { databaseFile, stop: async () => (stopCurrent(), await exited) };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

for (const workers of workerCounts) {
  const { databaseFile, stop } = await startServer(workers);
  console.log(
    `Convene bench on ${base}, ${workers} worker${workers === 1 ? '' : 's'} (${os.cpus().length} cores), ${new Date().toISOString()}\n`,
  );
  for (const scenario of selected) {
    console.log(`## ${scenario.name} (${workers} worker${workers === 1 ? '' : 's'}): ${scenario.title}`);
    // The bare route is measured again beside every scenario, so each ratio compares like with like.
    const baseline = await load({
      title: 'GET /api/health (baseline)',
      url: `${base}/api/health`,
      connections: scenario.connections,
    });
    const rows = await scenario.run({ base, load, databaseFile });
    printTable([baseline, ...rows], baseline);
    console.log('');
  }
  await stop();
}
process.exit(0);
