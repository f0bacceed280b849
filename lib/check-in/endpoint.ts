// The door station's endpoint (decision 0024), kept in lib because it merges through
// mutations.ts; app/api/check-in/[meetingId]/route.ts only re-exports it (decision 0029).
import { id } from '@/lib/actions/fields';
import { getViewer } from '@/lib/auth/session';
import { checkInSnapshot, snapshotEtag } from '@/lib/check-in/data';
import { syncCheckIns } from '@/lib/check-in/mutations';
import { syncInput } from '@/lib/check-in/schema';
import { AppError } from '@/lib/errors';
import { getMeeting, listOrganizerIds } from '@/lib/meetings/data';
import { canManageMeeting } from '@/lib/meetings/permissions';

const privateJson = { 'Cache-Control': 'private, no-store' };
const refusal = (status: number, error: string) => Response.json({ error }, { status, headers: privateJson });

/**
 * Who may have the meeting's ticket list: its organizers (and admins), read from the
 * database on every request. Sign-in first, so a stranger cannot learn which meetings exist.
 * The station tells 401 (sign in again, keep the queue) from 403 (not yours, wipe the copy).
 */
async function managedMeeting(param: string) {
  const viewer = await getViewer();
  if (!viewer) return { refused: refusal(401, 'notSignedIn') };
  const meetingId = id.safeParse(param);
  const meeting = meetingId.success ? getMeeting(meetingId.data) : undefined;
  if (!meeting) return { refused: refusal(404, 'notFound') };
  if (!canManageMeeting(viewer, listOrganizerIds(meeting.id))) return { refused: refusal(403, 'forbidden') };
  return { viewer, meeting };
}

/** A door station's offline copy (decision 0024); an unchanged copy answers 304 with no body. */
export async function GET(request: Request, { params }: { params: Promise<{ meetingId: string }> }) {
  const found = await managedMeeting((await params).meetingId);
  if (found.refused) return found.refused;
  const body = JSON.stringify(checkInSnapshot(found.meeting));
  const etag = snapshotEtag(body);
  const headers = { ...privateJson, ETag: etag, Vary: 'Cookie' };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}

/**
 * A station's queued check-ins, merged (lib/check-in/mutations.ts). JSON only, and only from
 * our own pages: a cross-site form can send neither the type nor, with a SameSite cookie, the session.
 */
export async function POST(request: Request, { params }: { params: Promise<{ meetingId: string }> }) {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return refusal(415, 'json');
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return refusal(403, 'forbidden');
  const found = await managedMeeting((await params).meetingId);
  if (found.refused) return found.refused;
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return refusal(400, 'invalid');
  }
  const parsed = syncInput.safeParse(raw);
  if (!parsed.success) return refusal(400, 'invalid');
  try {
    const results = syncCheckIns(found.meeting.id, parsed.data.events, found.viewer);
    return Response.json({ results }, { headers: privateJson });
  } catch (error) {
    // Organizers removed between the check above and the transaction are refused inside it.
    if (error instanceof AppError && error.code === 'forbidden') return refusal(403, 'forbidden');
    throw error;
  }
}
