import { ImageResponse } from 'next/og';
import type { PosterContent, PosterLine } from './content';
import { drawable, posterFonts } from './fonts';
import { posterQrSvg, svgDataUri } from './qr';
import { posterText } from './content';

/** Phone-sized (9:16), what WeChat shows full screen and people save to their albums. */
export const POSTER_WIDTH = 1080;
export const POSTER_HEIGHT = 1920;
const QR_SIZE = 480;

const BRAND = '#a61b1b';
const BRAND_DARK = '#861616';
const INK = '#1f2328';

/** Long titles shrink so that three lines at most fit the band. */
const titleSize = (line: PosterLine, index: number) => {
  const latin = line.locale === 'en';
  const base = index === 0 ? 80 : 50;
  const perLine = latin ? 30 : 12;
  const length = [...line.text].length;
  return length <= perLine ? base : Math.max(index === 0 ? 56 : 40, Math.round((base * perLine * 1.6) / length));
};

function PosterLayout({ content, qr, fontFamily }: { content: PosterContent; qr: string; fontFamily: string }) {
  return (
    <div
      style={{
        width: POSTER_WIDTH,
        height: POSTER_HEIGHT,
        display: 'flex',
        flexDirection: 'column',
        background: '#ffffff',
        fontFamily,
        color: INK,
      }}
    >
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          background: BRAND,
          color: '#ffffff',
          padding: '96px 80px 64px',
          minHeight: 560,
          justifyContent: 'center',
        }}
      >
        {content.title.map((line, index) => (
          <div
            key={line.locale}
            style={{
              fontSize: titleSize(line, index),
              fontWeight: 700,
              lineHeight: 1.25,
              marginTop: index === 0 ? 0 : 24,
            }}
          >
            {line.text}
          </div>
        ))}
        {content.theme.map((line) => (
          <div
            key={line.locale}
            style={{ fontSize: line.locale === 'en' ? 36 : 44, lineHeight: 1.4, marginTop: 36, color: '#fde8e8' }}
          >
            {line.text}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', padding: '56px 80px 0', flexGrow: 1 }}>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 32, fontWeight: 700, color: BRAND_DARK }}>{content.labels.when}</div>
          {content.when.map((line) => (
            <div key={line.locale} style={{ fontSize: 40, lineHeight: 1.4, marginTop: 8 }}>
              {line.text}
            </div>
          ))}
        </div>
        {content.venue ? (
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: 40 }}>
            <div style={{ fontSize: 32, fontWeight: 700, color: BRAND_DARK }}>{content.labels.where}</div>
            <div style={{ fontSize: 40, lineHeight: 1.4, marginTop: 8 }}>{content.venue}</div>
            {content.venueAddress ? (
              <div style={{ fontSize: 32, lineHeight: 1.4, color: '#57606a' }}>{content.venueAddress}</div>
            ) : null}
          </div>
        ) : null}
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            marginTop: 'auto',
            paddingBottom: 56,
          }}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image */}
          <img src={qr} width={QR_SIZE} height={QR_SIZE} alt="" />
          <div style={{ fontSize: 36, fontWeight: 700, marginTop: 12 }}>{content.labels.scan}</div>
          <div style={{ fontSize: 24, color: '#57606a', marginTop: 8 }}>{content.url}</div>
        </div>
      </div>
    </div>
  );
}

/** The poster as a PNG: satori lays it out, resvg draws it, both inside Next (next/og). */
export async function renderPosterPng(content: PosterContent): Promise<Buffer> {
  const qr = svgDataUri(await posterQrSvg(content.url));
  const shown = drawableContent(content);
  const { fonts, fontFamily } = posterFonts(posterText(shown));
  const response = new ImageResponse(<PosterLayout content={shown} qr={qr} fontFamily={fontFamily} />, {
    width: POSTER_WIDTH,
    height: POSTER_HEIGHT,
    fonts,
  });
  return Buffer.from(await response.arrayBuffer());
}

/** The same content with every character the bundled font lacks replaced (see drawable). */
function drawableContent(content: PosterContent): PosterContent {
  const lines = (list: PosterLine[]) => list.map((line) => ({ ...line, text: drawable(line.text) }));
  return {
    ...content,
    title: lines(content.title),
    theme: lines(content.theme),
    when: lines(content.when),
    venue: content.venue && drawable(content.venue),
    venueAddress: content.venueAddress && drawable(content.venueAddress),
    labels: {
      when: drawable(content.labels.when),
      where: drawable(content.labels.where),
      scan: drawable(content.labels.scan),
    },
  };
}
