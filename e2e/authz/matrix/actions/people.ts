import { type ActionRow, admins, everyone, fresh, signedIn } from './rules';
import { call, idOf, one } from '../world';

export const peopleRows: ActionRow[] = [
  // ——— sign-up, account, language: anyone (input that stops at validation, or a wrong password) ———
  {
    key: 'auth/signUp',
    page: () => '/sign-up',
    allow: everyone,
    fields: () => ({
      name: '测试',
      email: 'matrix@matrix.test',
      password: 'matrix-pass-1',
      confirmPassword: 'different-1',
    }),
    valid: () => ({
      name: '测试',
      email: `sweep-${fresh()}@matrix.test`,
      password: 'matrix-pass-1',
      confirmPassword: 'matrix-pass-1',
    }),
  },
  {
    key: 'auth/changePassword',
    page: () => '/account',
    allow: signedIn,
    fields: () => ({
      currentPassword: 'not-the-password',
      newPassword: 'matrix-pass-2',
      confirmPassword: 'matrix-pass-2',
    }),
  },
  { key: 'auth/signOut', page: () => '/account', allow: everyone, isolated: true, fields: () => ({}) },
  {
    key: 'auth/signOutEverywhere',
    page: () => '/account',
    allow: signedIn,
    isolated: true,
    endsSessions: true,
    fields: () => ({}),
  },
  {
    key: 'auth/switchLanguage',
    page: () => '/',
    allow: everyone,
    isolated: true,
    fields: () => ({ locale: 'zh-CN', path: '/' }),
  },

  // ——— admin: organizations and people ———
  {
    key: 'organizations/createOrganizationAction',
    page: () => '/admin/organizations/new',
    allow: admins,
    fields: () => ({ name: '', kind: 'residential' }),
    valid: () => ({ name: `组织${fresh()}`, kind: 'residential', address: '南京西路1号', description: '说明' }),
  },
  {
    key: 'organizations/updateOrganizationAction',
    page: (w) => `/admin/organizations/${w.orgOther}`,
    allow: admins,
    fields: (w) => {
      const org = one<{ name: string; kind: string }>('select name, kind from organizations where id = ?', w.orgOther)!;
      return { organizationId: w.orgOther, name: org.name, kind: org.kind };
    },
  },
  {
    key: 'organizations/archiveOrganizationAction',
    page: (w) => `/admin/organizations/${w.orgOther}`,
    allow: admins,
    fields: (w) => ({ organizationId: w.orgOther, archived: '' }),
  },
  {
    key: 'organizations/addMemberAction',
    page: (w) => `/admin/organizations/${w.orgOther}`,
    allow: admins,
    fields: (w) => ({ organizationId: w.orgOther, userId: w.userIds.repOther, isRepresentative: 'on' }),
  },
  {
    key: 'organizations/updateMembershipAction',
    page: (w) => `/admin/organizations/${w.orgOther}`,
    allow: admins,
    fields: (w) => ({
      membershipId: idOf(
        'select id from memberships where organization_id = ? and user_id = ?',
        w.orgOther,
        w.userIds.repOther,
      ),
      isRepresentative: 'on',
    }),
  },
  {
    key: 'organizations/removeMemberAction',
    page: (w) => `/admin/organizations/${w.orgOther}`,
    allow: admins,
    fields: async (w) => {
      await call(w.as.admin, `/admin/organizations/${w.orgOther}`, 'organizations/addMemberAction', {
        organizationId: w.orgOther,
        userId: w.userIds.member,
      });
      return {
        membershipId: idOf(
          'select id from memberships where organization_id = ? and user_id = ?',
          w.orgOther,
          w.userIds.member,
        ),
      };
    },
  },
  {
    key: 'people/createPersonAction',
    page: () => '/admin/people/new',
    allow: admins,
    fields: () => ({ name: '测试', email: 'not-an-email', role: 'member' }),
    valid: () => ({
      name: '测试',
      email: `person-${fresh()}@matrix.test`,
      phone: '13800138000',
      role: 'member',
      initialPassword: 'matrix-pass-1',
    }),
  },
  {
    key: 'people/updatePersonAction',
    page: (w) => `/admin/people/${w.userIds.managerOther}`,
    allow: admins,
    fields: (w) => {
      const user = one<{ name: string; email: string }>(
        'select name, email from users where id = ?',
        w.userIds.managerOther,
      )!;
      return { personId: w.userIds.managerOther, name: user.name, email: user.email };
    },
  },
  {
    key: 'people/changeRoleAction',
    page: (w) => `/admin/people/${w.userIds.managerOther}`,
    allow: admins,
    fields: (w) => ({ personId: w.userIds.managerOther, role: 'organizer' }),
  },
  {
    key: 'people/archivePersonAction',
    page: (w) => `/admin/people/${w.userIds.managerOther}`,
    allow: admins,
    fields: (w) => ({ personId: w.userIds.managerOther, archived: '' }),
  },
];
