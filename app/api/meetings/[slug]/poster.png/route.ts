import { appOrigin } from '@/lib/env';
import { parsePosterLanguage, posterContent } from '@/lib/posters/content';
import { posterMeeting } from '@/lib/posters/access';
import { cachedPoster } from '@/lib/posters/cache';
import { matchesEtag, posterEtag } from '@/lib/posters/etag';
import { renderPosterPng } from '@/lib/posters/image';
import { posterLabels } from '@/lib/posters/labels';

/**
 * The meeting's poster as a 1080 × 1920 PNG (?lang=zh-CN|en|both; the meeting's default
 * otherwise). The QR code holds an address on the configured public origin (APP_URL,
 * decision 0019), never the Host this request came in on. See docs/decisions/0026.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const found = await posterMeeting(slug);
  if (!found)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { meeting, preview } = found;
  const language = parsePosterLanguage(new URL(request.url).searchParams.get('lang'), meeting);
  const content = posterContent(meeting, language, await posterLabels(), appOrigin());
  const etag = posterEtag({ meetingId: meeting.id, updatedAt: meeting.updatedAt, language, url: content.url });
  const headers = {
    ETag: etag,
    // Public posters: a few minutes without asking, then a cheap 304 while the meeting is unchanged.
    // An organizer's preview of a draft stays in no shared cache.
    'Cache-Control': preview ? 'private, no-cache' : 'public, max-age=300, must-revalidate',
    Vary: 'Cookie',
  };
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  const png = await cachedPoster(etag, () => renderPosterPng(content));
  return new Response(new Uint8Array(png), {
    headers: {
      ...headers,
      'Content-Type': 'image/png',
      'Content-Length': String(png.length),
      'Content-Disposition': `inline; filename="${meeting.slug}-poster-${language}.png"`,
    },
  });
}
