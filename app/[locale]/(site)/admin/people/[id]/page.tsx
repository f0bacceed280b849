import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AddMemberForm } from '@/components/organizations/AddMemberForm';
import { MembershipRow } from '@/components/organizations/MembershipRow';
import { PersonForm } from '@/components/people/PersonForm';
import { RoleForm } from '@/components/people/RoleForm';
import { ActionButton } from '@/components/ui/ActionButton';
import { Badge } from '@/components/ui/Badge';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { BackLink } from '@/components/ui/BackLink';
import { requirePermission } from '@/lib/auth/guard';
import { canManagePeople } from '@/lib/people/permissions';
import { listActiveOrganizationChoices } from '@/lib/organizations/data';
import { id as idSchema } from '@/lib/actions/fields';
import { archivePersonAction, updatePersonAction } from '@/lib/people/actions';
import { getPerson, listMembershipsOf } from '@/lib/people/data';
import { pageLocale } from '@/lib/i18n/page-locale';

export default async function PersonPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id } = await params;
  await pageLocale(params);
  const viewer = await requirePermission(canManagePeople, `/admin/people/${id}`);
  const personId = idSchema.safeParse(id);
  const person = personId.success ? getPerson(personId.data) : undefined;
  if (!person) notFound();

  const [t, roles, common] = await Promise.all([
    getTranslations('people'),
    getTranslations('roles'),
    getTranslations('common'),
  ]);
  const memberships = listMembershipsOf(person.id);
  const joined = new Set(memberships.map((m) => m.organizationId));
  const organizations = listActiveOrganizationChoices().filter((o) => !joined.has(o.id));

  return (
    <div className="space-y-6">
      <BackLink href="/admin/people">{t('back')}</BackLink>
      <PageHeader
        title={person.name}
        description={
          <span className="flex flex-wrap gap-2">
            <Badge tone="brand">{roles(person.role)}</Badge>
            {person.canSignIn ? <Badge tone="success">{t('canSignIn')}</Badge> : <Badge>{t('noAccount')}</Badge>}
            {person.archivedAt ? <Badge tone="warning">{common('archived')}</Badge> : null}
          </span>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card title={t('details')}>
            <PersonForm
              action={updatePersonAction}
              personId={person.id}
              initial={{ name: person.name, email: person.email, phone: person.phone ?? '' }}
            />
          </Card>
          <Card title={t('siteRole')}>
            <RoleForm personId={person.id} role={person.role} />
          </Card>
          {person.id === viewer.id ? null : (
            <Card title={person.archivedAt ? t('restore') : t('archive')}>
              <p className="mb-3 text-sm text-muted">{person.archivedAt ? t('restoreHint') : t('archiveHint')}</p>
              <ActionButton
                action={archivePersonAction}
                fields={{ personId: String(person.id), archived: person.archivedAt ? 'false' : 'on' }}
                variant={person.archivedAt ? 'secondary' : 'danger'}
              >
                {person.archivedAt ? t('restore') : t('archive')}
              </ActionButton>
            </Card>
          )}
        </div>
        <div className="space-y-6">
          <Card title={t('memberships')}>
            {memberships.length === 0 ? (
              <EmptyState title={t('noMemberships')} />
            ) : (
              <ul className="space-y-2">
                {memberships.map((m) => (
                  <MembershipRow
                    key={m.membershipId}
                    membershipId={m.membershipId}
                    heading={m.organizationName}
                    position={m.position}
                    isRepresentative={m.isRepresentative}
                  />
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('addToOrganization')}>
            <AddMemberForm
              fixed={{ userId: person.id }}
              choices={organizations.map((o) => ({ value: String(o.id), label: o.name }))}
            />
          </Card>
        </div>
      </div>
    </div>
  );
}
