import { meetingForDisplay } from '@/lib/live/guard';
import { readLiveState } from '@/lib/live/data';

/** What the venue display polls: read from the database on every request, never cached. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const meeting = await meetingForDisplay(slug);
  const state = meeting ? readLiveState(meeting.id) : undefined;
  if (!state) return Response.json({ error: 'notFound' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return Response.json(state, { headers: { 'Cache-Control': 'no-store' } });
}
