import type { APIRequestContext } from '@playwright/test';
import { demo } from '../../fixtures';
import { idOf } from './database';
import { buildActions, postAction, type ActionAnswer, type FieldValue } from './manifest';

// The actions and records the matrix's world is built from, through the app's own actions.

const actions = () => buildActions();
let actionIds: Map<string, string> | null = null;
/** Calls an action by "<domain>/<name>" (see manifest.ts). */
export function call(
  request: APIRequestContext,
  page: string,
  key: string,
  fields: Record<string, FieldValue>,
): Promise<ActionAnswer> {
  actionIds ??= actions();
  const id = actionIds.get(key);
  if (!id) throw new Error(`no server action ${key} in the build`);
  return postAction(request, page, id, fields);
}

/** Signs in through next-auth's credentials endpoint: the session cookie stays in `request`. */
export async function apiSignIn(request: APIRequestContext, email: string, password = demo.password) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, callbackUrl: '/', json: 'true' },
    maxRedirects: 0,
  });
  const viewer = await (await request.get('/api/viewer')).text();
  if (!viewer.includes('"id":')) throw new Error(`sign-in as ${email} failed: ${viewer.slice(0, 200)}`);
}

export const must = (answer: ActionAnswer, what: string) => {
  if (answer.status >= 400 || answer.body.includes('"ok":false'))
    throw new Error(`${what} failed (${answer.status}): ${answer.body.slice(0, 400)}`);
  return answer;
};

/** A real 1×1 PNG: the photo and evidence checks read the first bytes, not the declared type. */
export const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const tag = () => `${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 100)}`;

/** A published meeting in 2031 with one agenda item and the default categories, made by `request`'s person. */
export async function meetingOf(request: APIRequestContext, title: string) {
  const slug = `matrix-${tag()}`;
  const created = must(
    await call(request, '/organize/meetings/new', 'meetings/createMeetingAction', {
      title,
      timeZone: 'Asia/Shanghai',
      startsAt: '2031-06-01T09:00',
      endsAt: '2031-06-01T11:00',
      capacity: '50',
      venueName: '社区党群服务中心',
      slug,
    }),
    'meeting',
  );
  const id = /\/organize\/meetings\/(\d+)\/agenda/.exec(created.redirect ?? '')?.[1];
  if (!id) throw new Error(`meeting not created: ${created.body.slice(0, 300)}`);
  must(
    await call(request, `/organize/meetings/${id}/agenda`, 'agenda/addAgendaItemAction', {
      meetingId: id,
      kind: 'speech',
      title: '开幕致辞',
      plannedMinutes: '15',
    }),
    'agenda item',
  );
  must(
    await call(request, `/organize/meetings/${id}`, 'meetings/changeMeetingStatusAction', {
      meetingId: id,
      transition: 'publish',
    }),
    'publish',
  );
  return { id, slug };
}

export const awardFields = {
  cycleYear: '2031',
  nominationsOpenAt: '2020-01-01T09:00',
  nominationsCloseAt: '2099-01-01T09:00',
  votingOpensAt: '2020-01-01T09:00',
  votingClosesAt: '2099-01-01T09:00',
  publicNominations: 'on',
};

export async function awardOf(request: APIRequestContext, name: string) {
  const created = must(
    await call(request, '/organize/awards/new', 'awards/createAwardAction', { name, ...awardFields }),
    'award',
  );
  const id = /"redirectTo":"\/organize\/awards\/(\d+)"/.exec(created.body)?.[1];
  if (!id) throw new Error(`award not created: ${created.body.slice(0, 300)}`);
  must(
    await call(request, `/organize/awards/${id}`, 'awards/addCategoryAction', {
      awardId: id,
      name: '先进个人',
      winners: '1',
    }),
    'category',
  );
  const categoryId = idOf('select id from award_categories where award_id = ? order by id desc', id);
  return { id, categoryId, name };
}

export const campaignFields = {
  year: '2031',
  body: '我们承诺：共建文明社区。',
  signingDue: '2031-05-15',
  targets: '志愿服务 | 每季度一次 | 2031-12-31',
};

export async function campaignOf(request: APIRequestContext, title: string) {
  const created = must(
    await call(request, '/organize/pledges/new', 'pledges/createCampaignAction', { title, ...campaignFields }),
    'campaign',
  );
  const id = /\/organize\/pledges\/(\d+)/.exec(created.redirect ?? created.body)?.[1];
  if (!id) throw new Error(`campaign not created: ${created.body.slice(0, 300)}`);
  return { id, title };
}
