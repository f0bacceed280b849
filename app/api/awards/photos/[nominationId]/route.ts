import { getViewer } from '@/lib/auth/session';
import { awardStaff, getCategory, getNomination, getPublishedWinner } from '@/lib/awards/data';
import { canScreen, committeeRole } from '@/lib/awards/permissions';
import { readPhoto } from '@/lib/awards/photos';

/**
 * A nominee's photo: public once they are a published winner; before that only for
 * the award's managers and its committee, who read the nominations.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ nominationId: string }> }) {
  const nominationId = Number((await params).nominationId);
  const nomination = Number.isInteger(nominationId) && nominationId > 0 ? getNomination(nominationId) : undefined;
  const notFound = () => new Response('Not found', { status: 404 });
  if (!nomination?.photoPath) return notFound();
  const awardId = getCategory(nomination.categoryId)!.awardId;
  const isPublic = !!getPublishedWinner(awardId, nomination.id);
  if (!isPublic) {
    const viewer = await getViewer();
    const staff = awardStaff(awardId);
    if (!canScreen(viewer, staff) && !committeeRole(viewer, staff.committee)) return notFound();
  }
  const photo = await readPhoto(nomination.photoPath);
  if (!photo) return notFound();
  return new Response(new Uint8Array(photo.bytes), {
    headers: {
      'Content-Type': photo.mime,
      'Cache-Control': isPublic ? 'public, max-age=3600' : 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
