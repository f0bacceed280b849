import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db';
import { recordAudit } from '@/lib/audit/mutations';

// A second app process, for lib/audit/concurrency.test.ts: `tsx test/audit-writer.ts <file> <events> <immediate|deferred>`.
// Each transaction reads first (as the app's do: load, check, then write), then records an event.
const [file, count, behavior] = process.argv.slice(2) as [string, string, 'immediate' | 'deferred'];
const database = openDatabase(file);
let written = 0;
const failures: string[] = [];
for (let i = 0; i < Number(count); i += 1) {
  try {
    database.transaction((tx) => {
      tx.get(sql`select count(*) from users`);
      recordAudit(tx, { actorId: null, action: 'user.update', entityType: 'user', entityId: process.pid, changes: { i } });
    }, { behavior });
    written += 1;
  } catch (error) {
    failures.push((error as { code?: string }).code ?? String(error));
  }
}
console.log(JSON.stringify({ written, failures: [...new Set(failures)] }));
