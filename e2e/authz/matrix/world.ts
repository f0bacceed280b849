import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { demo } from '../../fixtures';
import { all, idOf } from './database';
import { apiSignIn, awardOf, call, campaignOf, meetingOf, must, png, tag } from './records';

// What the matrix's tables and the hostile-input sweep import, from the files that hold it.
export { all, idOf, one, readDatabase } from './database';
export { apiSignIn, awardFields, call, campaignFields, png } from './records';

const baseURL = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;

/**
 * Who may be asking. "This" is the record a row acts on, "other" a record of the same
 * kind that someone else runs: an organizer of another meeting, the manager of another
 * award or campaign, the representative of another organization.
 */
export const roles = [
  'visitor',
  'member',
  'repThis',
  'repOther',
  'committee',
  'organizerThis',
  'organizerOther',
  'managerThis',
  'managerOther',
  'admin',
] as const;
export type Role = (typeof roles)[number];

export type World = Awaited<ReturnType<typeof buildWorld>>;

/**
 * Builds every person and record the matrix needs through the app's own actions, as the
 * admin and the people concerned would, and signs everyone in once.
 */
export async function buildWorld() {
  const t = tag();
  const contexts = {} as Record<Role, APIRequestContext>;
  const open = () => playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'Accept-Language': 'zh-CN' } });
  for (const role of roles) contexts[role] = await open();

  const admin = contexts.admin;
  await apiSignIn(admin, 'admin@convene.local');
  const password = 'matrix-Pass-2031';
  const people: Partial<Record<Role, { email: string; name: string; role: string }>> = {
    repOther: { email: `rep-other-${t}@matrix.test`, name: '陈其他', role: 'member' },
    committee: { email: `committee-${t}@matrix.test`, name: '王评委', role: 'member' },
    organizerOther: { email: `organizer-other-${t}@matrix.test`, name: '李另会', role: 'organizer' },
    managerThis: { email: `manager-this-${t}@matrix.test`, name: '赵主管', role: 'organizer' },
    managerOther: { email: `manager-other-${t}@matrix.test`, name: '钱别管', role: 'organizer' },
  };
  const userIds = {} as Record<Role, string>;
  for (const [role, person] of Object.entries(people) as [Role, { email: string; name: string; role: string }][]) {
    must(
      await call(admin, '/admin/people/new', 'people/createPersonAction', {
        name: person.name,
        email: person.email,
        role: person.role,
        initialPassword: password,
      }),
      `person ${role}`,
    );
    userIds[role] = idOf('select id from users where email = ?', person.email);
  }
  // Site organizers who manage nothing yet: people a manager may add (and remove) as managers, one per caller.
  const spareOrganizers: string[] = [];
  for (const index of roles.keys()) {
    const email = `spare-${index}-${t}@matrix.test`;
    must(
      await call(admin, '/admin/people/new', 'people/createPersonAction', {
        name: '备用组织者',
        email,
        role: 'organizer',
      }),
      'spare organizer',
    );
    spareOrganizers.push(idOf('select id from users where email = ?', email));
  }
  const demoEmail: Partial<Record<Role, string>> = {
    member: 'member@convene.local',
    repThis: 'rep@convene.local',
    organizerThis: 'organizer@convene.local',
    admin: 'admin@convene.local',
  };
  for (const [role, email] of Object.entries(demoEmail) as [Role, string][])
    userIds[role] = idOf('select id from users where email = ?', email);

  // The demo representative's organization, and another one the demo campaign was issued to.
  const orgThis = idOf(
    'select organization_id as id from memberships where user_id = ? and is_representative = 1',
    userIds.repThis,
  );
  const orgOther = idOf(
    "select id from organizations where id <> ? and kind = 'residential' and archived_at is null order by id",
    orgThis,
  );
  must(
    await call(admin, `/admin/organizations/${orgOther}`, 'organizations/addMemberAction', {
      organizationId: orgOther,
      userId: userIds.repOther,
      isRepresentative: 'on',
    }),
    'representative',
  );

  await Promise.all(
    roles
      .filter((role) => role !== 'visitor' && role !== 'admin')
      .map((role) =>
        apiSignIn(contexts[role], demoEmail[role] ?? people[role]!.email, demoEmail[role] ? demo.password : password),
      ),
  );

  const meetingThis = await meetingOf(contexts.organizerThis, `矩阵本会${t}`);
  const meetingOther = await meetingOf(contexts.organizerOther, `矩阵他会${t}`);
  // A saved report, so that its article page has something to show to whoever may see it.
  must(
    await call(contexts.organizerThis, `/organize/meetings/${meetingThis.id}/report`, 'reports/saveReportAction', {
      meetingId: meetingThis.id,
      reportLocale: 'zh-CN',
      baseVersion: '0',
      body: '# 简报',
    }),
    'report',
  );
  const categoryThis = idOf(
    'select id from registration_categories where meeting_id = ? and self_service = 1 order by id',
    meetingThis.id,
  );
  const agendaItemThis = idOf('select id from agenda_items where meeting_id = ? order by position', meetingThis.id);
  // A guest's registration: its private token is the only key to it.
  const registered = must(
    await call(contexts.visitor, `/meetings/${meetingThis.slug}/register`, 'registrations/registerAction', {
      meetingId: meetingThis.id,
      categoryId: categoryThis,
      name: '张来宾',
      email: `guest-${t}@matrix.test`,
    }),
    'registration',
  );
  const registrationToken = /\/registrations\/([\w-]{20,})/.exec(registered.redirect ?? registered.body)?.[1];
  if (!registrationToken) throw new Error(`no registration token: ${registered.body.slice(0, 300)}`);
  const registrationThis = idOf('select id from registrations where meeting_id = ? order by id desc', meetingThis.id);
  // A photo in the report, for its organizer-only route.
  must(
    await call(
      contexts.organizerThis,
      `/organize/meetings/${meetingThis.id}/report`,
      'reports/placeReportPhotoAction',
      {
        meetingId: meetingThis.id,
        reportLocale: 'zh-CN',
        baseVersion: '1',
        after: '1',
        caption: '会场',
        photo: { name: 'photo.png', mimeType: 'image/png', buffer: png },
      },
    ),
    'report photo',
  );
  const reportPhotoThis = idOf('select id from report_photos where meeting_id = ? order by id desc', meetingThis.id);

  const awardThis = await awardOf(contexts.managerThis, `矩阵本奖${t}`);
  const awardOther = await awardOf(contexts.managerOther, `矩阵他奖${t}`);
  const manageAward = `/organize/awards/${awardThis.id}`;
  must(
    await call(contexts.managerThis, manageAward, 'awards/appointAction', {
      awardId: awardThis.id,
      userId: userIds.committee,
      role: 'member',
    }),
    'committee member',
  );
  must(
    await call(contexts.managerThis, manageAward, 'awards/appointAction', {
      awardId: awardThis.id,
      userId: userIds.admin,
      role: 'chair',
    }),
    'chair',
  );
  const nominationTokens: string[] = [];
  for (const nomineeNames of ['韦秋华', '周明']) {
    const answer = must(
      await call(contexts.member, `/awards/${awardThis.id}/nominate`, 'awards/submitNominationAction', {
        categoryId: awardThis.categoryId,
        kind: 'individual',
        nomineeNames,
        citation: '为民服务。',
      }),
      'nomination',
    );
    const token = /\/nominations\/([\w-]{10,})/.exec(answer.redirect ?? answer.body)?.[1];
    if (!token) throw new Error(`no nomination token: ${answer.body.slice(0, 300)}`);
    nominationTokens.push(token);
  }
  const nominationIds = all<{ id: number }>(
    'select id from nominations where category_id = ? order by id',
    awardThis.categoryId,
  ).map((row) => String(row.id));
  for (const nominationId of nominationIds)
    must(
      await call(contexts.managerThis, manageAward, 'awards/screenNominationAction', {
        nominationId,
        status: 'eligible',
      }),
      'screening',
    );
  await call(contexts.member, `/awards/${awardThis.id}/nominate`, 'awards/submitNominationAction', {
    categoryId: awardThis.categoryId,
    kind: 'individual',
    nomineeNames: '孙照片',
    citation: '有照片。',
    photo: { name: 'photo.png', mimeType: 'image/png', buffer: png },
  });
  const photoNominationId = idOf(
    'select id from nominations where category_id = ? and photo_path is not null order by id desc',
    awardThis.categoryId,
  );
  const roundFields = {
    awardId: awardThis.id,
    categoryId: awardThis.categoryId,
    name: '第一轮',
    method: 'approval',
    maxChoices: '1',
    quorumNumerator: '1',
    quorumDenominator: '2',
    thresholdNumerator: '1',
    thresholdDenominator: '2',
    tieRule: 'runoff',
  };
  must(await call(contexts.managerThis, manageAward, 'awards/createRoundAction', roundFields), 'round');
  const roundThis = idOf('select id from voting_rounds where award_id = ? order by id desc', awardThis.id);
  must(
    await call(contexts.managerThis, manageAward, 'awards/changeRoundStatusAction', {
      roundId: roundThis,
      transition: 'open',
    }),
    'open round',
  );

  const campaignThis = await campaignOf(contexts.managerThis, `矩阵本承诺${t}`);
  const campaignOther = await campaignOf(contexts.managerOther, `矩阵他承诺${t}`);
  must(
    await call(contexts.managerThis, `/organize/pledges/${campaignThis.id}`, 'pledges/issueCampaignAction', {
      campaignId: campaignThis.id,
      organizationIds: [orgThis, orgOther],
    }),
    'issue',
  );
  const issueThis = idOf(
    'select id from pledge_issues where campaign_id = ? and organization_id = ?',
    campaignThis.id,
    orgThis,
  );
  const issueOther = idOf(
    'select id from pledge_issues where campaign_id = ? and organization_id = ?',
    campaignThis.id,
    orgOther,
  );
  const versionThis = idOf('select id from pledge_versions where campaign_id = ? order by id desc', campaignThis.id);
  const targetThis = idOf('select id from pledge_targets where campaign_id = ? order by id', campaignThis.id);
  // The representative signs and reports with evidence, so the evidence route has a file to guard.
  const issuePath = `/pledges/${issueThis}`;
  must(
    await call(contexts.repThis, issuePath, 'pledges/signAction', {
      issueId: issueThis,
      versionId: versionThis,
      typedName: '许佳宁',
      confirm: 'on',
    }),
    'sign',
  );
  must(
    await call(contexts.repThis, issuePath, 'pledges/progressAction', {
      issueId: issueThis,
      targetId: targetThis,
      status: 'in_progress',
      percent: '40',
      evidence: { name: 'evidence.png', mimeType: 'image/png', buffer: png },
    }),
    'progress',
  );
  const evidenceReportId = idOf(
    'select id from progress_reports where target_id = ? and organization_id = ? and evidence_path is not null order by id desc',
    targetThis,
    orgThis,
  );

  // A published winner of the demo awards, whose certificate is public.
  let publishedCertificate = '';
  for (const award of all<{ id: number }>('select id from awards order by id')) {
    const html = await (await contexts.visitor.get(`/awards/${award.id}`)).text();
    const link = /\/awards\/\d+\/certificates\/\d+/.exec(html)?.[0];
    if (link) {
      publishedCertificate = link;
      break;
    }
  }
  if (!publishedCertificate) throw new Error('no published winner in the demo data');
  const outboxEmailId = idOf('select id from outbox_emails order by id desc');

  return {
    as: contexts,
    userIds,
    spareOrganizers,
    orgThis,
    orgOther,
    meetingThis: {
      ...meetingThis,
      categoryId: categoryThis,
      agendaItemId: agendaItemThis,
      registrationId: registrationThis,
      registrationToken,
      reportPhotoId: reportPhotoThis,
    },
    meetingOther,
    awardThis: { ...awardThis, nominationIds, nominationTokens, roundId: roundThis, roundFields, photoNominationId },
    awardOther,
    campaignThis: {
      ...campaignThis,
      issueId: issueThis,
      issueOtherOrg: issueOther,
      versionId: versionThis,
      targetId: targetThis,
      evidenceReportId,
    },
    publishedCertificate,
    outboxEmailId,
    campaignOther,
    /**
     * A session of its own for a role, for calls that change cookies or end the session
     * (signing out, switching language): a copy of the cookie would share the session, and
     * ending it would sign the role's other calls out too.
     */
    async fork(role: Role) {
      const context = await open();
      if (role !== 'visitor')
        await apiSignIn(context, demoEmail[role] ?? people[role]!.email, demoEmail[role] ? demo.password : password);
      return context;
    },
    /** After a call that ended every session of the role's account, its own session anew. */
    async signInAgain(role: Role) {
      if (role !== 'visitor')
        await apiSignIn(
          contexts[role],
          demoEmail[role] ?? people[role]!.email,
          demoEmail[role] ? demo.password : password,
        );
    },
    async dispose() {
      for (const context of Object.values(contexts)) await context.dispose();
    },
  };
}
