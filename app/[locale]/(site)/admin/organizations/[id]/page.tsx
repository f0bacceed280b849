import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AddMemberForm } from '@/components/organizations/AddMemberForm';
import { MembershipRow } from '@/components/organizations/MembershipRow';
import { OrganizationForm } from '@/components/organizations/OrganizationForm';
import { ActionButton } from '@/components/ui/ActionButton';
import { Badge } from '@/components/ui/Badge';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { BackLink } from '@/components/ui/BackLink';
import { requirePermission } from '@/lib/auth/guard';
import { canManageOrganizations } from '@/lib/organizations/permissions';
import { archiveOrganizationAction, updateOrganizationAction } from '@/lib/organizations/actions';
import { getOrganization, listMembers, listPeopleOutside } from '@/lib/organizations/data';
import { id as idSchema } from '@/lib/actions/fields';
import { pageLocale } from '@/lib/i18n/page-locale';

export default async function OrganizationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id } = await params;
  await pageLocale(params);
  await requirePermission(canManageOrganizations, `/admin/organizations/${id}`);
  const organizationId = idSchema.safeParse(id);
  const organization = organizationId.success ? getOrganization(organizationId.data) : undefined;
  if (!organization) notFound();

  const [t, kinds, common] = await Promise.all([
    getTranslations('organizations'),
    getTranslations('organizationKinds'),
    getTranslations('common'),
  ]);
  const members = listMembers(organization.id);
  const candidates = listPeopleOutside(organization.id);

  return (
    <div className="space-y-6">
      <BackLink href="/admin/organizations">{t('back')}</BackLink>
      <PageHeader
        title={organization.name}
        description={
          <span className="flex flex-wrap gap-2">
            <Badge tone="brand">{kinds(organization.kind)}</Badge>
            {organization.archivedAt ? <Badge tone="warning">{common('archived')}</Badge> : null}
          </span>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card title={t('details')}>
          <OrganizationForm
            action={updateOrganizationAction}
            organizationId={organization.id}
            initial={{
              name: organization.name,
              kind: organization.kind,
              address: organization.address ?? '',
              description: organization.description ?? '',
            }}
          />
          <div className="mt-6 border-t border-line pt-4">
            <ActionButton
              action={archiveOrganizationAction}
              fields={{ organizationId: String(organization.id), archived: organization.archivedAt ? 'false' : 'on' }}
              variant={organization.archivedAt ? 'secondary' : 'danger'}
            >
              {organization.archivedAt ? t('restore') : t('archive')}
            </ActionButton>
          </div>
        </Card>
        <div className="space-y-6">
          <Card title={t('membersTitle', { count: members.length })}>
            {members.length === 0 ? (
              <EmptyState title={t('noMembers')} />
            ) : (
              <ul className="space-y-2">
                {members.map((member) => (
                  <MembershipRow
                    key={member.membershipId}
                    membershipId={member.membershipId}
                    heading={member.name}
                    position={member.position}
                    isRepresentative={member.isRepresentative}
                  />
                ))}
              </ul>
            )}
          </Card>
          {organization.archivedAt ? null : (
            <Card title={t('addMember')}>
              <AddMemberForm
                fixed={{ organizationId: organization.id }}
                choices={candidates.map((person) => ({
                  value: String(person.id),
                  label: `${person.name} (${person.email})`,
                }))}
              />
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
