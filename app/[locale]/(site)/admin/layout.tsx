import type { ReactNode } from 'react';
import { AdminTabs } from '@/components/admin/AdminTabs';
import { getViewer } from '@/lib/auth/session';
import { canSeeAdminArea } from '@/lib/auth/permissions';

/** Each admin page checks the viewer itself; the section tabs are only drawn for those who may use them. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  return (
    <>
      {viewer && canSeeAdminArea(viewer) ? <AdminTabs /> : null}
      {children}
    </>
  );
}
