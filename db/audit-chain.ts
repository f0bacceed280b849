import { bodyHash, CHAIN_COLUMNS, GENESIS, linkFromRow, linkHash, type ChainRow } from '@/lib/audit/chain';
import type { Db } from './index';

/**
 * Events written before the hash chain existed get their hashes once, in id order, starting
 * from GENESIS (decision 0012). Runs after every migration; does nothing once any event has a
 * hash: an unhashed event after that was inserted behind the app's back, and hashing it now
 * would launder it, so it is left for `npm run audit:verify` to report.
 */
export function sealAuditChain(database: Db): number {
  const sqlite = database.$client;
  return sqlite
    .transaction(() => {
      if (sqlite.prepare('select 1 from audit_events where hash is not null limit 1').get()) return 0;
      const rows = sqlite.prepare(`select ${CHAIN_COLUMNS} from audit_events order by id`).raw().all() as ChainRow[];
      const update = sqlite.prepare('update audit_events set prev_hash = ?, hash = ? where id = ?');
      let prevHash = GENESIS;
      for (const row of rows) {
        const link = linkFromRow(row);
        const hash = linkHash(link.id, prevHash, bodyHash(link.body));
        update.run(prevHash, hash, link.id);
        prevHash = hash;
      }
      return rows.length;
    })
    .immediate();
}
