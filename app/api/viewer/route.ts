import { getViewer } from '@/lib/auth/session';

// Who is signed in, for the header of cached public pages. Personal, so never cached.
export async function GET() {
  const viewer = await getViewer();
  return Response.json(
    { viewer: viewer ? { id: viewer.id, name: viewer.name, role: viewer.role } : null },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
