// Writes 100,000 chained audit events (through recordAudit, in batches) into a fresh
// database, then times verifyAuditChain, the walk behind `npm run audit:verify`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/index';
import { runMigrations } from '../db/migrate';
import { IMMEDIATE } from '../db/transaction';
import { verifyAuditChain } from '../lib/audit/data';
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
database.$client.close();
fs.rmSync(folder, { recursive: true, force: true });
