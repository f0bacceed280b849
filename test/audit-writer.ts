import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db';
import { recordAudit } from '@/lib/audit/mutations';

// A second app process, for lib/audit/concurrency.test.ts: `tsx test/audit-writer.ts <file> <events> <immediate|deferred> <writers>`.
// Each transaction reads first (as the app's do: load, check, then write), then records an event.
const [file, count, behavior, writers] = process.argv.slice(2) as [string, string, 'immediate' | 'deferred', string];
const database = openDatabase(file);
// Start together: each writer says it is ready, then waits for the others (tsx starts slowly on a busy machine).
fs.writeFileSync(`${file}.ready-${process.pid}`, '');
const folder = file.slice(0, file.lastIndexOf('/'));
const name = file.slice(file.lastIndexOf('/') + 1);
while (fs.readdirSync(folder).filter((f) => f.startsWith(`${name}.ready-`)).length < Number(writers))
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
let written = 0;
const failures: string[] = [];
for (let i = 0; i < Number(count); i += 1) {
  try {
    database.transaction(
      (tx) => {
        tx.get(sql`select count(*) from users`);
        recordAudit(tx, {
          actorId: null,
          action: 'user.update',
          entityType: 'user',
          entityId: process.pid,
          changes: { i },
        });
      },
      { behavior },
    );
    written += 1;
  } catch (error) {
    failures.push((error as { code?: string }).code ?? String(error));
  }
}
console.log(JSON.stringify({ written, failures: [...new Set(failures)] }));
