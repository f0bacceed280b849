import { accessTokenColumns } from '@/lib/registrations/access-token';
import type { Db } from './index';

/**
 * Registration links that rested in clear before decision 0018: migration 0027 set their
 * tokens aside in `registration_tokens_to_seal` and 0028 dropped the clear column. Here,
 * after every migration run, each waiting token becomes its hash and its seal (neither
 * can be computed in SQL), and the table is emptied and dropped, all in one transaction;
 * with secure_delete on (db/index.ts) the freed bytes are zeroed. Every link keeps working.
 * Does nothing once the table is gone.
 */
export function sealRegistrationTokens(database: Db): number {
  const sqlite = database.$client;
  return sqlite
    .transaction(() => {
      const waiting = sqlite
        .prepare("select 1 from sqlite_master where type = 'table' and name = 'registration_tokens_to_seal'")
        .get();
      if (!waiting) return 0;
      const rows = sqlite.prepare('select registration_id, token from registration_tokens_to_seal').all() as {
        registration_id: number;
        token: string;
      }[];
      const update = sqlite.prepare(
        'update registrations set access_token_hash = ?, access_token_sealed = ? where id = ?',
      );
      for (const row of rows) {
        const columns = accessTokenColumns(row.token);
        update.run(columns.accessTokenHash, columns.accessTokenSealed, row.registration_id);
      }
      sqlite.prepare('delete from registration_tokens_to_seal').run();
      sqlite.prepare('drop table registration_tokens_to_seal').run();
      return rows.length;
    })
    .immediate();
}
