// Writes 100,000 chained audit events (through recordAudit, in batches) into a fresh
// database, then times verifyAuditChain, the walk behind `npm run audit:verify`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/index';
import { runMigrations } from '../db/migrate';
import { IMMEDIATE } from '../db/transaction';
import { verifyAuditChain, verifyAuditChainForView } from '../lib/audit/data';
import { recordAudit } from '../lib/audit/mutations';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-chain-bench-'));
const database = openDatabase(path.join(folder, 'chain.db'));
runMigrations(database);
const events = 100_000;
const writeStart = performance.now();
for (let batch = 0; batch < events / 1000; batch += 1) {
  database.transaction((tx) => {
    for (let i = 0; i < 1000; i += 1) {
      const n = batch * 1000 + i;
      recordAudit(tx, {
        actorId: null,
        action: 'registration.checkIn',
        entityType: 'registration',
        entityId: n,
        changes: { status: ['confirmed', 'checkedIn'], seat: n % 80, name: `参会者${n}` },
      });
    }
  }, IMMEDIATE);
}
const writeMs = performance.now() - writeStart;
const times: number[] = [];
let count = 0;
for (let i = 0; i < 3; i += 1) {
  const start = performance.now();
  const report = verifyAuditChain(database);
  times.push(performance.now() - start);
  if (report.broken) throw new Error('the bench chain does not verify');
  count = report.count;
}
console.log(
  `wrote ${events} events in ${Math.round(writeMs)} ms (${Math.round((writeMs * 1000) / events)} µs each, hash included)`,
);
console.log(
  `verify ${count} events: best ${Math.round(Math.min(...times))} ms, worst ${Math.round(Math.max(...times))} ms (goal < 2000 ms)`,
);
// The admin audit page (decision 0030): its first view walks in full, later views from the checkpoint.
const viewTimes: number[] = [];
for (let i = 0; i < 6; i += 1) {
  // A few events between views, as when an admin pages through the log while others work.
  database.transaction((tx) => {
    for (let n = 0; n < 10; n += 1)
      recordAudit(tx, { actorId: null, action: 'user.update', entityType: 'user', entityId: n });
  }, IMMEDIATE);
  const start = performance.now();
  const view = verifyAuditChainForView({}, database);
  viewTimes.push(performance.now() - start);
  if (view.broken) throw new Error('the bench chain does not verify');
}
console.log(
  `audit page's chain check: first view (full walk) ${Math.round(viewTimes[0]!)} ms; next views (10 new events each) ${viewTimes
    .slice(1)
    .map((ms) => ms.toFixed(1))
    .join(', ')} ms`,
);
database.$client.close();
fs.rmSync(folder, { recursive: true, force: true });
