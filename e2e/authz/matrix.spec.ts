import fs from 'node:fs';
import { expect, test } from '../test';
import zh from '../../messages/zh-CN.json';
import { actionRows } from './matrix/actions-table';
import { appRoutes, buildActions, type ActionAnswer } from './matrix/manifest';
import { pageRows } from './matrix/pages-table';
import { buildWorld, call, one, roles, type Role, type World } from './matrix/world';

// The complete authorization table of issue 12: every server action, page and route
// handler × every role, over HTTP against the production build. The per-domain specs
// beside this file tell the stories; this one proves nothing was left out.

let w: World;
/** Built once, by the first test that needs it (the coverage checks do not). */
async function world() {
  w ??= await buildWorld();
  return w;
}
test.afterAll(async () => w?.dispose());

type Verdict = 'allow' | 'deny' | 'error';

/** How the app refuses a person in an action's answer: these messages, as the form-level error. */
const refusals = [
  zh.errors.notSignedIn,
  zh.errors.forbidden,
  zh.errors.notFound,
  zh.awards.errors.notCommittee,
  zh.pledges.errors.notRepresentative,
];

function actionVerdict(answer: ActionAnswer): Verdict {
  if (answer.status >= 500 || answer.body.includes(`"formError":"${zh.errors.unexpected}"`)) return 'error';
  if (answer.redirect?.includes('/sign-in') || answer.redirect?.includes('/forbidden')) return 'deny';
  // (A successful answer re-renders the page with every message in it: match the field, not the text.)
  if (refusals.some((message) => answer.body.includes(`"formError":"${message}"`))) return 'deny';
  return 'allow';
}

/** Pages refuse by sending to sign in or to /forbidden (a 307, or a meta refresh once streaming began); handlers by 401, 403 or 404. */
async function pageVerdict(response: {
  status(): number;
  headers(): Record<string, string>;
  text(): Promise<string>;
}): Promise<Verdict> {
  const status = response.status();
  if (status >= 500) return 'error';
  if (status >= 300 && status < 400)
    return /\/(sign-in|forbidden)\b/.test(response.headers().location ?? '') ? 'deny' : 'allow';
  if (status === 401 || status === 403 || status === 404) return 'deny';
  const body = await response.text();
  const refresh = /id="__next-page-redirect"[^>]*url=([^"]+)/.exec(body)?.[1];
  if (refresh) return /\/(sign-in|forbidden)\b/.test(refresh) ? 'deny' : 'allow';
  return 'allow';
}

const expected = (allow: readonly Role[], role: Role): Verdict => (allow.includes(role) ? 'allow' : 'deny');
/** Refused roles first, so an allowed call's success (a cancellation, a signature) cannot stand in for a refusal. */
const refusedFirst = (allow: readonly Role[]) =>
  [...roles].sort((a, b) => Number(allow.includes(a)) - Number(allow.includes(b)));

test('every server action in the build has exactly one row in the table', () => {
  const built = [...buildActions().keys()].sort();
  const rows = actionRows.map((row) => row.key);
  expect(
    built.filter((key) => !rows.includes(key)),
    'server actions without a row',
  ).toEqual([]);
  expect(
    rows.filter((key) => !built.includes(key)),
    'rows for actions the build does not have',
  ).toEqual([]);
  expect(
    rows.filter((key, index) => rows.indexOf(key) !== index),
    'actions with two rows',
  ).toEqual([]);
});

test('every page and route handler in app/ has exactly one row in the table', () => {
  const routes = appRoutes();
  const rows = pageRows.map((row) => row.route);
  expect(
    routes.filter((route) => !rows.includes(route)),
    'routes without a row',
  ).toEqual([]);
  expect(
    rows.filter((route) => !routes.includes(route)),
    'rows for routes app/ does not have',
  ).toEqual([]);
  expect(
    rows.filter((route, index) => rows.indexOf(route) !== index),
    'routes with two rows',
  ).toEqual([]);
});

/** The account's session version (null for a visitor), raised when all its sessions end. */
function sessionVersion(role: Role): number | null {
  if (role === 'visitor') return null;
  return one<{ v: number }>('select session_version as v from users where id = ?', w.userIds[role])?.v ?? null;
}

test('server actions × roles: each role is allowed or refused as the table says', async () => {
  test.setTimeout(420_000);
  await world();
  const wrong: string[] = [];
  for (const row of actionRows) {
    const check = async (role: Role, fields: Record<string, unknown>) => {
      // Ending every session answers with a way back to sign in, allowed or not: the account's
      // session version says whether it happened.
      const versionBefore = row.endsSessions ? sessionVersion(role) : null;
      const caller = row.isolated ? await w.fork(role) : w.as[role];
      const answer = await call(caller, row.page(w), row.key, fields as never);
      if (row.isolated) await caller.dispose();
      if (row.endsSessions) await w.signInAgain(role);
      const got =
        versionBefore !== null ? (sessionVersion(role)! > versionBefore ? 'allow' : 'deny') : actionVerdict(answer);
      if (got !== expected(row.allow, role))
        wrong.push(
          `${row.key} as ${role}: expected ${expected(row.allow, role)}, got ${got} (${answer.status}) ${answer.body.replace(/\s+/g, ' ').slice(-300)}`,
        );
    };
    // A row that makes a record per caller runs one caller at a time; the others all at once, refused roles first.
    if (row.fields.constructor.name === 'AsyncFunction') {
      for (const role of refusedFirst(row.allow)) await check(role, await row.fields(w, role));
      continue;
    }
    for (const group of [
      roles.filter((role) => !row.allow.includes(role)),
      roles.filter((role) => row.allow.includes(role)),
    ]) {
      await Promise.all(group.map(async (role) => check(role, await row.fields(w, role))));
    }
  }
  expect(wrong, 'cells of the action matrix that disagree').toEqual([]);
});

test('pages and route handlers × roles: each role gets the page or is refused as the table says', async () => {
  test.setTimeout(300_000);
  await world();
  const wrong: string[] = [];
  for (const row of pageRows) {
    const url = row.url(w);
    await Promise.all(
      roles.map(async (role) => {
        const response = await w.as[role].get(url, { maxRedirects: 0 });
        const got = await pageVerdict(response);
        if (got !== expected(row.allow, role))
          wrong.push(
            `${row.route} (${url}) as ${role}: expected ${expected(row.allow, role)}, got ${got} (${response.status()} ${response.headers().location ?? ''})`,
          );
        if (!row.post) return;
        const posted = await w.as[role].post(url, { ...row.post(w, role), maxRedirects: 0 });
        // An allowed POST must be answered for real (200), not refused for its body (400, 415).
        const gotPost = posted.status() === 200 ? 'allow' : await pageVerdict(posted);
        if (gotPost !== expected(row.allow, role) || (gotPost === 'allow' && posted.status() !== 200))
          wrong.push(
            `${row.route} POST (${url}) as ${role}: expected ${expected(row.allow, role)}, got ${gotPost} (${posted.status()})`,
          );
      }),
    );
  }
  expect(wrong, 'cells of the page matrix that disagree').toEqual([]);
});

test('the matrix can tell allowed from refused: a refusal and an allowed answer look different', async () => {
  // Guards the classifier itself: a table that saw "allow" everywhere would pass nothing.
  await world();
  const refused = await call(w.as.member, '/admin/people/new', 'people/createPersonAction', {
    name: '测试',
    email: 'x@matrix.test',
    role: 'member',
  });
  expect(actionVerdict(refused)).toBe('deny');
  const allowed = await call(w.as.admin, '/admin/people/new', 'people/createPersonAction', {
    name: '测试',
    email: 'not-an-email',
    role: 'member',
  });
  expect(actionVerdict(allowed)).toBe('allow');
  expect(allowed.body).toContain('"fieldErrors"');
  expect(fs.existsSync('data/e2e/convene.db')).toBe(true);
});
