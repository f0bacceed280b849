import { getLocale } from 'next-intl/server';
import type { SiteRole } from '@/db/schema/enums';
import { redirect } from '@/lib/i18n/navigation';
import { hasRole, type Actor } from './permissions';
import { getViewer, type Viewer } from './session';

/** For pages: the signed-in viewer, or off to sign in and back to `returnTo` afterwards. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const locale = await getLocale();
    return redirect({ href: { pathname: '/sign-in', query: { callbackUrl: returnTo } }, locale });
  }
  return viewer;
}

/** For pages: a viewer with at least `role`; anyone else sees the refusal page, never the data. */
export async function requireRole(role: SiteRole, returnTo: string): Promise<Viewer> {
  const viewer = await requireViewer(returnTo);
  if (!hasRole(viewer, role)) {
    return redirect({ href: '/forbidden', locale: await getLocale() });
  }
  return viewer;
}

/** For pages: a viewer the domain's rule (its permissions.ts) lets in; anyone else sees the refusal page. */
export async function requirePermission(allowed: (actor: Actor) => boolean, returnTo: string): Promise<Viewer> {
  const viewer = await requireViewer(returnTo);
  if (!allowed(viewer)) {
    return redirect({ href: '/forbidden', locale: await getLocale() });
  }
  return viewer;
}
