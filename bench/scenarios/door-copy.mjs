/**
 * A door station loading its offline copy (issue 14, decision 0024): 2,000 confirmed
 * tickets, a third already checked in. The promise: under 1 s on loopback and under 1 MB
 * transferred. The rows compare a full copy and an unchanged one (304) with /api/health.
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { addMeeting, signInAsOrganizer } from './registration.mjs';

const COPY = { slug: 'bench-door-copy', tickets: 2000, connections: 4 };
const ORGANIZATIONS = ['南京西路街道社区党群服务中心', '新成居民区党总支', '静安区图书馆', '上海展览中心', '华东医院'];

const doorCopy = {
  name: 'door-copy',
  title: `a door station's offline copy of ${COPY.tickets} tickets, in full and unchanged (304)`,
  connections: COPY.connections,
  prepare({ databaseFile }) {
    const db = new Database(databaseFile);
    const { meetingId, categoryId } = addMeeting(db, COPY.slug, null);
    const insert = db.prepare(
      `insert into registrations (meeting_id, category_id, name, phone, organization_name, status, answers, locale, ticket_code, access_token_hash, access_token_sealed, created_at, confirmed_at, checked_in_at, checked_in_station)
       values (?, ?, ?, ?, ?, 'confirmed', '{}', 'zh-CN', ?, ?, 'bench: no link', ?, ?, ?, ?)`,
    );
    const now = Date.now();
    db.transaction(() => {
      for (let i = 0; i < COPY.tickets; i++) {
        const checkedIn = i % 3 === 0 ? now - i * 1000 : null;
        insert.run(
          meetingId,
          categoryId,
          `参会者欧阳${String.fromCharCode(0x4e00 + (i % 20000))}${i}`,
          `135${String(i).padStart(8, '0')}`,
          ORGANIZATIONS[i % ORGANIZATIONS.length],
          `COPY${String(i).padStart(4, '0')}`,
          crypto.createHash('sha256').update(`bench-copy-${i}-${now}`).digest('hex'),
          now,
          now,
          checkedIn,
          checkedIn ? 'K7QM' : null,
        );
      }
    })();
    db.close();
    Object.assign(COPY, { meetingId });
  },
  async run({ base, load }) {
    const cookie = await signInAsOrganizer(base);
    const url = `${base}/api/check-in/${COPY.meetingId}`;
    // One cold load, as a station opening the page: time to the last byte and bytes on the wire.
    for (const encoding of ['identity', 'gzip, deflate, br']) {
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie, 'accept-encoding': encoding } });
      const body = await response.arrayBuffer();
      const ms = performance.now() - started;
      const sent = Number(response.headers.get('content-length') ?? body.byteLength);
      const tickets = JSON.parse(new TextDecoder().decode(body)).tickets.length;
      console.log(
        `one load (accept-encoding: ${encoding}): ${tickets} tickets in ${ms.toFixed(0)} ms, ${(sent / 1024).toFixed(0)} KB on the wire (${response.headers.get('content-encoding') ?? 'not compressed'}) — limits 1,000 ms and 1,024 KB`,
      );
    }
    const etag = (await fetch(url, { headers: { cookie } })).headers.get('etag');
    const full = await load({
      title: `GET offline copy, ${COPY.tickets} tickets`,
      url,
      connections: COPY.connections,
      headers: { cookie },
    });
    const unchanged = await load({
      title: 'GET offline copy, unchanged (304; autocannon counts it as failed)',
      url,
      connections: COPY.connections,
      headers: { cookie, 'if-none-match': etag },
    });
    return [full, unchanged];
  },
};

export default doorCopy;
