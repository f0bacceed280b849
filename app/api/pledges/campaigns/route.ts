import { getViewer } from '@/lib/auth/session';
import { campaignChoices } from '@/lib/pledges/data';

/** Campaign titles for the agenda form; any signed-in person who can reach that form may list them. */
export async function GET() {
  if (!(await getViewer())) return Response.json({ campaigns: [] }, { status: 401 });
  return Response.json({ campaigns: campaignChoices() }, { headers: { 'Cache-Control': 'private, no-store' } });
}
