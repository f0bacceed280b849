import { availabilityBySlug } from '@/lib/registrations/data';
import type { Availability } from '@/lib/registrations/availability';

const FRESH_MS = 2000;
const MAX_SLUGS = 30;
const recent = new Map<string, { at: number; value: Availability | null }>();

/**
 * Seats left for the meetings named by `?slug=…` (repeatable): the cached public
 * pages and home cards ask this after loading, so a registration surge never
 * invalidates them (docs/decisions/0006-cached-public-pages.md). Each answer is
 * kept two seconds in this process: a surge of visitors costs one count per
 * meeting every two seconds, not one per visitor.
 */
export function GET(request: Request) {
  const slugs = [...new Set(new URL(request.url).searchParams.getAll('slug'))].slice(0, MAX_SLUGS);
  const now = Date.now();
  const stale = slugs.filter((slug) => (recent.get(slug)?.at ?? 0) < now - FRESH_MS);
  if (stale.length > 0) {
    const fresh = availabilityBySlug(stale);
    if (recent.size > 1000) recent.clear();
    for (const slug of stale) recent.set(slug, { at: now, value: fresh[slug] ?? null });
  }
  const body: Record<string, Availability> = {};
  for (const slug of slugs) {
    const value = recent.get(slug)?.value;
    if (value) body[slug] = value;
  }
  return Response.json(body, { headers: { 'Cache-Control': 'public, max-age=2' } });
}
