/**
 * Registration under a surge, and the door on the morning. Both go through the
 * real paths: the registration server action as a guest's browser posts it, and
 * the check-in action as a signed-in door phone posts it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';

const SURGE = { slug: 'bench-surge', seats: 200, registrants: 500, connections: 50 };
const DOOR = { slug: 'bench-door', tickets: 1000, stations: 4 };
const boundary = '----convene-bench';

function actionId(name) {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8'));
  const found = Object.entries(manifest.node).find(([, action]) => action.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  return found[0];
}

/** A form post the way React sends one: the fields, then the argument list pointing at them. */
/** The headers Next reads to run a server action posted as a multipart form. */
function actionHeaders(id) {
  return { 'Next-Action': id, Accept: 'text/x-component', 'Content-Type': `multipart/form-data; boundary=${boundary}` };
}

function multipart(fields) {
  const parts = Object.entries(fields).map(
    ([key, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="_1_${key}"\r\n\r\n${value}\r\n`,
  );
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n--${boundary}--\r\n`);
  return parts.join('');
}

export function addMeeting(db, slug, capacity) {
  const now = Date.now();
  const starts = Date.parse('2031-06-01T01:00:00Z');
  const organizer = db.prepare("select id from users where email = 'organizer@convene.local'").get().id;
  const meetingId = db
    .prepare(
      `insert into meetings (slug, title, time_zone, starts_at, ends_at, capacity, status, published_at, created_by_id, created_at, updated_at)
       values (?, ?, 'Asia/Shanghai', ?, ?, ?, 'published', ?, ?, ?, ?) returning id`,
    )
    .get(slug, `压力测试 ${slug}`, starts, starts + 7_200_000, capacity, now, organizer, now, now).id;
  db.prepare('insert into meeting_organizers (meeting_id, user_id, created_at) values (?, ?, ?)').run(
    meetingId,
    organizer,
    now,
  );
  db.prepare(
    "insert into agenda_items (meeting_id, position, kind, title, planned_minutes, created_at, updated_at) values (?, 1, 'speech', '开幕', 10, ?, ?)",
  ).run(meetingId, now, now);
  const categoryId = db
    .prepare(
      "insert into registration_categories (meeting_id, name, self_service, position, created_at) values (?, '公众', 1, 1, ?) returning id",
    )
    .get(meetingId, now).id;
  return { meetingId, categoryId };
}

export async function signInAsOrganizer(base) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = csrf.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email: 'organizer@convene.local', password: 'convene-demo', json: 'true' }),
    redirect: 'manual',
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes('session-token'));
  if (!session) throw new Error('could not sign in as the demo organizer');
  return [...jar, session.split(';')[0]].join('; ');
}

export const surge = {
  name: 'surge',
  title: `${SURGE.registrants} guests registering for ${SURGE.seats} seats, ${SURGE.connections} at a time, through the registration action`,
  connections: SURGE.connections,
  prepare({ databaseFile }) {
    const db = new Database(databaseFile);
    Object.assign(SURGE, addMeeting(db, SURGE.slug, SURGE.seats));
    // A meeting without a limit to warm the server up on, so the surge meets a warm server.
    SURGE.warmup = addMeeting(db, `${SURGE.slug}-warmup`, null);
    db.close();
  },
  async run({ base, load, databaseFile }) {
    const id = actionId('registerAction');
    let n = 0;
    const registrant = (meeting) => (request) => {
      n += 1;
      return {
        ...request,
        headers: actionHeaders(id),
        // Names are letters only (as the form requires): one CJK character per registrant.
        body: multipart({
          meetingId: meeting.meetingId,
          categoryId: meeting.categoryId,
          name: `来宾${String.fromCharCode(0x4e00 + (n % 20000))}`,
          phone: `137${String(n).padStart(8, '0')}`,
        }),
      };
    };
    await load({
      title: 'warm-up',
      url: `${base}/meetings/${SURGE.slug}-warmup/register`,
      method: 'POST',
      connections: SURGE.connections,
      duration: 3,
      warmup: false,
      setupRequest: registrant(SURGE.warmup),
    });
    // The floor: the same action answering an empty form (Next's action path, the
    // session and translations, no database write) — what any action here costs.
    // One action posted with the same form for five seconds, as many at a time as the surge.
    const postForm = (title, url, action, fields) =>
      load({
        title,
        url,
        method: 'POST',
        connections: SURGE.connections,
        duration: 5,
        warmup: false,
        headers: actionHeaders(action),
        body: multipart(fields),
      });
    const floor = await postForm(
      'POST registration, empty form (floor)',
      `${base}/meetings/${SURGE.slug}-warmup/register`,
      id,
      {},
    );
    // The minimal control (lib/bench/actions.ts): a trivial action on a trivial page of this
    // same build, outside the proxy and the site's layouts — Next's own action path — and the
    // same with our translations and session read added, so the reader sees where time goes.
    const controlId = actionId('benchControlAction');
    const control = (title, fields) => postForm(title, `${base}/bench-control`, controlId, fields);
    const controls = [
      await control('POST trivial action (control)', {}),
      await control('POST trivial action + translations + viewer', { with: 'translations viewer' }),
    ];
    for (const extra of (process.env.BENCH_SURGE_EXTRA ?? '').split(',').filter(Boolean)) {
      controls.push(await control(`POST trivial action + ${extra}`, { with: extra }));
    }
    if (process.env.BENCH_SURGE_EXTRA) {
      controls.push(
        await postForm(
          'POST registration, empty form, /zh-CN/ (no rewrite)',
          `${base}/zh-CN/meetings/${SURGE.slug}-warmup/register`,
          id,
          {},
        ),
      );
    }
    const row = await load({
      title: `POST registration × ${SURGE.registrants}`,
      url: `${base}/meetings/${SURGE.slug}/register`,
      method: 'POST',
      connections: SURGE.connections,
      amount: SURGE.registrants,
      warmup: false,
      setupRequest: registrant(SURGE),
    });
    const db = new Database(databaseFile, { readonly: true });
    const count = (status) =>
      db
        .prepare('select count(*) as n from registrations where meeting_id = ? and status = ?')
        .get(SURGE.meetingId, status).n;
    const confirmed = count('confirmed');
    const waitlisted = count('waitlisted');
    // Commit order is id order (ids are taken inside each seat decision's write lock). Fair means:
    // the first `seats` to commit got the seats, everyone after waits, in the order they committed.
    const statuses = db
      .prepare('select status from registrations where meeting_id = ? order by id')
      .all(SURGE.meetingId)
      .map((r) => r.status);
    const firstWaiting = statuses.indexOf('waitlisted');
    const inOrder = firstWaiting === -1 || statuses.slice(firstWaiting).every((status) => status === 'waitlisted');
    db.close();
    console.log(
      `confirmed ${confirmed}, waitlisted ${waitlisted}, oversold ${Math.max(0, confirmed - SURGE.seats)} (seats ${SURGE.seats}, registrants ${SURGE.registrants}); ` +
        `seats and waiting list in commit order: ${inOrder ? 'yes' : 'NO'}`,
    );
    return [...controls, floor, row];
  },
};

export const door = {
  name: 'door',
  title: `${DOOR.tickets} check-ins from ${DOOR.stations} door stations at once, through the check-in action`,
  connections: DOOR.stations,
  prepare({ databaseFile }) {
    const db = new Database(databaseFile);
    const { meetingId, categoryId } = addMeeting(db, DOOR.slug, null);
    const insert = db.prepare(
      `insert into registrations (meeting_id, category_id, name, phone, status, answers, locale, ticket_code, access_token_hash, access_token_sealed, created_at, confirmed_at)
       values (?, ?, ?, ?, 'confirmed', '{}', 'zh-CN', ?, ?, 'bench: no link', ?, ?)`,
    );
    const now = Date.now();
    db.transaction(() => {
      for (let i = 0; i < DOOR.tickets; i++)
        insert.run(
          meetingId,
          categoryId,
          `参会者${i}`,
          `136${String(i).padStart(8, '0')}`,
          `DOOR${String(i).padStart(4, '0')}`,
          crypto.createHash('sha256').update(`bench-door-${i}-${now}`).digest('hex'),
          now,
          now,
        );
    })();
    db.close();
    Object.assign(DOOR, { meetingId });
  },
  async run({ base, load }) {
    const cookie = await signInAsOrganizer(base);
    const id = actionId('checkInAction');
    let n = 0;
    const row = await load({
      title: `POST check-in × ${DOOR.tickets}`,
      url: `${base}/organize/meetings/${DOOR.meetingId}/check-in`,
      method: 'POST',
      connections: DOOR.stations,
      amount: DOOR.tickets,
      warmup: false,
      setupRequest(request) {
        const code = `DOOR${String(n++ % DOOR.tickets).padStart(4, '0')}`;
        return {
          ...request,
          headers: { ...actionHeaders(id), cookie },
          body: multipart({ meetingId: DOOR.meetingId, code }),
        };
      },
    });
    return [row];
  },
};
