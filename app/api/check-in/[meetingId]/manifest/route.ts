import { getTranslations } from 'next-intl/server';
import { id } from '@/lib/actions/fields';
import { routing } from '@/lib/i18n/routing';

/**
 * The web app manifest of one meeting's door station (decision 0024): installed, it opens
 * that station. Browsers fetch manifests without cookies, so it names nothing private:
 * no title, only the address, which the organizer already has.
 */
export async function GET(request: Request, { params }: { params: Promise<{ meetingId: string }> }) {
  const meetingId = id.safeParse((await params).meetingId);
  if (!meetingId.success) return new Response('Not found', { status: 404 });
  const asked = new URL(request.url).searchParams.get('locale');
  const locale = routing.locales.find((known) => known === asked) ?? routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'doorStation' });
  const path = `${locale === routing.defaultLocale ? '' : `/${locale}`}/organize/meetings/${meetingId.data}/check-in`;
  const manifest = {
    name: t('appName'),
    short_name: t('appShortName'),
    lang: locale,
    start_url: path,
    scope: path,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#a61b1b',
    icons: [192, 512].map((size) => ({
      src: `/door/icon-${size}.png`,
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any',
    })),
  };
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
