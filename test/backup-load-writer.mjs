// A second writer on the app's database file, for lib/backup/backup.test.ts: each
// transaction adds one email row and moves a counter to the number of rows added,
// so any consistent copy has exactly as many rows as its counter says.
import Database from 'better-sqlite3';

const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');
const insert = db.prepare(
  "insert into outbox_emails (\"to\", subject, text, topic, created_at) values ('load@example.cn', ?, 'load', 'test.load', ?)",
);
const counter = db.prepare(
  "insert into cache_revalidations (tag, revalidated_at) values ('test:load-counter', ?) on conflict(tag) do update set revalidated_at = excluded.revalidated_at",
);
const write = db.transaction((n) => {
  insert.run(`load ${n}`, Date.now());
  counter.run(n);
});

let n = 0;
const loop = () => {
  for (let i = 0; i < 5; i += 1) write(++n);
  setTimeout(loop, 1);
};
loop();
